package bg.libpartners.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working time of the support desk: 09:00 to 17:30, Monday to Friday, in Europe/Sofia (so 8 h 30 min a day), except
 * Bulgarian public holidays, which ship as data in {@code support/bg-holidays.txt} (the rule and its source are in the
 * file). Outside the years the file covers only weekends are days off. A target of "2 working days" is 17 working
 * hours.
 */
public final class WorkingHours {

    public static final ZoneId ZONE = ZoneId.of("Europe/Sofia");
    public static final LocalTime START = LocalTime.of(9, 0);
    public static final LocalTime END = LocalTime.of(17, 30);
    /** Minutes of one working day. */
    public static final long DAY_MINUTES = Duration.between(START, END).toMinutes();

    private static final String RESOURCE = "support/bg-holidays.txt";

    private final Map<LocalDate, String> holidays;

    WorkingHours(Map<LocalDate, String> holidays) {
        this.holidays = Map.copyOf(holidays);
    }

    /** With the holidays shipped in the application. */
    public static WorkingHours bulgarian() {
        return new WorkingHours(load());
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.containsKey(day);
    }

    public Set<LocalDate> holidays() {
        return holidays.keySet();
    }

    /** The working time from {@code from} to {@code to} (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        var a = from.atZone(ZONE);
        var b = to.atZone(ZONE);
        long seconds = 0;
        for (var day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            var open = day.atTime(START).atZone(ZONE);
            var close = day.atTime(END).atZone(ZONE);
            var start = a.isAfter(open) ? a : open;
            var end = b.isBefore(close) ? b : close;
            if (end.isAfter(start)) {
                seconds += Duration.between(start, end).toSeconds();
            }
        }
        return Duration.ofSeconds(seconds);
    }

    /** The moment when {@code work} of working time has passed since {@code from}. */
    public Instant plus(Instant from, Duration work) {
        var at = from.atZone(ZONE);
        long left = work.toSeconds();
        var day = at.toLocalDate();
        while (true) {
            if (isWorkingDay(day)) {
                var open = day.atTime(START).atZone(ZONE);
                var close = day.atTime(END).atZone(ZONE);
                var start = at.isAfter(open) ? at : open;
                if (close.isAfter(start)) {
                    long available = Duration.between(start, close).toSeconds();
                    if (left <= available) {
                        return start.plusSeconds(left).toInstant();
                    }
                    left -= available;
                }
            }
            day = day.plusDays(1);
        }
    }

    /** The working hours of a number of minutes, rounded to one decimal. */
    public static double hours(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }

    private static Map<LocalDate, String> load() {
        var days = new TreeMap<LocalDate, String>();
        var in = WorkingHours.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                days.put(
                        LocalDate.parse(space < 0 ? line : line.substring(0, space)),
                        space < 0 ? "" : line.substring(space + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
