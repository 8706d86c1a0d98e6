package bg.libpartners.event;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUps extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByEventIdOrderByDueDateAscIdAsc(long eventId);

    List<FollowUp> findTop50ByOwnerIdAndStatusOrderByDueDateAsc(long ownerId, ActionStatus status);

    List<FollowUp> findByStatusAndDueDateBetween(ActionStatus status, LocalDate from, LocalDate to);
}
