package bg.libpartners.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A partner's request for rights on an organisation (its record, all its partnerships), until someone decides. */
@Entity
@Table(name = "representation_request")
class RepresentationRequest {

    enum Status {
        PENDING,
        APPROVED,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected RepresentationRequest() {}

    RepresentationRequest(long userId, long organisationId) {
        this.userId = userId;
        this.organisationId = organisationId;
        this.status = Status.PENDING;
        this.createdAt = Instant.now();
    }

    void decide(boolean approve, long by) {
        status = approve ? Status.APPROVED : Status.DECLINED;
        decidedBy = by;
        decidedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    Status getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
