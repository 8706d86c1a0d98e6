package bg.libpartners.event;

/** What sort of meeting an event is; labels {@code event.kind.<CODE>}. */
public enum EventKind {
    REGIONAL_MEETING,
    BOARD_MEETING,
    ROUND_TABLE,
    TRAINING,
    OTHER
}
