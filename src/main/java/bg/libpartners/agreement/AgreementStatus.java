package bg.libpartners.agreement;

/** A version is drafted, submitted to the board, and approved or returned with comments. */
public enum AgreementStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
