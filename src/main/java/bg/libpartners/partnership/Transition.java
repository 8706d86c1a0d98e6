package bg.libpartners.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of the timeline: who moved the partnership from which status to which, when and why. */
@Entity
@Table(name = "partnership_transition")
public class Transition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transition_seq")
    @SequenceGenerator(name = "transition_seq", sequenceName = "partnership_transition_seq", allocationSize = 50)
    private Long id;

    private long partnershipId;

    @Enumerated(EnumType.STRING)
    private PartnershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private PartnershipStatus toStatus;

    private String reason;
    private Long byUser;
    private String byName;
    private Instant changedAt;

    protected Transition() {}

    Transition(
            long partnershipId,
            PartnershipStatus from,
            PartnershipStatus to,
            String reason,
            Long byUser,
            String byName,
            Instant at) {
        this.partnershipId = partnershipId;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.byUser = byUser;
        this.byName = byName;
        this.changedAt = at;
    }

    /** A step as {@link PartnershipReads} reads it, for showing; never persisted from here. */
    static Transition read(
            long id,
            long partnershipId,
            PartnershipStatus from,
            PartnershipStatus to,
            String reason,
            Long byUser,
            String byName,
            Instant at) {
        var t = new Transition(partnershipId, from, to, reason, byUser, byName, at);
        t.id = id;
        return t;
    }

    public Long getId() {
        return id;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public PartnershipStatus getFromStatus() {
        return fromStatus;
    }

    public PartnershipStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public Long getByUser() {
        return byUser;
    }

    public String getByName() {
        return byName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
