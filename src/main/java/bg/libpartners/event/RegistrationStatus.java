package bg.libpartners.event;

/** A place at the event, a place on the waiting list (promoted in order), or cancelled. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED
}
