package bg.libpartners.partnership;

import java.time.LocalDate;

/**
 * What happened to a partnership, in the past tense, for other modules to listen to: each is a {@link Event}, so a
 * read model that only needs to know "a partnership changed" listens to that one type.
 */
public final class PartnershipEvents {

    private PartnershipEvents() {}

    /** Anything that happened to one partnership. */
    public sealed interface Event {
        long partnershipId();
    }

    public record PartnershipCreated(long partnershipId, long leadLibraryId) implements Event {}

    public record PartnershipChanged(long partnershipId) implements Event {}

    public record PartnershipNegotiationStarted(long partnershipId) implements Event {}

    public record PartnershipAgreed(long partnershipId) implements Event {}

    public record PartnershipActivated(long partnershipId) implements Event {}

    public record PartnershipSuspended(long partnershipId) implements Event {}

    public record PartnershipCompleted(long partnershipId) implements Event {}

    public record PartnershipTerminated(long partnershipId) implements Event {}

    public record PartnershipRenewed(long partnershipId, LocalDate newEndDate) implements Event {}

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
