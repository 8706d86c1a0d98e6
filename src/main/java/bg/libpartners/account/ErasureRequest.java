package bg.libpartners.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's request to be erased (GDPR art. 17); an admin confirms it (the erasure is done) or declines it. */
@Entity
@Table(name = "erasure_request")
class ErasureRequest {

    /** What became of a request; none while it waits. */
    enum Outcome {
        ERASED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    private String reason;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;

    protected ErasureRequest() {}

    ErasureRequest(Long userId, String reason) {
        this.userId = userId;
        this.reason = reason;
        this.requestedAt = Instant.now();
    }

    boolean isOpen() {
        return outcome == null;
    }

    void decide(Outcome outcome, Long by) {
        this.outcome = outcome;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        if (outcome == Outcome.ERASED) {
            reason = null; // the person's own words go with them
        }
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    String getReason() {
        return reason;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    Outcome getOutcome() {
        return outcome;
    }
}
