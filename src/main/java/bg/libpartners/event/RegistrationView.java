package bg.libpartners.event;

import java.time.Instant;

/**
 * A registration as its organisers and its registrant see it. {@code cancelUrl} is given once, in the answer to the
 * registration itself (only the secret's hash is kept).
 */
public record RegistrationView(
        long id,
        long eventId,
        String name,
        String email,
        boolean hasAccount,
        RegistrationStatus status,
        int position,
        Instant registeredAt,
        Instant promotedAt,
        Boolean attended,
        String cancelUrl)
        implements java.io.Serializable {

    static RegistrationView of(Registration r, String cancelUrl) {
        return new RegistrationView(
                r.getId(),
                r.getEventId(),
                r.getName(),
                r.getEmail(),
                r.getUserId() != null,
                r.getStatus(),
                r.getPosition(),
                r.getRegisteredAt(),
                r.getPromotedAt(),
                r.getAttended(),
                cancelUrl);
    }
}
