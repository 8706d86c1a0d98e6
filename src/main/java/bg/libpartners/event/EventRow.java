package bg.libpartners.event;

import java.time.Instant;

/** An event as calendars and lists show it (no agenda, no people). */
public record EventRow(
        long id,
        EventKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String settlementName,
        String oblastCode,
        String onlineUrl,
        Integer capacity,
        EventStatus status,
        boolean publicEvent) {

    public boolean online() {
        return onlineUrl != null;
    }
}
