package bg.libpartners.funding;

/**
 * A reviewer is ASSIGNED, then declares: CONFLICT (removed from the application, the declaration kept) or
 * NO_CONFLICT; only then may they score, and a scored review is SCORED (re-scoring allowed until the decision).
 */
public enum ReviewStatus {
    ASSIGNED,
    CONFLICT,
    NO_CONFLICT,
    SCORED
}
