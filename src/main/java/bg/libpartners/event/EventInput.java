package bg.libpartners.event;

import bg.libpartners.account.Role;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What a person gives for an event, from a form or the API. Times are local to Europe/Sofia.
 *
 * @param libraryId the organising library (a librarian's own; optional for coordinators and admins)
 * @param oblasts audience: the people of these oblasts
 * @param roles audience: only these roles (all roles when empty)
 * @param chitalishteId audience: the board of this chitalishte
 * @param partnershipId audience: the parties of this partnership
 * @param publicEvent open to the public, listed without sign-in
 * @param version the version an edit is based on (required for an edit through the API)
 */
public record EventInput(
        EventKind kind,
        String title,
        String description,
        LocalDateTime start,
        LocalDateTime end,
        String ekatte,
        String address,
        String onlineUrl,
        Integer capacity,
        LocalDateTime registrationDeadline,
        Long libraryId,
        Set<String> oblasts,
        Set<Role> roles,
        Long chitalishteId,
        Long partnershipId,
        Boolean publicEvent,
        List<AgendaItem> agenda,
        Long version) {

    public EventInput {
        oblasts = oblasts == null ? Set.of() : Set.copyOf(oblasts);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    public EventInput withVersion(Long v) {
        return new EventInput(
                kind,
                title,
                description,
                start,
                end,
                ekatte,
                address,
                onlineUrl,
                capacity,
                registrationDeadline,
                libraryId,
                oblasts,
                roles,
                chitalishteId,
                partnershipId,
                publicEvent,
                agenda,
                v);
    }

    /** The input after every check, with what it resolved to (instants, the settlement's name and oblast). */
    record Checked(
            EventKind kind,
            String title,
            String description,
            Instant startsAt,
            Instant endsAt,
            String ekatte,
            String settlementName,
            String oblastCode,
            String address,
            String onlineUrl,
            Integer capacity,
            Instant registrationDeadline,
            Long libraryId,
            Set<String> oblasts,
            Set<Role> roles,
            Long chitalishteId,
            Long partnershipId,
            boolean publicEvent,
            List<AgendaItem> agenda,
            Set<String> audienceKeys) {}
}
