package bg.libpartners.partnership;

import java.time.LocalDate;

/** What happened to a partnership, in the past tense, for other modules to listen to. */
public final class PartnershipEvents {

    private PartnershipEvents() {}

    public record PartnershipCreated(long partnershipId, long leadLibraryId) {}

    public record PartnershipChanged(long partnershipId) {}

    public record PartnershipNegotiationStarted(long partnershipId) {}

    public record PartnershipAgreed(long partnershipId) {}

    public record PartnershipActivated(long partnershipId) {}

    public record PartnershipSuspended(long partnershipId) {}

    public record PartnershipCompleted(long partnershipId) {}

    public record PartnershipTerminated(long partnershipId) {}

    public record PartnershipRenewed(long partnershipId, LocalDate newEndDate) {}

    static Object of(long id, PartnershipStatus to) {
        return switch (to) {
            case NEGOTIATION -> new PartnershipNegotiationStarted(id);
            case AGREED -> new PartnershipAgreed(id);
            case ACTIVE -> new PartnershipActivated(id);
            case SUSPENDED -> new PartnershipSuspended(id);
            case COMPLETED -> new PartnershipCompleted(id);
            case TERMINATED -> new PartnershipTerminated(id);
            case DRAFT -> new PartnershipChanged(id);
        };
    }
}
