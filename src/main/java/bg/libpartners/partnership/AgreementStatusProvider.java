package bg.libpartners.partnership;

/**
 * Answers the guard "no agreed without an approved, signed agreement". Implemented by the agreement module, which
 * depends on this one, so the dependency does not cycle; without an implementation no partnership can be agreed.
 */
public interface AgreementStatusProvider {

    /** Whether the current text of the partnership has an agreement approved by the board and signed. */
    boolean hasApprovedSignedAgreement(long partnershipId);
}
