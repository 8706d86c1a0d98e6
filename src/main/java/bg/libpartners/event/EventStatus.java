package bg.libpartners.event;

/**
 * An event is scheduled when created; cancelled by its organisers (calendars then show it CANCELLED); completed once
 * its minutes are recorded.
 */
public enum EventStatus {
    SCHEDULED,
    CANCELLED,
    COMPLETED
}
