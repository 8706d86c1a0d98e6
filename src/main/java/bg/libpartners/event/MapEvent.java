package bg.libpartners.event;

import java.time.Instant;

/** A public event in person as the map shows it: when, what kind, where (the settlement's EKATTE code). */
record MapEvent(long id, EventKind kind, String title, Instant startsAt, String ekatte, String settlementName) {}
