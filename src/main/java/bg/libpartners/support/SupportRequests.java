package bg.libpartners.support;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupportRequests extends JpaRepository<SupportRequest, Long> {

    /** The requests asked for the organisation, as their library or their chitalishte. */
    @Query("select r from SupportRequest r where r.libraryId = :organisation or r.chitalishteId = :organisation")
    List<SupportRequest> findNaming(long organisation);

    /** Answered or waiting requests whose last answer is older than {@code before}: due to be closed by the job. */
    @Query("select r.id from SupportRequest r where r.status in ('ANSWERED', 'WAITING_FOR_ASKER')"
            + " and r.lastAnswerAt < :before order by r.id")
    List<Long> dueToClose(Instant before, Pageable pageable);
}
