package bg.libpartners.event;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A marker of the map's event layer: a public, scheduled event in person at its settlement's point (WGS 84). Only
 * what the public calendar shows: no audience, no people.
 */
public record EventMarker(
        long id,
        EventKind kind,
        String title,
        Instant startsAt,
        LocalDateTime localStart,
        String ekatte,
        String settlement,
        double lat,
        double lon) {}
