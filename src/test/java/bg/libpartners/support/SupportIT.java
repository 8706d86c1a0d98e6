package bg.libpartners.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.TestPeople;
import bg.libpartners.material.TestFiles;
import bg.libpartners.notification.Notice;
import bg.libpartners.notification.NoticeProof;
import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SupportIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AutoClose autoClose;

    @Autowired
    TopicService topicService;

    @Autowired
    TestPeople people;

    /** The demo librarian's library. */
    long demoLibrary() {
        return Long.parseLong(
                demo(Role.LIBRARIAN).refs(ScopeKind.LIBRARY).iterator().next());
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    CurrentUser demo(Role role) {
        return (CurrentUser)
                userDetails.loadUserByUsername(DemoAccounts.of(role).email());
    }

    long ask(String topic, String question) throws Exception {
        var body = mvc.perform(post("/api/v1/support-requests")
                        .with(csrf())
                        .with(user(demo(Role.LIBRARIAN)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"topic\":\"" + topic + "\",\"question\":\"" + question + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long version(long id) {
        return jdbc.sql("select version from support_request where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from support_request where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    ResultActions json(String path, CurrentUser who, String body) throws Exception {
        return mvc.perform(post(path)
                .with(csrf())
                .with(user(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    ResultActions assign(long id, CurrentUser who) throws Exception {
        return json(
                "/api/v1/support-requests/" + id + "/assignment",
                who,
                "{\"expertId\":" + demo(Role.EXPERT).id() + ",\"version\":" + version(id) + "}");
    }

    ResultActions message(long id, CurrentUser who, String text, boolean internal) throws Exception {
        return json(
                "/api/v1/support-requests/" + id + "/messages",
                who,
                "{\"body\":\"" + text + "\",\"internal\":" + internal + "}");
    }

    ResultActions transition(long id, CurrentUser who, String to) throws Exception {
        return json(
                "/api/v1/support-requests/" + id + "/transitions",
                who,
                "{\"status\":\"" + to + "\",\"version\":" + version(id) + "}");
    }

    long notices(String kind, String onceKeyPrefix) {
        return events.stream(Notice.class)
                .filter(n -> n.kind().equals(kind) && n.onceKey().startsWith(onceKeyPrefix))
                .count();
    }

    @Test
    void aRequestGoesFromAskingThroughAssignmentAndAnswersToClosingRatingAndReopening() throws Exception {
        var proof = new NoticeProof(context);
        var strangers = java.util.List.of(
                proof.stranger(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"))
                        .id(),
                proof.stranger(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, 987_654_321L))
                        .id(),
                proof.stranger(Role.EXPERT).id());
        long id = ask("FUNDRAISING", "Как да търсим съфинансиране от общината?");
        var requested = events.stream(Notice.class)
                .filter(n -> n.onceKey().equals("support.requested:" + id))
                .findFirst()
                .orElseThrow();
        assertThat(requested.audience())
                .containsExactly(
                        Notice.Audience.scoped(Role.COORDINATOR, ScopeKind.OBLAST, DemoAccounts.COORDINATOR_OBLAST));

        var coordinator = demo(Role.COORDINATOR);
        var expert = demo(Role.EXPERT);
        var librarian = demo(Role.LIBRARIAN);
        proof.reachesOnlyOnce(
                events,
                "support.requested",
                "support.requested:" + id,
                proof.holding(Role.COORDINATOR, ScopeKind.OBLAST, DemoAccounts.COORDINATOR_OBLAST, coordinator),
                strangers);
        assign(id, coordinator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.expertName").value(expert.displayName()));
        proof.reachesOnlyOnce(
                events, "support.assigned", "support.assigned:" + id, java.util.List.of(expert.id()), strangers);
        assertThat(events.stream(Notice.class)
                        .filter(n -> n.kind().equals("support.assigned")
                                && n.onceKey().startsWith("support.assigned:" + id + ":"))
                        .map(n -> n.audience().get(0).userId()))
                .containsExactly(expert.id());

        message(id, expert, "Подгответе бюджет с дял на всеки партньор.", false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.firstResponseHours").isNumber());
        assertThat(events.stream(Notice.class)
                        .filter(n -> n.kind().equals("support.message"))
                        .anyMatch(n -> n.audience().contains(Notice.Audience.user(librarian.id()))))
                .isTrue();
        proof.reachesOnlyOnce(
                events,
                "support.message",
                NoticeProof.lastKey(events, "support.message"),
                java.util.List.of(librarian.id()),
                strangers);

        transition(id, expert, "WAITING_FOR_ASKER")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITING_FOR_ASKER"));
        message(id, librarian, "Ето бюджета.", false)
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        message(id, expert, "Добре изглежда.", false)
                .andExpect(jsonPath("$.status").value("ANSWERED"));
        transition(id, librarian, "CLOSED")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.resolutionHours").isNumber());
        json("/api/v1/support-requests/" + id + "/rating", librarian, "{\"score\":5,\"comment\":\"Благодарим\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value(5));
        transition(id, librarian, "ASSIGNED")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.rating").doesNotExist());
    }

    @Test
    void badInputGetsAClearMessageNamingTheFieldAndWritesNothing() throws Exception {
        var librarian = demo(Role.LIBRARIAN);
        long before = jdbc.sql("select count(*) from support_request")
                .query(Long.class)
                .single();
        json("/api/v1/support-requests", librarian, "{\"topic\":\"ICT\",\"question\":\"   \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("question"))
                .andExpect(jsonPath("$.detail").value("Полето не може да е празно."));
        json("/api/v1/support-requests", librarian, "{\"topic\":\"ASTROLOGY\",\"question\":\"Въпрос\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("topic"))
                .andExpect(jsonPath("$.detail").value(containsString("ASTROLOGY")));
        mvc.perform(multipart("/support/new")
                        .file(new MockMultipartFile(
                                "files", "budget.pdf", "application/pdf", TestFiles.windowsExecutable()))
                        .param("topic", "ICT")
                        .param("question", "Вижте файла")
                        .with(csrf())
                        .with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("не се приемат")));
        assertThat(jdbc.sql("select count(*) from support_request")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from support_message where body = 'Вижте файла'")
                        .query(Long.class)
                        .single())
                .isZero();

        long id = ask("ICT", "Как да настроим безжичната мрежа?");
        json("/api/v1/support-requests/" + id + "/rating", librarian, "{\"score\":4}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("score"))
                .andExpect(jsonPath("$.detail").value(containsString("затворено")));
        transition(id, librarian, "CLOSED")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("NEW")));
        json("/api/v1/support-requests/" + id + "/transitions", librarian, "{\"status\":\"CLOSED\"}")
                .andExpect(status().isPreconditionRequired());
        json(
                        "/api/v1/support-requests/" + id + "/assignment",
                        demo(Role.COORDINATOR),
                        "{\"expertId\":" + demo(Role.EXPERT).id() + ",\"version\":" + (version(id) + 7) + "}")
                .andExpect(status().isConflict());
        json("/api/v1/support-requests/" + id + "/transitions", librarian, "{\"status\":\"SOLVED\",\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("status"));
        assertThat(statusOf(id)).isEqualTo("NEW");
        assertThat(jdbc.sql("select rating from support_request where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void theLibraryIsPickedByNameOnlyAmongThoseTheAskerMayAskForAndAnotherIsRefusedNamingTheField() throws Exception {
        var libraries = jdbc
                .sql("select id, name from organisation where kind = 'LIBRARY' order by id")
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .filter(e -> e.getValue().length() > 5)
                .limit(60)
                .toList();
        var a = libraries.get(0);
        var b = libraries.stream()
                .filter(e -> !e.getValue().equals(a.getValue()))
                .findFirst()
                .orElseThrow();
        var c = libraries.stream()
                .filter(e -> !e.getValue().equals(a.getValue())
                        && !e.getValue().equals(b.getValue())
                        && !a.getValue().contains(e.getValue())
                        && !b.getValue().contains(e.getValue()))
                .findFirst()
                .orElseThrow();
        var asker = people.create(
                Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, a.getKey()), Scope.of(ScopeKind.LIBRARY, b.getKey()));

        // the type-ahead: own libraries by name, Cyrillic or Latin; another library not even when named exactly
        mvc.perform(get("/api/v1/support-requests/libraries/suggest")
                        .param("q", a.getValue())
                        .with(user(asker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].value").value(String.valueOf(a.getKey())))
                .andExpect(jsonPath("$[0].label").value(a.getValue()));
        mvc.perform(get("/api/v1/support-requests/libraries/suggest")
                        .param("q", bg.libpartners.platform.Transliteration.toLatin(a.getValue()))
                        .with(user(asker)))
                .andExpect(jsonPath("$[*].value", org.hamcrest.Matchers.hasItem(String.valueOf(a.getKey()))));
        mvc.perform(get("/api/v1/support-requests/libraries/suggest")
                        .param("q", c.getValue())
                        .with(user(asker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/support-requests/libraries/suggest").with(user(asker)))
                .andExpect(jsonPath("$.length()").value(2));

        // the page: a type-ahead, not a list of ids; without script a typed name lists the asker's matches only
        mvc.perform(get("/support/new").with(user(asker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"libraryId_q\"")))
                .andExpect(content().string(containsString("/api/v1/support-requests/libraries/suggest")))
                .andExpect(content().string(not(containsString("<select id=\"libraryId\""))));
        mvc.perform(multipart("/support/new")
                        .param("_picker", "libraryId", "partnershipId")
                        .param("libraryId_q", a.getValue())
                        .param("topic", "ICT")
                        .param("question", "Въпрос")
                        .with(csrf())
                        .with(user(asker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + a.getKey() + "\"")));
        mvc.perform(multipart("/support/new")
                        .param("_picker", "libraryId", "partnershipId")
                        .param("libraryId_q", c.getValue())
                        .param("topic", "ICT")
                        .param("question", "Въпрос")
                        .with(csrf())
                        .with(user(asker)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"" + c.getKey() + "\""))));

        long before = jdbc.sql("select count(*) from support_request")
                .query(Long.class)
                .single();
        json(
                        "/api/v1/support-requests",
                        asker,
                        "{\"libraryId\":" + c.getKey()
                                + ",\"topic\":\"ICT\",\"question\":\"Въпрос за чужда библиотека\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("libraryId"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Библиотека: „" + c.getValue() + "“ не е сред")));
        mvc.perform(multipart("/support/new")
                        .param("_picker", "libraryId", "partnershipId")
                        .param("libraryId", String.valueOf(c.getKey()))
                        .param("topic", "ICT")
                        .param("question", "Въпрос за чужда библиотека")
                        .with(csrf())
                        .with(user(asker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"libraryId-error\"")))
                .andExpect(content().string(containsString("не е сред библиотеките, за които можете да питате")));
        assertThat(jdbc.sql("select count(*) from support_request")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        json(
                        "/api/v1/support-requests",
                        asker,
                        "{\"libraryId\":" + b.getKey()
                                + ",\"topic\":\"ICT\",\"question\":\"Въпрос за втората библиотека\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.libraryName").value(b.getValue()));
    }

    @Test
    void nobodyOutsideTheRequestsLibraryOblastOrTopicSeesIt() throws Exception {
        long id = ask("ICT", "Компютрите в читалнята са бавни.");
        var otherLibrarian = people.create(Role.LIBRARIAN, people.another(ScopeKind.LIBRARY, demoLibrary()));
        var otherCoordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        var otherExpert = people.create(Role.EXPERT);
        // the demo expert answers partnership, agreement and fundraising questions, not ICT
        for (var stranger :
                new CurrentUser[] {otherLibrarian, otherCoordinator, otherExpert, demo(Role.EXPERT), demo(Role.PARTNER)
                }) {
            mvc.perform(get("/api/v1/support-requests/" + id).with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/support/requests/" + id).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/support-requests").param("size", "100").with(user(stranger)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("\"id\":" + id + ","))));
            message(id, stranger, "Намеса", false).andExpect(status().isNotFound());
        }
        assign(id, otherCoordinator).andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("NEW");
        // the asker, the library's coordinator and the admin find it in their lists
        for (var insider : new CurrentUser[] {demo(Role.LIBRARIAN), demo(Role.COORDINATOR), demo(Role.ADMIN)}) {
            mvc.perform(get("/api/v1/support-requests").param("size", "100").with(user(insider)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("\"id\":" + id + ",")));
        }

        long partnershipQuestion = ask("PARTNERSHIP", "Кого да поканим за партньор?");
        mvc.perform(get("/api/v1/support-requests/" + partnershipQuestion).with(user(demo(Role.EXPERT))))
                .andExpect(status().isOk());
        // an expert of the topic may take it, but not answer before taking it
        message(partnershipQuestion, demo(Role.EXPERT), "Отговор", false).andExpect(status().isForbidden());
        assign(partnershipQuestion, demo(Role.EXPERT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        // once taken it is no longer "open in the topic" for other experts
        var colleague = (CurrentUser)
                userDetails.loadUserByUsername(DemoAccounts.of(Role.EXPERT).email());
        assertThat(colleague.id()).isEqualTo(demo(Role.EXPERT).id());
        assign(partnershipQuestion, otherExpert).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/support/stats")
                        .with(user(demo(Role.COORDINATOR)))
                        .param("oblast", "VRC"))
                .andExpect(status().isForbidden());
    }

    @Test
    void internalNotesNeverReachTheAskerThroughTheApiOrThePage() throws Exception {
        long id = ask("AGREEMENT", "Трябва ли печат на споразумението?");
        var coordinator = demo(Role.COORDINATOR);
        var expert = demo(Role.EXPERT);
        var librarian = demo(Role.LIBRARIAN);
        assign(id, coordinator).andExpect(status().isOk());
        message(id, expert, "ТАЙНА-БЕЛЕЖКА библиотеката не е подала отчет", true)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        message(id, expert, "Печатът не е задължителен.", false).andExpect(status().isCreated());
        json("/api/v1/support-requests/" + id + "/messages", librarian, "{\"body\":\"бележка\",\"internal\":true}")
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/support-requests/" + id).with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("ТАЙНА-БЕЛЕЖКА"))))
                .andExpect(content().string(containsString("Печатът не е задължителен.")))
                .andExpect(jsonPath("$.messages.length()").value(2));
        mvc.perform(get("/support/requests/" + id).with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("ТАЙНА-БЕЛЕЖКА"))))
                .andExpect(content().string(not(containsString("name=\"internal\""))))
                .andExpect(content().string(containsString("Печатът не е задължителен.")));
        mvc.perform(get("/api/v1/support-requests/" + id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ТАЙНА-БЕЛЕЖКА")));
        mvc.perform(get("/support/requests/" + id).with(user(expert)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ТАЙНА-БЕЛЕЖКА")));
    }

    @Test
    void anAnswerLeftFourteenDaysIsClosedOnceWithOneNoticeHoweverOftenTheJobRuns() throws Exception {
        var proof = new NoticeProof(context);
        var strangers = java.util.List.of(
                proof.stranger(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, 987_654_321L))
                        .id(),
                demo(Role.EXPERT).id());
        long id = ask("PARTNERSHIP", "Как да оценим партньорството?");
        assign(id, demo(Role.COORDINATOR)).andExpect(status().isOk());
        message(id, demo(Role.EXPERT), "Използвайте самооценката по шестте принципа.", false)
                .andExpect(status().isCreated());
        transactions.executeWithoutResult(s -> entityManager
                .createQuery("update SupportRequest r set r.lastAnswerAt = :t where r.id = :id")
                .setParameter("t", Instant.now().minus(Duration.ofDays(15)))
                .setParameter("id", id)
                .executeUpdate());

        var running = Instant.now();
        autoClose.run();
        autoClose.run();
        // the claim is stamped as Hibernate keeps instants, whatever the JVM's zone
        assertThat(jdbc.sql("select sent_at from support_sent where sent_key like ?")
                        .param("support.autoclose:" + id + ":%")
                        .query((rs, n) -> instants.read(rs, 1))
                        .list())
                .singleElement()
                .satisfies(at -> assertThat(at).isBetween(running, Instant.now()));

        assertThat(statusOf(id)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select auto_closed from support_request where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(notices("support.closed", "support.autoclosed:" + id + ":")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from support_sent where sent_key like ?")
                        .param("support.autoclose:" + id + ":%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var closed = events.stream(Notice.class)
                .filter(n -> n.kind().equals("support.closed"))
                .findFirst()
                .orElseThrow();
        assertThat(closed.audience())
                .containsExactly(Notice.Audience.user(demo(Role.LIBRARIAN).id()));
        proof.reachesOnlyOnce(
                events,
                "support.closed",
                "support.autoclosed:" + id,
                java.util.List.of(demo(Role.LIBRARIAN).id()),
                strangers);
    }

    @Test
    void aTopicAddedOrRenamedByTheAdminIsListedAtOnceThoughTopicNamesAreKeptForAMoment() throws Exception {
        long id = ask("ICT", "Как да настроим новите компютри?");
        var admin = demo(Role.ADMIN);
        mvc.perform(get("/api/v1/support-requests")
                        .param("topic", "ICT")
                        .param("size", "100")
                        .with(user(admin)))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")].topicName")
                        .value("Информационни и комуникационни технологии"));
        long ict = jdbc.sql("select id from support_topic where code = 'ICT'")
                .query(Long.class)
                .single();
        long v = jdbc.sql("select version from support_topic where id = ?")
                .param(ict)
                .query(Long.class)
                .single();
        topicService.save(admin, ict, new TopicService.TopicInput(null, "Компютри и мрежи", "Computers", 17, true), v);
        mvc.perform(get("/api/v1/support-requests")
                        .param("topic", "ICT")
                        .param("size", "100")
                        .with(user(admin)))
                .andExpect(
                        jsonPath("$.content[?(@.id == " + id + ")].topicName").value("Компютри и мрежи"));
        long law = topicService.save(
                admin, null, new TopicService.TopicInput("LIBRARY_LAW", "Законодателство", null, 17, true), null);
        long asked = ask("LIBRARY_LAW", "Какво казва законът за читалищата?");
        mvc.perform(get("/api/v1/support-requests")
                        .param("topic", "LIBRARY_LAW")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(asked))
                .andExpect(jsonPath("$.content[0].topicName").value("Законодателство"));
        // as they were, for the other tests
        topicService.save(
                admin,
                ict,
                new TopicService.TopicInput(null, "Информационни и комуникационни технологии", "ICT", 17, true),
                v + 1);
        topicService.save(admin, law, new TopicService.TopicInput(null, "Законодателство", null, 17, false), 0L);
    }

    @Test
    void theStatsCountOverdueRequestsAndMediansByTopicAndOblast() throws Exception {
        long id = ask("COMMUNICATION", "Как да пишем прессъобщение?");
        transactions.executeWithoutResult(s -> entityManager
                .createQuery("update SupportRequest r set r.dueAt = :t where r.id = :id")
                .setParameter("t", Instant.now().minus(Duration.ofHours(1)))
                .setParameter("id", id)
                .executeUpdate());
        long answered = ask("COMMUNICATION", "Как да снимаме събитие?");
        assign(answered, demo(Role.ADMIN)).andExpect(status().isOk());
        message(answered, demo(Role.EXPERT), "С разрешение от участниците.", false)
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/support/stats").with(user(demo(Role.ADMIN))).param("oblast", "PDV"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").isNumber())
                .andExpect(jsonPath("$.medianFirstResponseHours").isNumber())
                .andExpect(jsonPath("$.byTopic.COMMUNICATION.total").isNumber())
                .andExpect(jsonPath("$.byOblast.PDV.open").isNumber());
        var fresh = (Number) JsonPath.read(
                mvc.perform(get("/api/v1/support-requests")
                                .param("overdue", "true")
                                .param("size", "100")
                                .with(user(demo(Role.COORDINATOR))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.content.length()");
        assertThat(fresh.intValue()).isPositive();
        mvc.perform(get("/support?overdue=true").with(user(demo(Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Как да пишем прессъобщение?")))
                .andExpect(content().string(containsString("просрочено")));
        mvc.perform(get("/api/v1/support/stats").with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClosedRequestWithConsentBecomesAPublicAnswerFoundInBulgarian() throws Exception {
        long id = ask("FUNDRAISING", "Как да съберем дарения за нови книги?");
        var expert = demo(Role.EXPERT);
        var librarian = demo(Role.LIBRARIAN);
        assign(id, demo(Role.COORDINATOR)).andExpect(status().isOk());
        message(id, expert, "Организирайте благотворителен базар с училището.", false)
                .andExpect(status().isCreated());
        transition(id, librarian, "CLOSED").andExpect(status().isOk());
        mvc.perform(post("/support/requests/" + id + "/publication")
                        .param("question", "Как библиотека събира дарения?")
                        .param("answer", "С благотворителен базар.")
                        .with(csrf())
                        .with(user(expert)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from support_answer where request_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post("/support/requests/" + id + "/consent")
                        .param("consent", "true")
                        .with(csrf())
                        .with(user(librarian)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/support/requests/" + id + "/publication")
                        .param("question", "Как библиотека събира дарения за книги?")
                        .param("answer", "С благотворителен базар заедно с училището.")
                        .with(csrf())
                        .with(user(expert)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/support/answers").param("q", "библиотеки книги"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Как библиотека събира дарения за книги?")));
        mvc.perform(get("/api/v1/support/answers").param("q", "училището"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("благотворителен базар")))
                .andExpect(content().string(not(containsString(librarian.displayName()))));
    }

    ResultActions upload(long id, CurrentUser who, MockMultipartFile file, String body, boolean internal)
            throws Exception {
        var request = multipart("/api/v1/support-requests/" + id + "/attachments");
        if (file != null) {
            request.file(file);
        }
        return mvc.perform(request.param("body", body)
                .param("internal", String.valueOf(internal))
                .with(csrf())
                .with(user(who)));
    }

    long attachment(long id, String filename) {
        return jdbc.sql("select id from support_attachment where request_id = ? and filename = ?")
                .param(id)
                .param(filename)
                .query(Long.class)
                .single();
    }

    @Test
    void attachmentsGoThroughTheApiWithThePagesChecksAndOnlyThoseWhoSeeTheRequestReadThem() throws Exception {
        long id = ask("AGREEMENT", "Прилагам проекта на споразумение.");
        var librarian = demo(Role.LIBRARIAN);
        var coordinator = demo(Role.COORDINATOR);
        var otherLibrarian = people.create(Role.LIBRARIAN, people.another(ScopeKind.LIBRARY, demoLibrary()));
        var otherCoordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        byte[] pdf = TestFiles.pdf("Проект на споразумение");
        upload(
                        id,
                        librarian,
                        new MockMultipartFile("file", "проект.pdf", "application/pdf", pdf),
                        "Ето проекта.",
                        false)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.messages[1].body").value("Ето проекта."))
                .andExpect(jsonPath("$.messages[1].attachments[0].filename").value("проект.pdf"))
                .andExpect(jsonPath("$.messages[1].attachments[0].mediaType").value("application/pdf"));
        long file = attachment(id, "проект.pdf");
        var got = mvc.perform(get("/api/v1/support-requests/" + id + "/attachments/" + file)
                        .with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn();
        got.getAsyncResult();
        assertThat(got.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        for (var stranger : new CurrentUser[] {otherLibrarian, otherCoordinator, demo(Role.PARTNER)}) {
            mvc.perform(get("/api/v1/support-requests/" + id + "/attachments/" + file)
                            .with(user(stranger)))
                    .andExpect(status().isNotFound());
            upload(id, stranger, new MockMultipartFile("file", "намеса.pdf", "application/pdf", pdf), "Намеса", false)
                    .andExpect(status().isNotFound());
        }

        // refused by content, or missing: 400 naming the field, in the caller's language, and nothing kept
        long messages = jdbc.sql("select count(*) from support_message where request_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        upload(
                        id,
                        librarian,
                        new MockMultipartFile("file", "бюджет.pdf", "application/pdf", TestFiles.windowsExecutable()),
                        "Бюджетът",
                        false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"));
        mvc.perform(multipart("/api/v1/support-requests/" + id + "/attachments")
                        .file(new MockMultipartFile(
                                "file", "бюджет.exe", "application/pdf", TestFiles.windowsExecutable()))
                        .param("body", "x")
                        .with(csrf())
                        .with(user(librarian))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"))
                .andExpect(jsonPath("$.detail").value(not(containsString("файл"))));
        upload(id, librarian, null, "Без файл", false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString("Файл")));
        assertThat(jdbc.sql("select count(*) from support_message where request_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(messages);

        // a file on an internal note is for the support side only
        assign(id, coordinator).andExpect(status().isOk());
        upload(
                        id,
                        demo(Role.EXPERT),
                        new MockMultipartFile("file", "бележка.pdf", "application/pdf", TestFiles.pdf("Бележка")),
                        "Вътрешно",
                        true)
                .andExpect(status().isCreated());
        long note = attachment(id, "бележка.pdf");
        mvc.perform(get("/api/v1/support-requests/" + id + "/attachments/" + note)
                        .with(user(librarian)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/support-requests/" + id + "/attachments/" + note)
                        .with(user(coordinator)))
                .andExpect(status().isOk());
    }
}
