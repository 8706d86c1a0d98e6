package bg.libpartners.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Events happen in Bulgaria: stored as instants, given and shown in Europe/Sofia, written the Bulgarian way. */
public final class EventTimes {

    public static final ZoneId ZONE = ZoneId.of("Europe/Sofia");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'г.', HH:mm 'ч.'");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EventTimes() {}

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public static ZonedDateTime zoned(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** Today in Bulgaria: attendance and minutes open on the day of the event (a sign-in sheet before it starts). */
    public static java.time.LocalDate today(java.time.Clock clock) {
        return java.time.LocalDate.now(clock.withZone(ZONE));
    }

    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(zoned(instant));
    }
}
