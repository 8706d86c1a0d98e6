package bg.libpartners.event;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.Commits;
import bg.libpartners.platform.cache.AnswerCache;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading events: one event as its reader may see it, the calendar with filters, a person's own events. The calendar's
 * reads are plain SQL ({@link CalendarRows}) outside any transaction: each is one or two statements over committed
 * data, and opening a transaction for them cost more than some of the statements.
 * <p>The event module's read-side repository.
 */
@Service
public class EventReads {

    /** Places taken and waiting per event of a list. */
    public record Counts(long registered, long waitlisted) {}

    private final Events events;
    private final CalendarRows calendar;
    private final Registrations registrations;
    private final EventAccess access;
    private final Clock clock;
    private final bg.libpartners.geography.Geography geography;

    /** Month views by viewer and filters, kept until anything is written (see {@link #month}). */
    private final AnswerCache<MonthAsked, List<EventRow>> months;

    private record MonthAsked(CalendarRows.Viewer viewer, YearMonth month, String oblast, EventKind kind) {}

    EventReads(
            Events events,
            CalendarRows calendar,
            Registrations registrations,
            EventAccess access,
            Clock clock,
            bg.libpartners.geography.Geography geography,
            EventProperties properties) {
        this.months = new AnswerCache<>(properties.monthsKept(), properties.feedKept(), Commits::generation);
        this.events = events;
        this.calendar = calendar;
        this.geography = geography;
        this.registrations = registrations;
        this.access = access;
        this.clock = clock;
    }

    /** The most markers the map layer answers with at once (the earliest first). */
    public static final int MAP_LIMIT = 1000;

    /**
     * Public upcoming events in person for the map's event layer: scheduled, public, starting in [from, to), whose
     * settlement lies in the box (west, south, east, north; WGS 84). Events held only online have no place on it.
     * Nothing here depends on who asks: the public calendar shows the same events.
     */
    @Transactional(readOnly = true)
    public List<EventMarker> upcomingOnMap(
            double west, double south, double east, double north, Instant from, Instant to) {
        var found = events.onMap(from, to, PageRequest.of(0, MAP_LIMIT));
        var places = new HashMap<String, bg.libpartners.geography.SettlementRef>();
        geography
                .settlements(found.stream().map(MapEvent::ekatte).distinct().toList())
                .forEach(s -> places.put(s.ekatte(), s));
        var markers = new java.util.ArrayList<EventMarker>();
        for (var e : found) {
            var s = places.get(e.ekatte());
            if (s == null || s.lat() == null || s.lon() == null) {
                continue;
            }
            if (s.lat() < south || s.lat() > north || s.lon() < west || s.lon() > east) {
                continue;
            }
            markers.add(new EventMarker(
                    e.id(),
                    e.kind(),
                    e.title(),
                    e.startsAt(),
                    EventTimes.local(e.startsAt()),
                    e.ekatte(),
                    e.settlementName() != null ? e.settlementName() : s.fullNameBg(),
                    s.lat(),
                    s.lon()));
        }
        return markers;
    }

    /** The event when {@code me} (null: a visitor) may see it, else 404. */
    @Transactional(readOnly = true)
    public EventView view(CurrentUser me, long id) {
        var e = events.findById(id).orElseThrow(() -> EventService.notFound(id));
        boolean manage = access.mayManage(me, e);
        if (!e.isPublicEvent() && !manage && !access.invited(me, e) && !registeredUser(me, id)) {
            throw EventService.notFound(id);
        }
        return view(e, manage);
    }

    EventView view(Event e, boolean manage) {
        var counts = counts(List.of(e.getId())).getOrDefault(e.getId(), new Counts(0, 0));
        long attended =
                registrations.findByEventIdAndStatusOrderByPosition(e.getId(), RegistrationStatus.REGISTERED).stream()
                        .filter(r -> Boolean.TRUE.equals(r.getAttended()))
                        .count();
        var roles = e.getAudienceRoles() == null
                ? java.util.Set.<String>of()
                : Arrays.stream(e.getAudienceRoles().split(","))
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        return new EventView(
                e.getId(),
                e.getKind(),
                e.getTitle(),
                e.getDescription(),
                EventTimes.local(e.getStartsAt()),
                EventTimes.local(e.getEndsAt()),
                e.getStartsAt(),
                e.getEndsAt(),
                e.getEkatte(),
                e.getSettlementName(),
                e.getOblastCode(),
                e.getAddress(),
                e.getOnlineUrl(),
                e.getCapacity(),
                EventTimes.local(e.getRegistrationDeadline()),
                e.getOrganiserName(),
                e.getLibraryId(),
                e.isPublicEvent(),
                java.util.Set.copyOf(e.getAudienceOblasts()),
                roles,
                e.getChitalishteId(),
                e.getPartnershipId(),
                e.getStatus(),
                e.getIcalSequence(),
                List.copyOf(e.getAgenda()),
                counts.registered(),
                counts.waitlisted(),
                attended,
                e.getMinutesHtml(),
                e.getMinutesMarkdown(),
                e.getMinutesAt(),
                e.getMinutesBy(),
                java.util.Set.copyOf(e.getMaterialIds()),
                java.util.Set.copyOf(e.getPracticeIds()),
                e.registrationOpen(clock.instant()),
                manage,
                e.isDemo(),
                e.getVersion());
    }

    private boolean registeredUser(CurrentUser me, long eventId) {
        return me != null
                && me.id() != null
                && registrations
                        .findFirstByEventIdAndUserIdAndStatusNot(eventId, me.id(), RegistrationStatus.CANCELLED)
                        .isPresent();
    }

    /** The calendar: events starting in [from, to) that {@code me} may see, filtered by oblast and kind. */
    public Page<EventRow> calendar(
            CurrentUser me, Instant from, Instant to, String oblast, EventKind kind, int page, int size) {
        return calendar.page(viewer(me), from, to, blankToNull(oblast), kind, PageRequest.of(page, size));
    }

    /** Who may see which events, as the calendar's queries take it. */
    private CalendarRows.Viewer viewer(CurrentUser me) {
        if (me == null) {
            return new CalendarRows.Viewer(false, null, List.of(), List.of(), List.of(), null);
        }
        if (me.isAdmin()) { // sees every event: no condition, the same viewer for every administrator
            return new CalendarRows.Viewer(true, null, List.of(), List.of(), List.of(), null);
        }
        return new CalendarRows.Viewer(
                false,
                me.id(),
                EventAccess.managedOblasts(me),
                EventAccess.managedLibraries(me),
                List.copyOf(access.keysOf(me)),
                "%," + me.role().name() + ",%");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The most events a month view reads; each day shows its first few and counts the rest. */
    static final int MONTH_LIMIT = 5000;

    /**
     * A month of the calendar in Europe/Sofia: every event the viewer may see (up to {@link #MONTH_LIMIT}), so that each
     * day's "and N more" is right even when the month has more events than its grid shows. Kept per viewer (what
     * they may see, not who they are: every administrator, every visitor share one) and filters until anything is
     * written on any node.
     */
    public List<EventRow> month(CurrentUser me, YearMonth month, String oblast, EventKind kind) {
        var viewer = viewer(me);
        var asked = new MonthAsked(viewer, month, blankToNull(oblast), kind);
        return months.get(asked, () -> {
            var from = month.atDay(1).atStartOfDay(EventTimes.ZONE).toInstant();
            var to = month.plusMonths(1).atDay(1).atStartOfDay(EventTimes.ZONE).toInstant();
            return calendar.rows(viewer, from, to, asked.oblast(), kind, 0, MONTH_LIMIT);
        });
    }

    /** Events the person is invited to or registered for, from {@code from} on (the feed, the tasks). */
    public List<EventRow> personal(CurrentUser me, Instant from, Instant to, int limit) {
        var rows = new java.util.TreeMap<Long, EventRow>();
        calendar.invitedTo(List.copyOf(access.keysOf(me)), "%," + me.role().name() + ",%", from, to, limit)
                .forEach(r -> rows.put(r.id(), r));
        if (me.id() != null) {
            calendar.registeredFor(me.id(), from, to, limit).forEach(r -> rows.putIfAbsent(r.id(), r));
        }
        return rows.values().stream()
                .sorted(java.util.Comparator.comparing(EventRow::startsAt).thenComparing(EventRow::id))
                .limit(limit)
                .toList();
    }

    public Map<Long, Counts> counts(Collection<Long> ids) {
        var map = new HashMap<Long, Counts>();
        if (ids.isEmpty()) {
            return map;
        }
        for (var row : calendar.countsByEvent(ids)) {
            long id = ((Number) row[0]).longValue();
            var status = (RegistrationStatus) row[1];
            long n = ((Number) row[2]).longValue();
            var c = map.getOrDefault(id, new Counts(0, 0));
            if (status == RegistrationStatus.REGISTERED) {
                c = new Counts(n, c.waitlisted());
            } else if (status == RegistrationStatus.WAITLISTED) {
                c = new Counts(c.registered(), n);
            }
            map.put(id, c);
        }
        return map;
    }

    static EventRow row(Event e) {
        return new EventRow(
                e.getId(),
                e.getKind(),
                e.getTitle(),
                e.getStartsAt(),
                e.getEndsAt(),
                e.getSettlementName(),
                e.getOblastCode(),
                e.getOnlineUrl(),
                e.getCapacity(),
                e.getStatus(),
                e.isPublicEvent());
    }
}
