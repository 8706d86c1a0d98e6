package bg.libpartners.event;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with a waiting list. Each registration and cancellation locks the event's row first
 * ({@code select … for update}, on H2 and PostgreSQL alike), so concurrent requests queue there: the count of places
 * taken is read and the new registration written by one of them at a time, and the event is never over-booked.
 * Cancelling a place promotes the first on the waiting list, in the order they registered.
 */
@Service
public class RegistrationService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Who registers whom: themselves ({@code name}/{@code email} null), or a named person with an e-mail. */
    public record RegistrationRequest(String name, String email) {}

    private final Events events;
    private final Registrations registrations;
    private final EventAccess access;
    private final EventNotifier notices;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final JdbcClient jdbc;

    RegistrationService(
            Events events,
            Registrations registrations,
            EventAccess access,
            EventNotifier notices,
            AccountService accounts,
            ApplicationEventPublisher publisher,
            Clock clock,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.events = events;
        this.registrations = registrations;
        this.access = access;
        this.notices = notices;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Registers {@code me} (or, when {@code me} is null, a visitor of a public event) or the person named. Answers
     * the registration, REGISTERED or WAITLISTED, with its personal cancel link.
     */
    @Transactional
    public RegistrationView register(CurrentUser me, long eventId, RegistrationRequest request) {
        var event = events.lockById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        if (!mayRegister(me, event)) {
            throw EventService.notFound(eventId);
        }
        var named = request != null
                && (EventService.trim(request.email()) != null || EventService.trim(request.name()) != null);
        String name;
        String email;
        if (named || me == null) {
            name = EventService.trim(request == null ? null : request.name());
            email = EventService.trim(request == null ? null : request.email());
            if (name == null) {
                throw new InvalidEventException("name", "event.error.nameRequired");
            }
            if (name.length() > 200) {
                throw new InvalidEventException("name", "event.error.tooLong", 200);
            }
            if (email == null || email.length() > 320 || !EMAIL.matcher(email).matches()) {
                throw new InvalidEventException("email", "event.error.email");
            }
        } else {
            name = me.displayName();
            email = me.email();
        }
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new InvalidEventException("event", "event.error.registrationCancelled");
        }
        var now = clock.instant();
        if (!event.registrationOpen(now)) {
            throw new InvalidEventException(
                    "registrationDeadline",
                    "event.error.registrationClosed",
                    EventTimes.format(
                            event.getRegistrationDeadline() != null
                                    ? event.getRegistrationDeadline()
                                    : event.getStartsAt()));
        }
        Long userId = named ? accounts.idOf(email).orElse(null) : me == null ? null : me.id();
        var existing = registrations.findByEventIdAndEmailKey(eventId, Registration.key(email));
        if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
            throw new InvalidEventException("email", "event.error.alreadyRegistered", email);
        }
        var registration =
                existing.orElseGet(() -> new Registration(eventId, userId, name, email, me == null ? null : me.id()));
        registration.reopenFor(userId, name, me == null ? null : me.id());
        var places = places(eventId);
        var status = event.getCapacity() == null || places.taken() < event.getCapacity()
                ? RegistrationStatus.REGISTERED
                : RegistrationStatus.WAITLISTED;
        var token = Secrets.newSecret();
        registration.place(status, places.last() + 1, Secrets.hash(token), now);
        registrations.saveAndFlush(registration);
        notices.registration(event, registration, false, token);
        return RegistrationView.of(registration, "/events/registrations/cancel?token=" + token);
    }

    /** Places taken (registered) and the last position given, in one statement; the event's row is locked. */
    private record Places(long taken, int last) {}

    private Places places(long eventId) {
        return jdbc.sql("select coalesce(sum(case when status = 'REGISTERED' then 1 else 0 end), 0),"
                        + " coalesce(max(position), 0) from event_registration where event_id = :event")
                .param("event", eventId)
                .query((rs, n) -> new Places(rs.getLong(1), rs.getInt(2)))
                .single();
    }

    private boolean mayRegister(CurrentUser me, Event e) {
        return e.isPublicEvent() || access.mayManage(me, e) || access.invited(me, e);
    }

    /** Cancelled by the organisers or by the registrant signed in. */
    @Transactional
    public RegistrationView cancel(CurrentUser me, long eventId, long registrationId) {
        var event = events.lockById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        var r = registrations
                .findById(registrationId)
                .filter(x -> x.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("event.error.registrationNotFound", registrationId));
        boolean own = me != null && me.id() != null && me.id().equals(r.getUserId());
        if (!own && !access.mayManage(me, event)) {
            throw new NotFoundException("event.error.registrationNotFound", registrationId);
        }
        cancel(event, r);
        return RegistrationView.of(r, null);
    }

    /** Cancelled with the personal link (no sign-in needed). */
    @Transactional
    public RegistrationView cancelByToken(String token) {
        var r = token == null || token.isBlank()
                ? null
                : registrations
                        .findByCancelTokenHash(Secrets.hash(token.trim()))
                        .orElse(null);
        if (r == null) {
            throw new NotFoundException("event.error.tokenNotFound");
        }
        var event = events.lockById(r.getEventId()).orElseThrow(() -> EventService.notFound(r.getEventId()));
        cancel(event, r);
        return RegistrationView.of(r, null);
    }

    /** The registration a cancel link names, to show before confirming; empty when the link is unknown. */
    @Transactional(readOnly = true)
    public java.util.Optional<EventRow> eventOfToken(String token) {
        if (token == null || token.isBlank()) {
            return java.util.Optional.empty();
        }
        return registrations
                .findByCancelTokenHash(Secrets.hash(token.trim()))
                .filter(r -> r.getStatus() != RegistrationStatus.CANCELLED)
                .flatMap(r -> events.findById(r.getEventId()))
                .map(EventReads::row);
    }

    private void cancel(Event event, Registration r) {
        if (r.getStatus() == RegistrationStatus.CANCELLED) {
            return;
        }
        boolean hadPlace = r.getStatus() == RegistrationStatus.REGISTERED;
        r.cancel(clock.instant());
        registrations.flush();
        if (hadPlace) {
            promote(event);
        }
    }

    /** Fills free places from the waiting list, first come first served. */
    void promote(Event event) {
        if (event.getStatus() == EventStatus.CANCELLED) {
            return;
        }
        long taken = registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.REGISTERED);
        while (event.getCapacity() == null || taken < event.getCapacity()) {
            var next = registrations.findFirstByEventIdAndStatusOrderByPosition(
                    event.getId(), RegistrationStatus.WAITLISTED);
            if (next.isEmpty()) {
                return;
            }
            next.get().promote(clock.instant());
            registrations.flush();
            notices.registration(event, next.get(), true, null);
            taken++;
        }
    }

    @Transactional(readOnly = true)
    public List<RegistrationView> list(CurrentUser me, long eventId) {
        var event = events.findById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        if (!access.mayManage(me, event)) {
            throw new AccessDeniedException("event " + eventId);
        }
        return registrations.findByEventIdOrderByPosition(eventId).stream()
                .map(r -> RegistrationView.of(r, null))
                .toList();
    }

    /** The person's own registration at the event, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<RegistrationView> mine(CurrentUser me, long eventId) {
        if (me == null || me.id() == null) {
            return java.util.Optional.empty();
        }
        return registrations
                .findFirstByEventIdAndUserIdAndStatusNot(eventId, me.id(), RegistrationStatus.CANCELLED)
                .map(r -> RegistrationView.of(r, null));
    }

    /** Marks who came among those registered: the ids in {@code present}, and the others as absent. */
    @Transactional
    public void markAttendance(CurrentUser me, long eventId, Set<Long> present) {
        var event = events.findById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        if (!access.mayManage(me, event)) {
            throw new AccessDeniedException("event " + eventId);
        }
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new InvalidEventException("status", "event.error.cancelled");
        }
        if (EventTimes.today(clock)
                .isBefore(EventTimes.local(event.getStartsAt()).toLocalDate())) {
            throw new InvalidEventException("present", "event.error.attendanceBeforeStart");
        }
        var ids = present == null ? Set.<Long>of() : present;
        var registered = registrations.findByEventIdAndStatusOrderByPosition(eventId, RegistrationStatus.REGISTERED);
        var known = registered.stream().map(Registration::getId).collect(java.util.stream.Collectors.toSet());
        for (var id : ids) {
            if (!known.contains(id)) {
                throw new InvalidEventException("present", "event.error.registrationNotFound", id);
            }
        }
        registered.forEach(r -> r.attended(ids.contains(r.getId())));
    }

    /** An event was cancelled: everyone who had a place or waited hears it. */
    @EventListener
    void onCancelled(EventNotifier.CancelledSignal signal) {
        var recipients = new ArrayList<Long>();
        for (var r : registrations.findByEventIdOrderByPosition(signal.eventId())) {
            if (r.getStatus() == RegistrationStatus.CANCELLED) {
                continue;
            }
            if (r.getUserId() != null) {
                recipients.add(r.getUserId());
            } else {
                notices.mail(new EventNotifier.RegistrantMail(
                        r.getEmail(),
                        "event.mail.cancelled",
                        List.of(signal.title(), signal.when(), r.getName()),
                        "event.cancelled:" + r.getId()));
            }
        }
        if (!recipients.isEmpty()) {
            publisher.publishEvent(new Notice(
                    "event.cancelled",
                    recipients.stream().distinct().map(Notice.Audience::user).toList(),
                    "event.notice.cancelled",
                    List.of(signal.title(), signal.when()),
                    EventNotifier.link(signal.eventId()),
                    "event.cancelled:" + signal.eventId()));
        }
    }
}
