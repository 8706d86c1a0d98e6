package bg.libpartners.event;

import static bg.libpartners.event.EventFixtures.demo;
import static bg.libpartners.event.EventFixtures.inDays;
import static bg.libpartners.event.EventFixtures.meeting;
import static bg.libpartners.event.EventFixtures.publicMeeting;
import static bg.libpartners.event.EventFixtures.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.Role;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.NotFoundException;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Events through the services: every bad input of the issue, scopes, the calendar file, notices and reminders. */
@IntegrationTest
@RecordApplicationEvents
class EventIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(bg.libpartners.TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    EventService events;

    @Autowired
    EventReads reads;

    @Autowired
    RegistrationService registrations;

    @Autowired
    MinutesService minutes;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    EventReminderJob reminders;

    @Autowired
    UserDetailsService users;

    @Autowired
    bg.libpartners.account.TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    @Autowired
    EventDataset dataset;

    @Autowired
    ApplicationEvents published;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** The one instant the query selects, read as Hibernate keeps it. */
    java.time.Instant instant(String sql, String name, Object value) {
        return jdbc.sql(sql)
                .param(name, value)
                .query((rs, n) -> instants.read(rs, 1))
                .single();
    }

    /** Now give or take a millisecond: a stamp written now, and not hours off. */
    static void assertNow(java.time.Instant at, java.time.Instant before) {
        assertThat(at).isBetween(before.minusMillis(1), java.time.Instant.now().plusMillis(1));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    void refused(Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOf(InvalidEventException.class)
                .satisfies(e ->
                        assertThat(((InvalidEventException) e).getParameter()).isEqualTo(field));
    }

    @Test
    void refusesEveryBadInputNamingTheFieldAndWritesNothing() {
        var coordinator = demo(users, Role.COORDINATOR);
        long before = count("event");
        var good = meeting("Среща", inDays(10), 5);
        // end before start
        refused(
                () -> events.create(
                        coordinator,
                        new EventInput(
                                good.kind(),
                                good.title(),
                                null,
                                good.start(),
                                good.start().minusHours(1),
                                good.ekatte(),
                                null,
                                null,
                                5,
                                null,
                                null,
                                good.oblasts(),
                                Set.of(),
                                null,
                                null,
                                false,
                                List.of(),
                                null)),
                "end");
        // an unknown settlement
        refused(
                () -> events.create(
                        coordinator,
                        new EventInput(
                                good.kind(),
                                good.title(),
                                null,
                                good.start(),
                                good.end(),
                                "99999",
                                null,
                                null,
                                5,
                                null,
                                null,
                                good.oblasts(),
                                Set.of(),
                                null,
                                null,
                                false,
                                List.of(),
                                null)),
                "ekatte");
        // no title; no place at all; deadline after the start; a bad agenda time
        refused(
                () -> events.create(
                        coordinator,
                        new EventInput(
                                good.kind(),
                                " ",
                                null,
                                good.start(),
                                good.end(),
                                good.ekatte(),
                                null,
                                null,
                                5,
                                null,
                                null,
                                good.oblasts(),
                                Set.of(),
                                null,
                                null,
                                false,
                                List.of(),
                                null)),
                "title");
        refused(
                () -> events.create(
                        coordinator,
                        new EventInput(
                                good.kind(),
                                "Среща",
                                null,
                                good.start(),
                                good.end(),
                                null,
                                null,
                                null,
                                5,
                                null,
                                null,
                                good.oblasts(),
                                Set.of(),
                                null,
                                null,
                                false,
                                List.of(),
                                null)),
                "ekatte");
        refused(
                () -> events.create(
                        coordinator,
                        new EventInput(
                                good.kind(),
                                "Среща",
                                null,
                                good.start(),
                                good.end(),
                                good.ekatte(),
                                null,
                                null,
                                5,
                                good.start().plusMinutes(1),
                                null,
                                good.oblasts(),
                                Set.of(),
                                null,
                                null,
                                false,
                                List.of(),
                                null)),
                "registrationDeadline");
        refused(
                () -> events.create(
                        coordinator,
                        new EventInput(
                                good.kind(),
                                "Среща",
                                null,
                                good.start(),
                                good.end(),
                                good.ekatte(),
                                null,
                                null,
                                5,
                                null,
                                null,
                                good.oblasts(),
                                Set.of(),
                                null,
                                null,
                                false,
                                List.of(new AgendaItem("25:00", "Тема", null)),
                                null)),
                "agenda");
        assertThat(count("event")).isEqualTo(before);

        long id = events.create(coordinator, good);
        registrations.register(
                coordinator, id, new RegistrationService.RegistrationRequest("Анна", "anna@example.org"));
        registrations.register(
                coordinator, id, new RegistrationService.RegistrationRequest("Борис", "boris@example.org"));
        long registered = count("event_registration");
        // the same e-mail twice (in another case)
        refused(
                () -> registrations.register(
                        coordinator, id, new RegistrationService.RegistrationRequest("Анна", " ANNA@example.org")),
                "email");
        refused(
                () -> registrations.register(
                        coordinator, id, new RegistrationService.RegistrationRequest("Без имейл", "not-an-address")),
                "email");
        // capacity below the number already registered: nothing of the edit is kept
        var view = reads.view(coordinator, id);
        refused(
                () -> events.update(
                        coordinator,
                        id,
                        new EventInput(
                                good.kind(),
                                "Ново заглавие",
                                null,
                                good.start(),
                                good.end(),
                                good.ekatte(),
                                null,
                                null,
                                1,
                                null,
                                null,
                                good.oblasts(),
                                Set.of(),
                                null,
                                null,
                                false,
                                List.of(),
                                view.version())),
                "capacity");
        assertThat(reads.view(coordinator, id).title()).isEqualTo("Среща");
        assertThat(reads.view(coordinator, id).capacity()).isEqualTo(5);
        assertThat(count("event_registration")).isEqualTo(registered);

        // registration after the deadline
        long closed = events.create(
                coordinator,
                new EventInput(
                        good.kind(),
                        "Затворена",
                        null,
                        good.start(),
                        good.end(),
                        good.ekatte(),
                        null,
                        null,
                        5,
                        LocalDateTime.now(EventTimes.ZONE).minusMinutes(5),
                        null,
                        good.oblasts(),
                        Set.of(),
                        null,
                        null,
                        false,
                        List.of(),
                        null));
        refused(
                () -> registrations.register(
                        coordinator, closed, new RegistrationService.RegistrationRequest("Вера", "vera@example.org")),
                "registrationDeadline");
        // registration for a cancelled event
        events.cancel(coordinator, id);
        refused(
                () -> registrations.register(
                        coordinator, id, new RegistrationService.RegistrationRequest("Галя", "galya@example.org")),
                "event");
        assertThat(count("event_registration")).isEqualTo(registered);
    }

    @Test
    void coordinatorsAndLibrariansActOnlyWithinTheirScope() {
        var coordinator = demo(users, Role.COORDINATOR);
        var librarian = demo(users, Role.LIBRARIAN);
        var otherCoordinator = stranger(people, Role.COORDINATOR);
        var otherLibrarian = stranger(people, Role.LIBRARIAN);
        // a coordinator of Vratsa may not organise in Plovdiv
        assertThatThrownBy(() -> events.create(otherCoordinator, meeting("Чужда", inDays(5), 5)))
                .isInstanceOf(AccessDeniedException.class);
        // a librarian may not organise for a library that is not theirs
        var foreign = meeting("Чужда библиотека", inDays(5), 5);
        var withLibrary = new EventInput(
                foreign.kind(),
                foreign.title(),
                null,
                foreign.start(),
                foreign.end(),
                foreign.ekatte(),
                null,
                null,
                5,
                null,
                Long.valueOf(librarian
                        .refs(bg.libpartners.account.ScopeKind.LIBRARY)
                        .iterator()
                        .next()),
                foreign.oblasts(),
                Set.of(),
                null,
                null,
                false,
                List.of(),
                null);
        assertThatThrownBy(() -> events.create(otherLibrarian, withLibrary))
                .isInstanceOf(InvalidEventException.class)
                .hasFieldOrPropertyWithValue("parameter", "libraryId")
                .hasFieldOrPropertyWithValue("messageKey", "event.error.libraryNotYours");
        long own = events.create(librarian, withLibrary);
        assertThat(reads.view(librarian, own).mayManage()).isTrue();

        long id = events.create(
                coordinator,
                new EventInput(
                        EventKind.TRAINING,
                        "Обучение за координатори",
                        null,
                        inDays(8),
                        inDays(8).plusHours(2),
                        EventFixtures.PLOVDIV,
                        null,
                        null,
                        10,
                        null,
                        null,
                        Set.of(),
                        Set.of(Role.COORDINATOR),
                        null,
                        null,
                        false,
                        List.of(),
                        null));
        // not invited (only coordinators), not in scope: the event does not exist for them
        assertThatThrownBy(() -> reads.view(otherLibrarian, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reads.view(null, id)).isInstanceOf(NotFoundException.class);
        // invited by role, but not the organisers: may see, may not change or list registrants
        var seen = reads.view(otherCoordinator, id);
        assertThat(seen.mayManage()).isFalse();
        assertThatThrownBy(() -> events.cancel(otherCoordinator, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.list(otherCoordinator, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.cancel(otherLibrarian, id)).isInstanceOf(NotFoundException.class);
        // another person's registration cannot be cancelled by a stranger
        var r = registrations.register(coordinator, id, null);
        assertThatThrownBy(() -> registrations.cancel(otherLibrarian, id, r.id()))
                .isInstanceOf(NotFoundException.class);
        // the calendar lists it for the invited, not for others
        var from = inDays(7).atZone(EventTimes.ZONE).toInstant();
        var to = inDays(9).atZone(EventTimes.ZONE).toInstant();
        assertThat(reads.calendar(otherCoordinator, from, to, null, null, 0, 50).getContent())
                .extracting(EventRow::id)
                .contains(id);
        assertThat(reads.calendar(otherLibrarian, from, to, null, null, 0, 50).getContent())
                .extracting(EventRow::id)
                .doesNotContain(id);
        assertThat(reads.calendar(null, from, to, null, null, 0, 50).getContent())
                .extracting(EventRow::id)
                .doesNotContain(id);
        // the event of the librarian's library: theirs to see, not a librarian's elsewhere; the count agrees
        var ownFrom = inDays(4).atZone(EventTimes.ZONE).toInstant();
        var ownTo = inDays(6).atZone(EventTimes.ZONE).toInstant();
        assertThat(reads.calendar(librarian, ownFrom, ownTo, null, null, 0, 50).getContent())
                .filteredOn(row -> row.id() == own)
                .singleElement()
                .satisfies(row -> assertThat(row.startsAt())
                        .as("the moment the entity was saved with, in any JVM zone")
                        .isEqualTo(inDays(5).atZone(EventTimes.ZONE).toInstant()));
        assertThat(reads.calendar(otherLibrarian, ownFrom, ownTo, null, null, 0, 50)
                        .getContent())
                .extracting(EventRow::id)
                .doesNotContain(own);
        var first = reads.calendar(coordinator, ownFrom, to, null, null, 0, 1);
        assertThat(first.getContent()).hasSize(1);
        assertThat(first.getTotalElements())
                .isGreaterThanOrEqualTo(2)
                .isEqualTo(reads.calendar(coordinator, ownFrom, to, null, null, 0, 50)
                        .getContent()
                        .size());
    }

    @Test
    void calendarFileKeepsSofiaLocalTimeAcrossDaylightSavingWithStableUidAndRaisedSequence() throws Exception {
        var coordinator = demo(users, Role.COORDINATOR);
        // winter (EET, +02:00) and summer (EEST, +03:00): 28 March 2027 is the day clocks go forward
        var winter = LocalDateTime.of(2027, 1, 15, 10, 0);
        var summer = LocalDateTime.of(2027, 3, 28, 10, 0);
        long w = events.create(coordinator, publicMeeting("Зимна среща", winter, 20));
        long s = events.create(coordinator, publicMeeting("Пролетна среща", summer, 20));

        for (var c : List.of(new Object[] {w, winter, "+02:00"}, new Object[] {s, summer, "+03:00"})) {
            String ics = feeds.eventIcs(null, (Long) c[0]);
            assertThat(ics)
                    .contains("TZID=Europe/Sofia")
                    .contains("BEGIN:VTIMEZONE")
                    .contains("TZID:Europe/Sofia");
            var calendar = new CalendarBuilder().build(new StringReader(ics));
            VTimeZone zone = calendar.getComponent("VTIMEZONE")
                    .map(VTimeZone.class::cast)
                    .orElseThrow();
            assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Sofia");
            VEvent event =
                    calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
            ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().getDate();
            assertThat(start.toLocalDateTime()).isEqualTo(c[1]);
            assertThat(start.getOffset().toString()).isEqualTo(c[2]);
            assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("event-" + c[0] + "@localhost");
            assertThat(event.getSequence().getSequenceNo()).isZero();
        }

        // a change raises SEQUENCE and keeps the UID; cancelling marks it CANCELLED
        var v = reads.view(coordinator, s);
        var in = publicMeeting("Пролетна среща (нов час)", summer.plusHours(1), 20)
                .withVersion(v.version());
        events.update(coordinator, s, in);
        events.cancel(coordinator, s);
        var event = new CalendarBuilder()
                .build(new StringReader(feeds.eventIcs(coordinator, s)))
                .getComponent("VEVENT")
                .map(VEvent.class::cast)
                .orElseThrow();
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("event-" + s + "@localhost");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(((ZonedDateTime) event.getDateTimeStart().getDate()).getHour())
                .isEqualTo(11);
    }

    @Test
    void personalFeedListsInvitedAndRegisteredEventsAndStopsWhenRevoked() throws Exception {
        var coordinator = demo(users, Role.COORDINATOR);
        var librarian = demo(users, Role.LIBRARIAN);
        long id = events.create(coordinator, meeting("Среща за абонамента", inDays(12), 30));
        var renewed = java.time.Instant.now();
        var path = feeds.renew(librarian);
        assertNow(instant("select created_at from event_feed where user_id = :u", "u", librarian.id()), renewed);
        var secret = path.substring("/api/v1/calendar/".length(), path.length() - ".ics".length());
        assertThat(jdbc.sql("select count(*) from event_feed where secret_hash = :s")
                        .param("s", secret)
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
        // a public training for coordinators: the librarian is not invited, but registers
        long training = events.create(
                coordinator,
                new EventInput(
                        EventKind.TRAINING,
                        "Открито обучение",
                        null,
                        inDays(13),
                        inDays(13).plusHours(2),
                        EventFixtures.PLOVDIV,
                        null,
                        null,
                        10,
                        null,
                        null,
                        Set.of(),
                        Set.of(Role.COORDINATOR),
                        null,
                        null,
                        true,
                        List.of(),
                        null));
        assertThat(feeds.feed(secret)).doesNotContain("event-" + training + "@localhost");
        registrations.register(librarian, training, null);
        var ics = feeds.feed(secret);
        assertThat(ics)
                .contains("event-" + id + "@localhost")
                .contains("Среща за абонамента")
                .contains("event-" + training + "@localhost");
        // kept as written until a write: once the registration's notices (written after its commit) have settled,
        // the same text comes back
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> feeds.feed(secret) == feeds.feed(secret));
        feeds.revoke(librarian);
        assertThatThrownBy(() -> feeds.feed(secret)).isInstanceOf(NotFoundException.class);
    }

    /** Each kind of event notice reaches the right people, no one of another oblast or library, once. */
    @Test
    void eachEventNoticeReachesItsPeopleAndNoStrangerOnce() {
        var proof = new bg.libpartners.notification.NoticeProof(context);
        var strangers = List.of(
                proof.stranger(
                                Role.COORDINATOR,
                                bg.libpartners.account.Scope.of(bg.libpartners.account.ScopeKind.OBLAST, "VRC"))
                        .id(),
                proof.stranger(
                                Role.LIBRARIAN,
                                bg.libpartners.account.Scope.of(bg.libpartners.account.ScopeKind.LIBRARY, 987_654_321L))
                        .id());
        var coordinator = demo(users, Role.COORDINATOR);
        var librarian = demo(users, Role.LIBRARIAN);
        long id = events.create(
                coordinator,
                meeting(
                        "Известия за срещата " + System.nanoTime(),
                        java.time.LocalDate.now(EventTimes.ZONE).plusDays(1).atTime(16, 0),
                        1));
        proof.reachesThemButNoStranger(
                published,
                "event.invited",
                "event.invited:" + id,
                List.of(coordinator.id(), librarian.id()),
                strangers);

        var first = registrations.register(librarian, id, null);
        proof.reachesOnlyOnce(
                published, "event.registered", "event.registered:" + first.id(), List.of(librarian.id()), strangers);
        var second = registrations.register(coordinator, id, null);
        assertThat(second.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        proof.reachesOnlyOnce(
                published, "event.waitlisted", "event.waitlisted:" + second.id(), List.of(coordinator.id()), strangers);
        registrations.cancel(librarian, id, first.id());
        proof.reachesOnlyOnce(
                published, "event.promoted", "event.promoted:" + second.id(), List.of(coordinator.id()), strangers);

        reminders.sendDue();
        proof.reachesOnlyOnce(
                published, "event.reminder", "reminder:" + second.id(), List.of(coordinator.id()), strangers);
        var action = minutes.addAction(
                coordinator,
                id,
                new MinutesService.ActionInput(
                        "Изпратете програмата",
                        coordinator.id(),
                        java.time.LocalDate.now(EventTimes.ZONE).plusDays(2),
                        null,
                        null));
        proof.reachesOnlyOnce(
                published,
                "event.action.assigned",
                "event.action.assigned:" + action.id(),
                List.of(coordinator.id()),
                strangers);
        reminders.sendDue();
        proof.reachesOnlyOnce(
                published, "event.action.due", "action-due:" + action.id(), List.of(coordinator.id()), strangers);

        events.cancel(coordinator, id);
        proof.reachesOnlyOnce(
                published, "event.cancelled", "event.cancelled:" + id, List.of(coordinator.id()), strangers);
    }

    @Test
    void noticesGoToTheInvitedAndRegistrantsAndRemindersAreSentOnce() throws Exception {
        var coordinator = demo(users, Role.COORDINATOR);
        var librarian = demo(users, Role.LIBRARIAN);
        var tomorrow = java.time.LocalDate.now(EventTimes.ZONE).plusDays(1).atTime(15, 0);
        long id = events.create(coordinator, meeting("Среща утре", tomorrow, 1));
        var invitation = published.stream(Notice.class)
                .filter(n -> n.onceKey().equals("event.invited:" + id))
                .findFirst()
                .orElseThrow();
        assertThat(invitation.audience()).anyMatch(a -> a.role() == Role.COORDINATOR && "PDV".equals(a.scopeRef()));
        assertThat(invitation.audience())
                .anyMatch(a -> a.role() == Role.LIBRARIAN
                        && librarian
                                .refs(bg.libpartners.account.ScopeKind.LIBRARY)
                                .contains(a.scopeRef()));

        var mine = registrations.register(librarian, id, null);
        assertThat(mine.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(published.stream(Notice.class)
                        .filter(n -> n.kind().equals("event.registered"))
                        .anyMatch(n -> n.audience().get(0).userId().equals(librarian.id())))
                .isTrue();
        // someone without an account goes on the waiting list and gets a mail, after commit, once
        var asked = java.time.Instant.now();
        var guest = registrations.register(
                coordinator,
                id,
                new RegistrationService.RegistrationRequest("Гост Гостев", "guest-tomorrow@example.org"));
        assertThat(guest.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        awaitMails("guest-tomorrow@example.org", 1);
        // the librarian cancels: the guest is promoted and told by mail
        registrations.cancel(librarian, id, mine.id());
        awaitMails("guest-tomorrow@example.org", 2);
        var promoted = registrations.list(coordinator, id).stream()
                .filter(r -> r.id() == guest.id())
                .findFirst()
                .orElseThrow();
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.REGISTERED);

        // the day-before reminder: once, even when the job runs again (a restart, a second node)
        var reminded = java.time.Instant.now();
        assertThat(reminders.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from event_sent where sent_key like :k")
                        .param("k", "reminder:" + guest.id() + ":%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertNow(
                instant("select sent_at from event_sent where sent_key like :k", "k", "reminder:" + guest.id() + ":%"),
                reminded);
        // the claim of the guest's first mail too: when it went, not hours off
        assertThat(instant(
                        "select sent_at from event_sent where sent_key like :k",
                        "k",
                        "mail:event.waitlisted:" + guest.id() + ":%"))
                .isBetween(asked.minusMillis(1), reminded);
        awaitMails("guest-tomorrow@example.org", 3);
        assertThat(reminders.sendDue()).isZero();
        reminders.hourly();
        Thread.sleep(500);
        assertThat(mailsTo("guest-tomorrow@example.org")).isEqualTo(3);
        var subjects = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains("guest-tomorrow@example.org");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(subjects)
                .containsExactly("Лист на чакащите: Среща утре", "Освободи се място: Среща утре", "Утре: Среща утре");
    }

    /** Mails go out after commit on another thread: wait for them, up to ten seconds. */
    void awaitMails(String email, int expected) throws InterruptedException {
        for (int i = 0; i < 100 && mailsTo(email) < expected; i++) {
            Thread.sleep(100);
        }
        assertThat(mailsTo(email)).isEqualTo(expected);
    }

    int mailsTo(String email) {
        return (int) Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(email));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    @Test
    void cancelLinkWorksWithoutSignInAndOnlyOnce() {
        var coordinator = demo(users, Role.COORDINATOR);
        long id = events.create(coordinator, publicMeeting("Открита кръгла маса", inDays(15), 50));
        var r = registrations.register(
                null, id, new RegistrationService.RegistrationRequest("Посетител", "visitor@example.org"));
        var token = r.cancelUrl().substring(r.cancelUrl().indexOf("token=") + 6);
        assertThat(jdbc.sql("select count(*) from event_registration where cancel_token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
        assertThat(registrations.eventOfToken(token)).isPresent();
        assertThat(registrations.cancelByToken(token).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.eventOfToken(token)).isEmpty();
        assertThatThrownBy(() -> registrations.cancelByToken("nonsense")).isInstanceOf(NotFoundException.class);
        // a visitor cannot register for an event that is not public
        long closed = events.create(coordinator, meeting("Само за поканени", inDays(15), 50));
        assertThatThrownBy(() -> registrations.register(
                        null, closed, new RegistrationService.RegistrationRequest("Посетител", "visitor@example.org")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void openDataGivesTheStartAndEndInSofiaWhateverTheJvmZone() {
        var start = java.time.LocalDate.now(EventTimes.ZONE).plusDays(20).atTime(20, 15);
        long id = events.create(demo(users, Role.COORDINATOR), publicMeeting("Вечерна открита среща", start, 20));
        var rows = new java.util.ArrayList<List<Object>>();
        dataset.rows(rows::add);
        assertThat(rows).filteredOn(r -> r.get(0).equals(id)).singleElement().satisfies(r -> {
            assertThat(r.get(3))
                    .isEqualTo(start.atZone(EventTimes.ZONE).toOffsetDateTime().toString());
            assertThat(r.get(4))
                    .isEqualTo(start.plusHours(3)
                            .atZone(EventTimes.ZONE)
                            .toOffsetDateTime()
                            .toString());
        });
    }
}
