package bg.libpartners.funding;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Calls extends JpaRepository<Call, Long> {

    /** The call's row locked until the transaction ends ({@code select … for update} on H2 and PostgreSQL). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Call c where c.id = :id")
    Optional<Call> findLocked(long id);
}
