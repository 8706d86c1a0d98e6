package bg.libpartners.event;

import bg.libpartners.platform.LibPartnersProperties;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * iCalendar files made with ical4j: times with {@code TZID=Europe/Sofia} and its VTIMEZONE, a UID that never changes
 * ({@code event-<id>@<host>}), SEQUENCE raised on every change, and STATUS:CANCELLED for a cancelled event, so that
 * a calendar that imported it updates or strikes it.
 */
@Component
class CalendarFileRenderer {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final String host;
    private final String baseUrl;

    CalendarFileRenderer(LibPartnersProperties properties) {
        this.baseUrl = properties.baseUrl();
        var h = URI.create(properties.baseUrl()).getHost();
        this.host = h == null ? "libpartners" : h;
    }

    String uid(long eventId) {
        return "event-" + eventId + "@" + host;
    }

    String write(Collection<Event> events, String name) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//LibPartners//Events//BG"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        calendar.add(ZONES.getTimeZone(EventTimes.ZONE.getId()).getVTimeZone());
        for (var e : events) {
            calendar.add(vevent(e));
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent vevent(Event e) {
        var event = new VEvent(EventTimes.zoned(e.getStartsAt()), EventTimes.zoned(e.getEndsAt()), e.getTitle());
        event.add(new Uid(uid(e.getId())));
        event.add(new DtStamp(stamp(e.getUpdatedAt())));
        event.add(new LastModified(stamp(e.getUpdatedAt())));
        event.add(new Sequence(e.getIcalSequence()));
        event.add(
                e.getStatus() == EventStatus.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        var place = e.getSettlementName() != null
                ? e.getSettlementName() + (e.getAddress() != null ? ", " + e.getAddress() : "")
                : e.getOnlineUrl();
        if (place != null) {
            event.add(new Location(place));
        }
        if (e.getDescription() != null) {
            event.add(new Description(e.getDescription()));
        }
        event.add(new Url(URI.create(baseUrl + "/events/" + e.getId())));
        return event;
    }

    private static Instant stamp(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
