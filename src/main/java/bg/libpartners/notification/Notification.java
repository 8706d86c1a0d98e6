package bg.libpartners.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One notice in one person's inbox. The text is kept as the message key and its arguments, so it reads in the
 * language of whoever looks at it; {@code readAt} null means unread, {@code emailedAt} null with an e-mail delivery
 * means the mail is still due.
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "once_key", nullable = false)
    private String onceKey;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(nullable = false)
    private String args;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {}

    Notification(Long userId, Notice notice, String args, Delivery delivery, Instant now) {
        this.userId = userId;
        this.kind = notice.kind();
        this.onceKey = notice.onceKey();
        this.messageKey = notice.messageKey();
        this.args = args;
        this.link = notice.link();
        this.createdAt = now;
        this.delivery = delivery;
    }

    /** Marks it read; reading it again keeps the first moment. */
    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    String getKind() {
        return kind;
    }

    String getOnceKey() {
        return onceKey;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getArgs() {
        return args;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    Delivery getDelivery() {
        return delivery;
    }

    Instant getEmailedAt() {
        return emailedAt;
    }
}
