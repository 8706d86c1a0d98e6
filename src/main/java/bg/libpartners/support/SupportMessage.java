package bg.libpartners.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of a request's thread; an internal one is a note for experts and coordinators only. */
@Entity
@Table(name = "support_message")
class SupportMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupportMessage() {}

    SupportMessage(
            Long requestId,
            Long authorId,
            String authorName,
            Side side,
            String body,
            boolean internal,
            Instant createdAt) {
        this.requestId = requestId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.side = side;
        this.body = body;
        this.internal = internal;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    Long getAuthorId() {
        return authorId;
    }

    String getAuthorName() {
        return authorName;
    }

    Side getSide() {
        return side;
    }

    String getBody() {
        return body;
    }

    boolean isInternal() {
        return internal;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
