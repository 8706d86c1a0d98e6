package bg.libpartners.event;

import java.time.LocalDate;

/** A follow-up action as lists show it, with its event. */
public record ActionView(
        long id,
        long eventId,
        String eventTitle,
        String what,
        long ownerId,
        String ownerName,
        LocalDate dueDate,
        ActionStatus status,
        long version) {}
