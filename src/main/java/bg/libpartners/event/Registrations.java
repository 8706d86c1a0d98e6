package bg.libpartners.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Registrations extends JpaRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndEmailKey(long eventId, String emailKey);

    Optional<Registration> findByCancelTokenHash(String hash);

    List<Registration> findByEventIdOrderByPosition(long eventId);

    List<Registration> findByEventIdAndStatusOrderByPosition(long eventId, RegistrationStatus status);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);

    Optional<Registration> findFirstByEventIdAndStatusOrderByPosition(long eventId, RegistrationStatus status);

    Optional<Registration> findFirstByEventIdAndUserIdAndStatusNot(
            long eventId, Long userId, RegistrationStatus status);

    @Query("select coalesce(max(r.position), 0) from Registration r where r.eventId = :event")
    int lastPosition(@Param("event") long eventId);
}
