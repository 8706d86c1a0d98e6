package bg.libpartners.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle: draft → negotiation → agreed → active → completed, or suspended / terminated. Renewal takes an
 * active or completed partnership back to negotiation with a new end date (and so a new agreement version).
 */
public enum PartnershipStatus {
    DRAFT,
    NEGOTIATION,
    AGREED,
    ACTIVE,
    SUSPENDED,
    COMPLETED,
    TERMINATED;

    public Set<PartnershipStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(NEGOTIATION, TERMINATED);
            case NEGOTIATION -> EnumSet.of(DRAFT, AGREED, TERMINATED);
            case AGREED -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(SUSPENDED, COMPLETED, TERMINATED);
            case SUSPENDED -> EnumSet.of(ACTIVE, TERMINATED);
            case COMPLETED, TERMINATED -> EnumSet.noneOf(PartnershipStatus.class);
        };
    }

    public boolean mayMoveTo(PartnershipStatus target) {
        return next().contains(target);
    }

    public boolean renewable() {
        return this == ACTIVE || this == COMPLETED;
    }

    /** While the text of the cooperation is still being written. */
    public boolean editable() {
        return this == DRAFT || this == NEGOTIATION;
    }
}
