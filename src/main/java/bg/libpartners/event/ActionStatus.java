package bg.libpartners.event;

/** A follow-up action is open until its owner marks it done (or the organisers drop it). */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}
