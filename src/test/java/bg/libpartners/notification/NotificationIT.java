package bg.libpartners.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.TestMail;
import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.agreement.AgreementService;
import bg.libpartners.partnership.PartnershipFixtures;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each notice of the existing modules reaches the right people — and nobody else — once, in the inbox and by e-mail;
 * the digest, the unread count, the inbox page and API, and the e-mail choices.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(PartnershipFixtures.class)
@org.springframework.test.context.event.RecordApplicationEvents
class NotificationIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    AgreementService agreements;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    NoticeDelivery delivery;

    @Autowired
    DailyDigest digest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    CurrentUser librarian;
    CurrentUser board;
    CurrentUser partner;
    /** People who must never get the demo partnership's notices: same roles, other library, chitalishte, organisation. */
    Set<Long> outsiders;

    @BeforeEach
    void people() {
        librarian = fx.demo(Role.LIBRARIAN);
        board = fx.demo(Role.BOARD_MEMBER);
        partner = fx.demo(Role.PARTNER);
        outsiders = new HashSet<>();
        var n = System.nanoTime();
        outsiders.add(person("lib" + n, Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, 987_654_321L))
                .id());
        outsiders.add(person("board" + n, Role.BOARD_MEMBER, Scope.of(ScopeKind.CHITALISHTE, 987_654_321L))
                .id());
        outsiders.add(person("partner" + n, Role.PARTNER, Scope.of(ScopeKind.ORGANISATION, 987_654_321L))
                .id());
        outsiders.add(person("coord" + n, Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"))
                .id());
    }

    CurrentUser person(String name, Role role, Scope scope) {
        var email = name + "@notify.example.org";
        accounts.create(email, "Друг " + name, role, "a-long-enough-password-1", Locale.forLanguageTag("bg"), scope);
        return (CurrentUser) users.loadUserByUsername(email);
    }

    /** Who got the notice with this once-key, waiting for the asynchronous delivery. */
    List<Long> recipients(String onceKey, int expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> holders(onceKey).size() >= expected);
        return holders(onceKey);
    }

    List<Long> holders(String onceKey) {
        return jdbc.sql("select user_id from notification where once_key = :k order by user_id")
                .param("k", onceKey)
                .query(Long.class)
                .list();
    }

    String onceKeyLike(String prefix) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !keys(prefix).isEmpty());
        var found = keys(prefix);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    List<String> keys(String prefix) {
        return jdbc.sql("select distinct once_key from notification where once_key like :k")
                .param("k", prefix + "%")
                .query(String.class)
                .list();
    }

    long mailsTo(String email, String subjectPart) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().contains(email))
                                && m.getSubject().contains(subjectPart);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    static String text(jakarta.mail.internet.MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitMail(String email, String subjectPart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email, subjectPart) >= 1);
    }

    long negotiating(String title) {
        long id = fx.create(title);
        var p = partnerships.get(librarian, id);
        partnerships.transition(librarian, id, PartnershipStatus.NEGOTIATION, null, p.version());
        return id;
    }

    @Test
    void agreementSubmittedReachesTheBoardAndTheDecisionTheLibraryOnlyOnce() {
        var title = "Споразумение за известия " + System.nanoTime();
        long id = negotiating(title);

        agreements.submit(librarian, id);
        var submitted = onceKeyLike("agreement.submitted:" + id + ":");
        assertThat(recipients(submitted, 1)).containsExactly(board.id()).doesNotContainAnyElementsOf(outsiders);
        awaitMail(board.email(), title);
        assertThat(mailsTo(board.email(), title)).isEqualTo(1);

        agreements.decide(board, id, 1, false, "Добавете срок за отчета");
        assertThat(recipients("agreement.returned:" + id + ":1", 1)).containsExactly(librarian.id());
        awaitMail(librarian.email(), "върна");
        var returned = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains(title) && m.getSubject().contains("върна");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(returned).hasSize(1);
        assertThat(text(returned.get(0)))
                .contains("Добавете срок за отчета")
                .contains("/partnerships/" + id + "/agreement");
        var proof = new NoticeProof(context);
        proof.reachesOnlyOnce(events, "agreement.submitted", submitted, List.of(board.id()), outsiders);
        proof.reachesOnlyOnce(
                events, "agreement.returned", "agreement.returned:" + id + ":1", List.of(librarian.id()), outsiders);
    }

    @Test
    void agreementApprovedReachesTheLibraryOnlyOnce() {
        long id = negotiating("Одобрено споразумение за известия " + System.nanoTime());
        agreements.submit(librarian, id);
        agreements.decide(board, id, 1, true, null);
        var proof = new NoticeProof(context);
        proof.reachesOnlyOnce(
                events,
                "agreement.approved",
                "agreement.approved:" + id + ":1",
                proof.holding(Role.LIBRARIAN, ScopeKind.LIBRARY, String.valueOf(fx.library()), librarian),
                outsiders);
    }

    @Test
    void partnerInvitedConfirmedAndCommentsReachTheOtherSideOnly() {
        var title = "Покана за известия " + System.nanoTime();
        long id = negotiating(title);

        var invited = onceKeyLike("partnership.invited:" + id + ":");
        assertThat(recipients(invited, 1)).containsExactly(partner.id());
        awaitMail(partner.email(), title);

        var party = partnerships.get(partner, id).parties().get(0);
        partnerships.confirm(partner, id, party.id());
        var confirmed = onceKeyLike("partnership.confirmed:" + id + ":");
        assertThat(recipients(confirmed, 1)).containsExactly(librarian.id());

        partnerships.comment(partner, id, party.id(), "Ще доведем и родителите.");
        var fromPartner = onceKeyLike("partnership.commented:");
        assertThat(recipients(fromPartner, 1)).containsExactly(librarian.id());
        jdbc.sql("update notification set once_key = concat('seen-', once_key) where once_key = :k")
                .param("k", fromPartner)
                .update();

        partnerships.comment(librarian, id, null, "Чудесно, благодаря.");
        var fromLibrary = onceKeyLike("partnership.commented:");
        assertThat(recipients(fromLibrary, 1)).containsExactly(partner.id());
        for (var key : List.of(invited, confirmed, fromLibrary)) {
            assertThat(holders(key)).doesNotContainAnyElementsOf(outsiders);
        }
        var proof = new NoticeProof(context);
        proof.reachesOnlyOnce(events, "partnership.invited", invited, List.of(partner.id()), outsiders);
        proof.reachesOnlyOnce(events, "partnership.confirmed", confirmed, List.of(librarian.id()), outsiders);
        proof.reachesOnlyOnce(events, "partnership.commented", fromLibrary, List.of(partner.id()), outsiders);
    }

    @Test
    void practiceSubmittedReachesTheOblastsCoordinatorAndTheReturnTheAuthor() throws Exception {
        var title = "Практика за известия " + System.nanoTime();
        var location = mvc.perform(post("/practices/new")
                        .with(csrf())
                        .with(user(librarian))
                        .param("title", title)
                        .param("summary", "Кратко")
                        .param("story", "История.")
                        .param("country", "BG")
                        .param("place", "Първомай")
                        .param("fields", "READING")
                        .param("targetGroups", "CHILDREN")
                        .param("startYear", "2024"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+", ""));
        mvc.perform(post("/practices/" + id + "/submit").with(csrf()).with(user(librarian)))
                .andExpect(status().is3xxRedirection());
        var coordinator = fx.demo(Role.COORDINATOR);
        var submitted = onceKeyLike("practice.submitted:" + id + ":");
        assertThat(recipients(submitted, 1)).containsExactly(coordinator.id());

        mvc.perform(post("/practices/" + id + "/return")
                        .param("comment", "Добавете резултати.")
                        .with(csrf())
                        .with(user(coordinator)))
                .andExpect(status().is3xxRedirection());
        var returned = onceKeyLike("practice.returned:" + id + ":");
        assertThat(recipients(returned, 1)).containsExactly(librarian.id());
        awaitMail(librarian.email(), title);

        mvc.perform(post("/practices/" + id + "/submit").with(csrf()).with(user(librarian)));
        mvc.perform(post("/practices/" + id + "/publish").with(csrf()).with(user(coordinator)))
                .andExpect(status().is3xxRedirection());
        var published = onceKeyLike("practice.published:" + id + ":");
        assertThat(recipients(published, 1)).containsExactly(librarian.id());
        for (var key : List.of(submitted, returned, published)) {
            assertThat(holders(key)).doesNotContainAnyElementsOf(outsiders);
        }
        var proof = new NoticeProof(context);
        proof.reachesOnlyOnce(events, "practice.submitted", submitted, List.of(coordinator.id()), outsiders);
        proof.reachesOnlyOnce(events, "practice.returned", returned, List.of(librarian.id()), outsiders);
        proof.reachesOnlyOnce(events, "practice.published", published, List.of(librarian.id()), outsiders);
    }

    @Test
    void aNoticePublishedAgainIsDeliveredOnce() {
        var key = "test.once:" + System.nanoTime();
        var notice = new Notice(
                "test.once",
                List.of(
                        Notice.Audience.user(librarian.id()),
                        Notice.Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, fx.library())),
                "notification.test.once",
                List.of("x"),
                "/partnerships",
                key);
        assertThat(delivery.deliver(notice)).isEqualTo(1);
        assertThat(delivery.deliver(notice)).isZero();
        assertThat(holders(key)).containsExactly(librarian.id());
    }

    @Test
    void digestCollectsTheChosenKindsIntoOneMailOnce() throws Exception {
        var reader = person("digest" + System.nanoTime(), Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, 987_000_111L));
        mvc.perform(put("/api/v1/notifications/preferences")
                        .with(csrf())
                        .with(user(reader))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\":{\"test.digest\":\"DIGEST\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'test.digest')].delivery")
                        .value(org.hamcrest.Matchers.hasItem("DIGEST")));
        for (int i = 0; i < 2; i++) {
            delivery.deliver(new Notice(
                    "test.digest",
                    List.of(Notice.Audience.user(reader.id())),
                    "agreement.notice.ending",
                    List.of("Дайджест " + i, "30", "01.01.2031"),
                    "/partnerships/" + i,
                    "test.digest:" + reader.id() + ":" + i));
        }
        assertThat(mailsTo(reader.email(), "Дайджест")).isZero();

        var sending = java.time.Instant.now();
        assertThat(digest.send()).isGreaterThanOrEqualTo(1);
        var sent = java.time.Instant.now();
        awaitMail(reader.email(), "LibPartners");
        // the claims are stamped as Hibernate keeps instants (it reads emailed_at), whatever the JVM's zone
        assertThat(jdbc.sql("select emailed_at from notification where user_id = ? and kind = 'test.digest' union all"
                                + " select sent_at from notification_digest where user_id = ?")
                        .params(reader.id(), reader.id())
                        .query((rs, n) -> instants.read(rs, 1))
                        .list())
                .hasSize(3)
                .allSatisfy(at -> assertThat(at).isBetween(sending, sent));
        var digests = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(reader.email());
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(digests).hasSize(1);
        assertThat(text(digests.get(0))).contains("Дайджест 0").contains("Дайджест 1");
        assertThat(digest.send()).isZero();
    }

    @Test
    void inboxShowsOnlyMyNoticesWithTheUnreadCountAndMarksThemRead() throws Exception {
        var me = person("inbox" + System.nanoTime(), Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, 987_000_222L));
        var other = person("other" + System.nanoTime(), Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, 987_000_333L));
        for (int i = 0; i < 3; i++) {
            delivery.deliver(new Notice(
                    "partnership.ending",
                    List.of(Notice.Audience.user(me.id())),
                    "agreement.notice.ending",
                    List.of("Входяща " + i, "7", "01.01.2031"),
                    "/partnerships/" + i,
                    "test.inbox:" + me.id() + ":" + i));
        }
        mvc.perform(get("/").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Известия, непрочетени: 3")));
        mvc.perform(get("/notifications").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Партньорството „Входяща 2“ приключва след 7 дни")));
        mvc.perform(get("/api/v1/notifications").header("Accept-Language", "en").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].subject").value("The partnership “Входяща 2” ends in 7 days"));
        var first = jdbc.sql("select min(id) from notification where user_id = :u")
                .param("u", me.id())
                .query(Long.class)
                .single();

        // someone else's notice does not exist for me, on the page or in the API
        mvc.perform(post("/api/v1/notifications/" + first + "/read")
                        .with(csrf())
                        .with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + first + "/read").with(csrf()).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notifications").with(user(other)))
                .andExpect(jsonPath("$.page.totalElements").value(0));

        mvc.perform(post("/api/v1/notifications/" + first + "/read")
                        .with(csrf())
                        .with(user(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true));
        mvc.perform(get("/api/v1/notifications/unread-count").with(user(me)))
                .andExpect(jsonPath("$.unread").value(2));
        mvc.perform(post("/notifications/read-all").with(csrf()).with(user(me))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/notifications").param("unread", "true").with(user(me)))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/").with(user(me))).andExpect(content().string(containsString("Известия, непрочетени: 0")));
    }

    @Test
    void visitorsGetNoSessionAndNoInboxLink() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(request().sessionAttributeDoesNotExist())
                .andExpect(content().string(not(containsString("/notifications"))));
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
    }

    @Test
    void preferencesRefuseAnUnknownKindAndWriteNothing() throws Exception {
        var me = person("prefs" + System.nanoTime(), Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, 987_000_444L));
        mvc.perform(put("/api/v1/notifications/preferences")
                        .with(csrf())
                        .with(user(me))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\":{\"agreement.submitted\":\"NONE\",\"BAD KIND!\":\"DIGEST\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("kind"));
        mvc.perform(get("/api/v1/notifications/preferences").with(user(me)))
                .andExpect(jsonPath("$[?(@.kind == 'agreement.submitted')].delivery")
                        .value(org.hamcrest.Matchers.hasItem("IMMEDIATE")));
        mvc.perform(post("/notifications/preferences")
                        .with(csrf())
                        .with(user(me))
                        .param("kind:agreement.submitted", "NONE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/notifications/preferences").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Споразумение за одобрение")));
        mvc.perform(get("/api/v1/notifications/preferences").with(user(me)))
                .andExpect(jsonPath("$[?(@.kind == 'agreement.submitted')].delivery")
                        .value(org.hamcrest.Matchers.hasItem("NONE")));
        assertThat(DemoAccounts.ALL).isNotEmpty();
    }
}
