package bg.libpartners.funding;

/**
 * An application is a draft until submitted (only an eligible one is); the admin then approves it (a grant follows),
 * puts it on the reserve list (it may still be approved when money frees) or rejects it.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RESERVE,
    REJECTED;

    boolean decidable() {
        return this == SUBMITTED || this == RESERVE;
    }
}
