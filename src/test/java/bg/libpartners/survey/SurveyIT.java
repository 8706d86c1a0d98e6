package bg.libpartners.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.TestMail;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.notification.Notice;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SurveyIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixtures fx;

    @Autowired
    InvitationMailer mails;

    @Autowired
    SurveyReminderJob reminders;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** A librarian of another library and a coordinator of another oblast: they never get this survey's notices. */
    List<Long> strangers(bg.libpartners.notification.NoticeProof proof) {
        return List.of(
                proof.stranger(Role.LIBRARIAN, bg.libpartners.account.Scope.of(ScopeKind.LIBRARY, 987_654_321L))
                        .id(),
                proof.stranger(Role.COORDINATOR, bg.libpartners.account.Scope.of(ScopeKind.OBLAST, "VRC"))
                        .id());
    }

    List<Long> librariansOf(bg.libpartners.notification.NoticeProof proof, long library) {
        return proof.holding(Role.LIBRARIAN, ScopeKind.LIBRARY, String.valueOf(library), fx.demo(Role.LIBRARIAN));
    }

    @Autowired
    SurveyReportService reports;

    final JsonMapper json = JsonMapper.builder().build();

    String body(Object o) {
        return json.writeValueAsString(o);
    }

    static Map<String, Object> block(String title, Map<String, Object> partner) {
        var b = new java.util.LinkedHashMap<String, Object>(Map.of(
                "title",
                title,
                "partner1_type",
                "PUBLIC_BODY",
                "field",
                List.of("READING"),
                "target",
                List.of("CHILDREN"),
                "since",
                2015,
                "agreement",
                "YES",
                "partner1_contribution",
                List.of("PREMISES")));
        b.putAll(partner);
        return b;
    }

    static Map<String, Object> answers(List<Map<String, Object>> blocks) {
        return Map.of(
                "answers",
                Map.of("respondent", "Мария", "has_partnerships", "YES"),
                "groups",
                Map.of("partnerships", blocks));
    }

    long version(String token) throws Exception {
        var res = mvc.perform(get("/api/v1/survey-answers/" + token))
                .andExpect(status().isOk())
                .andReturn();
        return json.readTree(res.getResponse().getContentAsString())
                .get("version")
                .asLong();
    }

    @Test
    void launchRecordsInvitationsAtOnceAndMailsPersonalLinksInTheBackgroundOnce() throws Exception {
        long other = fx.otherLibrary("library-launch@survey.test");
        var proof = new bg.libpartners.notification.NoticeProof(context);
        var strangers = strangers(proof);
        long id = fx.launched("Покани " + System.nanoTime(), List.of(fx.library(), other));
        proof.reachesOnlyOnce(
                events, "survey.invited", "survey.invited:" + id, librariansOf(proof, fx.library()), strangers);

        var notices = events.stream(Notice.class)
                .filter(n -> n.onceKey().equals("survey.invited:" + id))
                .toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).audience())
                .contains(Notice.Audience.scoped(Role.LIBRARIAN, ScopeKind.LIBRARY, fx.library()));
        assertThat(jdbc.queryForObject(
                        "select mail_state from survey_invitation where campaign_id = ?" + " and organisation_id = ?",
                        String.class,
                        id,
                        other))
                .isEqualTo("PENDING");

        int before = mail.getReceivedMessages().length;
        // mail until a round sends nothing (other tests' campaigns may hold invitations without an address)
        for (int round = 0; round < 100 && mails.sendPending() > 0; round++) {
            // each round mails one batch
        }
        var sent = java.util.Arrays.stream(mail.getReceivedMessages())
                .skip(before)
                .filter(m -> GreenMailUtil.getBody(m).contains("library-launch") || true)
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains("library-launch@survey.test");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(sent).hasSize(1);
        String text = sent.get(0).getContent().toString();
        var m = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        mvc.perform(get("/api/v1/survey-answers/" + m.group(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(other))
                .andExpect(jsonPath("$.questionnaire.sections[1].key").value("partnerships"));
        // the next run (another node, a restart) finds nothing to send
        assertThat(mails.sendPending()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_sent where campaign_id = ? and stage = 'INVITE'", Long.class, id))
                .isEqualTo(1);
        mvc.perform(get("/api/v1/surveys/" + id + "/progress").with(user(fx.demo(Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invited").value(2))
                .andExpect(jsonPath("$.byOblast.PDV.invited").value(2));
    }

    @Test
    void theLinkListPagesThroughEveryInvitedOrganisationOnce() throws Exception {
        var picked = List.of(
                fx.library(),
                fx.otherLibrary("library-page1@survey.test"),
                fx.otherLibrary("library-page2@survey.test"));
        long id = fx.launched("Страници " + System.nanoTime(), picked);
        var seen = new java.util.ArrayList<Long>();
        for (int page = 0; page < 3; page++) {
            var res = mvc.perform(get("/api/v1/surveys/" + id + "/links?size=1&page=" + page)
                            .with(user(fx.demo(Role.COORDINATOR))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content.length()").value(1))
                    .andExpect(jsonPath("$.page.totalElementsExact").value(page == 2))
                    .andReturn();
            seen.add(json.readTree(res.getResponse().getContentAsString())
                    .get("content")
                    .get(0)
                    .get("organisationId")
                    .asLong());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(picked);
    }

    @Test
    void badAnswersNameTheQuestionAndKeepWhatWasSaved() throws Exception {
        long other = fx.otherLibrary("library-bad@survey.test");
        long id = fx.launched("Грешки " + System.nanoTime(), List.of(other));
        String token = fx.link(id, other);
        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(answers(List.of(block("Четене", Map.of()))))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups.partnerships[0].title").value("Четене"));
        long v = version(token);

        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of(
                                "answers",
                                Map.of("respondent", "Мария", "has_partnerships", "YES"),
                                "groups",
                                Map.of("partnerships", List.of(block("Друго", Map.of("since", 1800)))),
                                "version",
                                v))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("partnerships[0].since"))
                .andExpect(jsonPath("$.detail").value(containsString("От коя година")))
                .andExpect(jsonPath("$.detail").value(containsString("от 1950 до 2100")));
        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of(
                                "answers",
                                Map.of("respondent", "Мария", "has_partnerships", "YES"),
                                "groups",
                                Map.of("partnerships", List.of(block("Друго", Map.of("partner1_org", 987654321L)))),
                                "version",
                                v))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Партньор 1: от указателя")));
        mvc.perform(post("/api/v1/survey-answers/" + token + "/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("has_partnerships", "NO"), "version", v))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("respondent"))
                .andExpect(jsonPath("$.detail").value(containsString("Кой попълва")));
        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of(
                                "answers",
                                Map.of("has_partnerships", "YES"),
                                "groups",
                                Map.of("partnerships", List.of(block("Y", Map.of("rating", 9)))),
                                "version",
                                v))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("How do you rate the partnership overall?")));
        // nothing of the refused saves was written
        mvc.perform(get("/api/v1/survey-answers/" + token))
                .andExpect(jsonPath("$.version").value(v))
                .andExpect(jsonPath("$.groups.partnerships[0].title").value("Четене"))
                .andExpect(jsonPath("$.status").value("DRAFT"));

        // two tabs: the later save with the same version is told
        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("respondent", "Таб 1"), "version", v))))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("respondent", "Таб 2"), "version", v))))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("respondent", "Без версия")))))
                .andExpect(status().is(428));
        mvc.perform(get("/api/v1/survey-answers/" + token))
                .andExpect(jsonPath("$.answers.respondent").value("Таб 1"));
    }

    @Test
    void unknownExpiredAndReusedLinksAndLateSubmissionsAreRefused() throws Exception {
        long other = fx.otherLibrary("library-links@survey.test");
        long id = fx.launched("Връзки " + System.nanoTime(), List.of(other));
        String token = fx.link(id, other);
        mvc.perform(get("/api/v1/survey-answers/" + "x".repeat(43)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("не е валидна")));
        mvc.perform(post("/api/v1/survey-answers/" + token + "/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of(
                                "answers", Map.of("respondent", "Иван", "has_partnerships", "NO"), "version", 0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        // the link still shows what was sent, but a second submission is refused and changes nothing
        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("respondent", "Друг"), "version", version(token)))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("вече е изпратен")));
        mvc.perform(get("/api/v1/survey-answers/" + token))
                .andExpect(jsonPath("$.answers.respondent").value("Иван"));
        // after the last day the link has expired
        jdbc.update(
                "update survey_campaign set opens_on = ?, closes_on = ? where id = ?",
                LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(1),
                id);
        mvc.perform(get("/api/v1/survey-answers/" + token))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value(containsString("изтекла")));
        // a librarian's late save through the account is a 409 naming the last day, and the draft stays
        var librarian = fx.demo(Role.LIBRARIAN);
        long mine = fx.launched("Късно " + System.nanoTime(), List.of(fx.library()));
        mvc.perform(put("/api/v1/surveys/" + mine + "/answers/" + fx.library())
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("respondent", "Е")))))
                .andExpect(status().isOk());
        jdbc.update(
                "update survey_campaign set opens_on = ?, closes_on = ? where id = ?",
                LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(1),
                mine);
        mvc.perform(post("/api/v1/surveys/" + mine + "/answers/" + fx.library() + "/submit")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("version", 1))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Крайният срок")));
        mvc.perform(get("/api/v1/surveys/" + mine + "/answers/" + fx.library()).with(user(librarian)))
                .andExpect(jsonPath("$.answers.respondent").value("Е"));
    }

    /** The one instant the query selects, read as Hibernate keeps it. */
    java.time.Instant instant(String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> instants.read(rs, 1), args).get(0);
    }

    @Test
    void submittedPartnershipsBecomeDraftsOnceAndResubmittingUpdatesThem() throws Exception {
        var proof = new bg.libpartners.notification.NoticeProof(context);
        var strangers = strangers(proof);
        var librarian = fx.demo(Role.LIBRARIAN);
        var coordinator = fx.demo(Role.COORDINATOR);
        long library = fx.library();
        long partner = Long.parseLong(
                fx.demo(Role.PARTNER).refs(ScopeKind.ORGANISATION).iterator().next());
        long id = fx.launched("Регистър " + System.nanoTime(), List.of(library));
        String base = "/api/v1/surveys/" + id + "/answers/" + library;
        String unknown = "Сдружение Непознато " + System.nanoTime();
        mvc.perform(post(base + "/submit")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(answers(List.of(
                                block("Четем с училището", Map.of("partner1_org", partner)),
                                block(
                                        "Чисто село",
                                        Map.of("partner1_name", unknown, "partner1_settlement", "Първомай")))))))
                .andExpect(status().isOk());
        var reported = jdbc.queryForList(
                "select partnership_id from survey_reported where campaign_id = ?" + " order by item_index",
                Long.class,
                id);
        assertThat(reported).hasSize(2);
        var first = partnerships.get(coordinator, reported.get(0));
        assertThat(first.status()).isEqualTo(PartnershipStatus.DRAFT);
        assertThat(first.leadLibraryId()).isEqualTo(library);
        assertThat(first.parties()).extracting(p -> p.organisationId()).containsExactly(partner);
        assertThat(partnerships.comments(reported.get(0)))
                .extracting(c -> c.getBody())
                .anyMatch(b -> b.startsWith("Докладвано в проучване „Регистър"));
        assertThat(partnerships.get(coordinator, reported.get(1)).parties()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_partner_proposal where campaign_id = ?"
                                + " and name = ? and status = 'PROPOSED'",
                        Long.class,
                        id,
                        unknown))
                .isEqualTo(1);

        // the coordinator reopens; the librarian is told; a new submission updates the same two records
        mvc.perform(post("/api/v1/surveys/" + id + "/responses/" + library + "/reopen")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(events.stream(Notice.class).filter(n -> n.kind().equals("survey.reopened")))
                .isNotEmpty();
        proof.reachesOnlyOnce(
                events, "survey.reopened", "survey.reopened:" + id, librariansOf(proof, library), strangers);
        long v = json.readTree(mvc.perform(get(base).with(user(librarian)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("version")
                .asLong();
        var again = new java.util.HashMap<String, Object>(answers(List.of(
                block("Четем с училището всяка седмица", Map.of("partner1_org", partner)),
                block("Чисто село", Map.of("partner1_name", unknown, "partner1_settlement", "Първомай")))));
        again.put("version", v);
        var before = java.time.Instant.now();
        mvc.perform(post(base + "/submit")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(again)))
                .andExpect(status().isOk());
        var after = java.time.Instant.now();
        // stamps written and read over JDBC are the moments Hibernate would keep, whatever the JVM's zone
        assertThat(instant(
                        "select submitted_at from survey_invitation where campaign_id = ? and organisation_id = ?",
                        id,
                        library))
                .isBetween(before.minusMillis(1), after.plusMillis(1));
        assertThat(instant("select max(updated_at) from survey_reported where campaign_id = ?", id))
                .isBetween(before.minusMillis(1), after.plusMillis(1));
        assertThat(jdbc.queryForList(
                        "select partnership_id from survey_reported where campaign_id = ?" + " order by item_index",
                        Long.class,
                        id))
                .isEqualTo(reported);
        assertThat(partnerships.get(coordinator, reported.get(0)).title()).isEqualTo("Четем с училището всяка седмица");
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_partner_proposal where campaign_id = ?", Long.class, id))
                .isEqualTo(1);

        // the coordinator merges the proposed partner with an organisation of the directory: it joins the record
        long proposal =
                jdbc.queryForObject("select id from survey_partner_proposal where campaign_id = ?", Long.class, id);
        mvc.perform(post("/api/v1/survey-proposals/" + proposal + "/merge")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + partner + "}"))
                .andExpect(status().isNoContent());
        assertThat(instant("select decided_at from survey_partner_proposal where id = ?", proposal))
                .isBetween(after, java.time.Instant.now().plusMillis(1));
        assertThat(partnerships.get(coordinator, reported.get(1)).parties())
                .extracting(p -> p.organisationId())
                .containsExactly(partner);

        // the export: one sheet of plain answers and one per repeating section, a row per partnership
        var xlsx = mvc.perform(get("/api/v1/surveys/" + id + "/answers.xlsx").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            var sheet = wb.getSheet("partnerships");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo((double) library);
            var texts = new java.util.ArrayList<String>();
            sheet.getRow(1).forEach(c -> texts.add(c.toString()));
            assertThat(texts).contains("Четем с училището всяка седмица");
            assertThat(wb.getSheet("answers").getRow(1).getCell(1).getStringCellValue())
                    .isNotBlank();
            // when it was submitted (by Hibernate), in Sofia, to the minute
            assertThat(wb.getSheet("answers").getRow(1).getCell(6).getStringCellValue())
                    .isIn(SurveyFormat.instant(before), SurveyFormat.instant(after));
        }
        var csv = mvc.perform(get("/api/v1/surveys/" + id + "/answers.csv").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("partnerships,2,partner1_name").contains(unknown);
        mvc.perform(get("/api/v1/surveys/" + id + "/results").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'agreement')].counts.YES").value(2));
    }

    @Test
    void othersOblastsAndLibrariesAreOutOfReach() throws Exception {
        long id = fx.launched("Обхват " + System.nanoTime(), List.of(fx.library()));
        var otherCoordinator =
                fx.user("coordinator-vrc@survey.test", Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        long otherLibrary = fx.otherLibrary("library-scope@survey.test");
        var otherLibrarian =
                fx.user("librarian-other@survey.test", Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, otherLibrary));
        mvc.perform(get("/api/v1/surveys/" + id).with(user(otherCoordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/surveys/" + id + "/progress").with(user(otherCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/surveys/" + id + "/links/" + fx.library())
                        .with(user(otherCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/surveys/" + id + "/answers.xlsx").with(user(otherCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/surveys/" + id + "/answers/" + fx.library()).with(user(otherLibrarian)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/surveys/" + id + "/answers/" + fx.library())
                        .with(user(otherLibrarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("respondent", "X")))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/surveys/" + id).with(user(fx.demo(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
        // a coordinator may not survey another oblast
        mvc.perform(post("/api/v1/surveys")
                        .with(user(fx.demo(Role.COORDINATOR)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of(
                                "title",
                                "Чужда област",
                                "opensOn",
                                LocalDate.now().toString(),
                                "closesOn",
                                LocalDate.now().plusDays(5).toString(),
                                "questionnaireId",
                                fx.inventoryId(),
                                "oblasts",
                                List.of("VRC")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("oblasts"));
        assertThat(fx.campaigns.list(otherCoordinator)).noneMatch(c -> c.id() == id);
    }

    @Test
    void remindersGoOncePerOrganisationAndStage() throws Exception {
        long other = fx.otherLibrary("library-remind@survey.test");
        var coordinator = fx.demo(Role.COORDINATOR);
        long id = fx.campaigns.create(
                coordinator,
                new CampaignInput(
                        "Напомняне " + System.nanoTime(),
                        null,
                        LocalDate.now(),
                        LocalDate.now().plusDays(2),
                        fx.inventoryId(),
                        java.util.Set.of(),
                        java.util.Set.of(),
                        java.util.Set.of(),
                        java.util.Set.of(),
                        List.of(fx.library(), other),
                        List.of(7, 2)));
        var proof = new bg.libpartners.notification.NoticeProof(context);
        var strangers = strangers(proof);
        fx.campaigns.launch(coordinator, id);
        int before = mailsTo("library-remind@survey.test");
        reminders.sendDue();
        proof.reachesOnlyOnce(
                events, "survey.reminder", "survey.reminder:" + id, librariansOf(proof, fx.library()), strangers);
        assertThat(jdbc.queryForList(
                        "select stage from survey_sent where campaign_id = ? and stage like 'REMIND%'"
                                + " order by organisation_id",
                        String.class, id))
                .containsOnly("REMIND-2")
                .hasSize(2);
        assertThat(mailsTo("library-remind@survey.test")).isEqualTo(before + 1);
        assertThat(events.stream(Notice.class).filter(n -> n.onceKey().equals("survey.reminder:" + id + ":REMIND-2")))
                .hasSize(1);
        // another run (a restart, another node) sends nothing more
        reminders.sendDue();
        reminders.daily();
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_sent where campaign_id = ? and stage like" + " 'REMIND%'",
                        Long.class, id))
                .isEqualTo(2);
        assertThat(mailsTo("library-remind@survey.test")).isEqualTo(before + 1);
    }

    int mailsTo(String email) {
        return (int) java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(email);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
    }

    @Test
    void aQuestionnaireEditThatWouldOrphanDraftAnswersIsRefusedAndOtherwiseMakesANewVersion() throws Exception {
        var coordinator = fx.demo(Role.COORDINATOR);
        var definition = Map.of(
                "sections",
                List.of(Map.of(
                        "key",
                        "main",
                        "title",
                        Map.of("bg", "Основно"),
                        "repeating",
                        false,
                        "questions",
                        List.of(Map.of(
                                "key",
                                "q1",
                                "kind",
                                "TEXT",
                                "label",
                                Map.of("bg", "Колко читатели имате?"),
                                "required",
                                true)))));
        var created = mvc.perform(post("/api/v1/questionnaires")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("titleBg", "Кратък", "definition", definition))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long q = json.readTree(created).get("id").asLong();
        long other = fx.otherLibrary("library-orphan@survey.test");
        long id = fx.campaigns.create(
                coordinator,
                new CampaignInput(
                        "Сираци " + System.nanoTime(),
                        null,
                        LocalDate.now(),
                        LocalDate.now().plusDays(9),
                        q,
                        java.util.Set.of(),
                        java.util.Set.of(),
                        java.util.Set.of(),
                        java.util.Set.of(),
                        List.of(other),
                        null));
        fx.campaigns.launch(coordinator, id);
        String token = fx.link(id, other);
        mvc.perform(put("/api/v1/survey-answers/" + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("q1", "120")))))
                .andExpect(status().isOk());
        long version = json.readTree(
                        mvc.perform(get("/api/v1/questionnaires/" + q).with(user(coordinator)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("version")
                .asLong();
        var without = Map.of(
                "sections",
                List.of(Map.of(
                        "key",
                        "main",
                        "title",
                        Map.of("bg", "Основно"),
                        "questions",
                        List.of(Map.of("key", "q2", "kind", "NUMBER", "label", Map.of("bg", "Колко?"))))));
        mvc.perform(put("/api/v1/questionnaires/" + q)
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("titleBg", "Кратък", "definition", without, "version", version))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Колко читатели имате?")));
        mvc.perform(get("/api/v1/survey-answers/" + token))
                .andExpect(jsonPath("$.answers.q1").value("120"))
                .andExpect(jsonPath("$.questionnaireId").value(q));
        var added = Map.of(
                "sections",
                List.of(Map.of(
                        "key",
                        "main",
                        "title",
                        Map.of("bg", "Основно"),
                        "questions",
                        List.of(
                                Map.of("key", "q1", "kind", "TEXT", "label", Map.of("bg", "Колко читатели?")),
                                Map.of("key", "q2", "kind", "NUMBER", "label", Map.of("bg", "Колко?"), "min", 0)))));
        var next = mvc.perform(put("/api/v1/questionnaires/" + q)
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("titleBg", "Кратък", "definition", added, "version", version))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long v2 = json.readTree(next).get("id").asLong();
        assertThat(v2).isNotEqualTo(q);
        assertThat(json.readTree(next).get("versionNo").asInt()).isEqualTo(2);
        mvc.perform(get("/api/v1/survey-answers/" + token))
                .andExpect(jsonPath("$.questionnaireId").value(v2))
                .andExpect(jsonPath("$.answers.q1").value("120"));
    }

    @Test
    void progressKeptForAMomentStillCountsADraftSavedOnThisNodeAtOnce() {
        long other = fx.otherLibrary("library-progress@survey.test");
        long id = fx.launched("Напредък " + System.nanoTime(), List.of(other));
        assertThat(reports.progress(id).started()).isZero(); // now kept for libpartners.survey.progress-fresh

        fx.answering.saveAs(fx.answering.invitationsOf(id, other), Values.empty(), 0L, false);

        assertThat(reports.progress(id).started())
                .as("forgotten when the save committed")
                .isEqualTo(1);
    }
}
