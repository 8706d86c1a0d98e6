package bg.libpartners.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

    Page<Notification> findByUserIdOrderByCreatedAtDescIdDesc(Long userId, Pageable pageable);

    Page<Notification> findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(Long userId, Pageable pageable);

    Optional<Notification> findByIdAndUserId(Long id, Long userId);

    boolean existsByUserIdAndOnceKey(Long userId, String onceKey);

    long countByUserIdAndReadAtIsNull(Long userId);

    List<Notification> findTop200ByDeliveryAndEmailedAtIsNullOrderByIdAsc(Delivery delivery);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.userId = :userId and n.readAt is null")
    int markAllRead(Long userId, Instant now);

    /** The people with digest notices still to be mailed that came before {@code before}. */
    @Query("select distinct n.userId from Notification n where n.delivery = bg.libpartners.notification.Delivery.DIGEST"
            + " and n.emailedAt is null and n.createdAt < :before")
    List<Long> digestRecipients(Instant before);

    @Query("select n from Notification n where n.userId = :userId"
            + " and n.delivery = bg.libpartners.notification.Delivery.DIGEST and n.emailedAt is null"
            + " and n.createdAt < :before order by n.createdAt, n.id")
    List<Notification> digestFor(Long userId, Instant before);

    @Modifying
    @Query("update Notification n set n.emailedAt = :now where n.id in :ids and n.emailedAt is null")
    int markEmailed(List<Long> ids, Instant now);

    @Query("select distinct n.kind from Notification n where n.userId = :userId")
    List<String> kindsOf(Long userId);
}
