package bg.libpartners.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.TestMail;
import bg.libpartners.account.Role;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The questionnaire builder: a question edited, moved and removed in place or, once in use, in a new version. */
@IntegrationTest
@AutoConfigureMockMvc
class QuestionnaireBuilderIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixtures fx;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    String body(Object o) {
        return json.writeValueAsString(o);
    }

    /** A questionnaire with a plain section (q1 text, q2 single choice) and a repeating group (r1, r2). */
    long created(String title) throws Exception {
        var definition = Map.of(
                "sections",
                List.of(
                        Map.of(
                                "key",
                                "main",
                                "title",
                                Map.of("bg", "Основно"),
                                "questions",
                                List.of(
                                        Map.of("key", "q1", "kind", "TEXT", "label", Map.of("bg", "Кой попълва?")),
                                        Map.of(
                                                "key",
                                                "q2",
                                                "kind",
                                                "SINGLE",
                                                "label",
                                                Map.of("bg", "Има ли партньори?"),
                                                "options",
                                                List.of(
                                                        Map.of("code", "YES", "label", Map.of("bg", "Да")),
                                                        Map.of("code", "NO", "label", Map.of("bg", "Не")))))),
                        Map.of(
                                "key",
                                "items",
                                "title",
                                Map.of("bg", "Партньорства"),
                                "repeating",
                                true,
                                "questions",
                                List.of(
                                        Map.of("key", "r1", "kind", "TEXT", "label", Map.of("bg", "Име")),
                                        Map.of("key", "r2", "kind", "NUMBER", "label", Map.of("bg", "От година"))))));
        var res = mvc.perform(post("/api/v1/questionnaires")
                        .with(user(fx.demo(Role.COORDINATOR)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("titleBg", title, "definition", definition))))
                .andExpect(status().isCreated())
                .andReturn();
        return json.readTree(res.getResponse().getContentAsString()).get("id").asLong();
    }

    JsonNode read(long id) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/questionnaires/" + id).with(user(fx.demo(Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static List<String> keys(JsonNode q, int section) {
        var keys = new java.util.ArrayList<String>();
        q.get("definition")
                .get("sections")
                .get(section)
                .get("questions")
                .forEach(x -> keys.add(x.get("key").asString()));
        return keys;
    }

    @Test
    void editsMovesAndRemovesQuestionsInPlaceWhileNoLaunchedCampaignUsesIt() throws Exception {
        var coordinator = fx.demo(Role.COORDINATOR);
        long id = created("Строител " + System.nanoTime());
        long v = read(id).get("version").asLong();
        var edit = Map.of(
                "labelBg",
                "Кой попълва въпросника?",
                "labelEn",
                "Who fills it in?",
                "kind",
                "NUMBER",
                "required",
                true,
                "min",
                0,
                "max",
                10);

        mvc.perform(put("/api/v1/questionnaires/" + id + "/questions/q1")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(edit)))
                .andExpect(status().isPreconditionRequired());
        var edited = mvc.perform(put("/api/v1/questionnaires/" + id + "/questions/q1")
                        .with(user(coordinator))
                        .with(csrf())
                        .header("If-Match", "\"" + v + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(edit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.versionNo").value(1))
                .andExpect(jsonPath("$.definition.sections[0].questions[0].label.bg")
                        .value("Кой попълва въпросника?"))
                .andExpect(jsonPath("$.definition.sections[0].questions[0].label.en")
                        .value("Who fills it in?"))
                .andExpect(
                        jsonPath("$.definition.sections[0].questions[0].kind").value("NUMBER"))
                .andExpect(jsonPath("$.definition.sections[0].questions[0].required")
                        .value(true))
                .andExpect(jsonPath("$.definition.sections[0].questions[0].max").value(10))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long v2 = json.readTree(edited).get("version").asLong();
        assertThat(v2).isGreaterThan(v);
        // the same edit from a tab that read the old version: 409, not a silent overwrite
        mvc.perform(put("/api/v1/questionnaires/" + id + "/questions/q1")
                        .with(user(coordinator))
                        .with(csrf())
                        .header("If-Match", String.valueOf(v))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("labelBg", "Друго", "kind", "TEXT"))))
                .andExpect(status().isConflict());

        // bad fields: each named, in the caller's language, and nothing written
        var bad = Map.of("labelBg", " ", "kind", "SINGLE", "options", List.of(), "min", 5, "max", 1, "version", v2);
        mvc.perform(put("/api/v1/questionnaires/" + id + "/questions/q2")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("labelBg"))
                .andExpect(jsonPath("$.detail").value(containsString("Въпрос (български)")))
                .andExpect(jsonPath("$.errors[1].field").value("options"))
                .andExpect(jsonPath("$.errors[2].field").value("max"));
        mvc.perform(put("/api/v1/questionnaires/" + id + "/questions/q2")
                        .with(user(coordinator))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Question (Bulgarian)")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("Options")));
        assertThat(read(id).get("version").asLong()).isEqualTo(v2);

        // a repeating group's question moves up through the API
        mvc.perform(post("/api/v1/questionnaires/" + id + "/questions/r2/move")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("direction", "UP", "version", v2))))
                .andExpect(status().isOk());
        assertThat(keys(read(id), 1)).containsExactly("r2", "r1");

        // the page: the down button (a plain form) and the edit form with field errors
        long v3 = read(id).get("version").asLong();
        mvc.perform(get("/questionnaires/" + id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Нагоре")))
                .andExpect(content().string(not(containsString("id=\"builder-in-use\""))));
        mvc.perform(post("/questionnaires/" + id + "/questions/q1/move")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("version", String.valueOf(v3))
                        .param("direction", "down"))
                .andExpect(redirectedUrl("/questionnaires/" + id));
        assertThat(keys(read(id), 0)).containsExactly("q2", "q1");
        long v4 = read(id).get("version").asLong();
        mvc.perform(post("/questionnaires/" + id + "/questions/q2")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("version", String.valueOf(v4))
                        .param("kind", "MULTIPLE")
                        .param("labelBg", "")
                        .param("options", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Въпрос (български): задължително поле.")))
                .andExpect(content().string(containsString("Възможни отговори: въпрос с избор")))
                .andExpect(content().string(containsString("id=\"e-q2-options-error\"")));
        mvc.perform(post("/questionnaires/" + id + "/questions/q2")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("version", String.valueOf(v4))
                        .param("kind", "MULTIPLE")
                        .param("labelBg", "Какви партньори?")
                        .param("labelEn", "Which partners?")
                        .param("options", "SCHOOL = Училище | School\nMUSEUM = Музей"))
                .andExpect(redirectedUrl("/questionnaires/" + id));
        var q2 = read(id).get("definition")
                .get("sections")
                .get(0)
                .get("questions")
                .get(0);
        assertThat(q2.get("kind").asString()).isEqualTo("MULTIPLE");
        assertThat(q2.get("options").get(0).get("label").get("en").asString()).isEqualTo("School");
        assertThat(q2.get("options").get(1).get("code").asString()).isEqualTo("MUSEUM");

        // removal through the API needs the version too
        long v5 = read(id).get("version").asLong();
        mvc.perform(delete("/api/v1/questionnaires/" + id + "/questions/r1")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(delete("/api/v1/questionnaires/" + id + "/questions/r1")
                        .with(user(coordinator))
                        .with(csrf())
                        .header("If-Match", String.valueOf(v5)))
                .andExpect(status().isOk());
        assertThat(keys(read(id), 1)).containsExactly("r2");
        mvc.perform(delete("/api/v1/questionnaires/" + id + "/questions/nope")
                        .with(user(coordinator))
                        .with(csrf())
                        .header("If-Match", String.valueOf(v5)))
                .andExpect(status().isNotFound());
        assertThat(read(id).get("versionNo").asInt()).isEqualTo(1);
    }

    @Test
    void aQuestionnaireALaunchedCampaignUsesIsCopiedIntoANewVersionAndSubmittedAnswersKeepTheOld() throws Exception {
        var coordinator = fx.demo(Role.COORDINATOR);
        long id = created("Пусната " + System.nanoTime());
        long other = fx.otherLibrary("library-builder@survey.test");
        long campaign = fx.campaigns.create(
                coordinator,
                new CampaignInput(
                        "Строител " + System.nanoTime(),
                        null,
                        LocalDate.now(),
                        LocalDate.now().plusDays(9),
                        id,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        List.of(other),
                        null));
        fx.campaigns.launch(coordinator, campaign);
        mvc.perform(get("/questionnaires/" + id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"builder-in-use\"")))
                .andExpect(content().string(containsString("нова версия 2")));

        // launched, nobody answered yet: still a copy
        long v = read(id).get("version").asLong();
        var next = json.readTree(mvc.perform(put("/api/v1/questionnaires/" + id + "/questions/q1")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("labelBg", "Име на попълващия", "kind", "TEXT", "version", v))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long v2id = next.get("id").asLong();
        assertThat(v2id).isNotEqualTo(id);
        assertThat(next.get("versionNo").asInt()).isEqualTo(2);
        assertThat(read(id).get("definition")
                        .get("sections")
                        .get(0)
                        .get("questions")
                        .get(0)
                        .get("label")
                        .get("bg")
                        .asString())
                .isEqualTo("Кой попълва?");

        // a submitted answer stays with the version it answered when the next edit copies again
        String token = fx.link(campaign, other);
        mvc.perform(post("/api/v1/survey-answers/" + token + "/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("answers", Map.of("q1", "Мария", "q2", "YES")))))
                .andExpect(status().isOk());
        long v2 = read(v2id).get("version").asLong();
        var third = json.readTree(mvc.perform(post("/api/v1/questionnaires/" + v2id + "/questions/q2/move")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("direction", "UP", "version", v2))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(third.get("versionNo").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select questionnaire_id from survey_response where campaign_id = ?", Long.class, campaign))
                .isEqualTo(v2id);
        assertThat(keys(read(v2id), 0)).containsExactly("q1", "q2");
    }

    @Test
    void onlyCoordinatorsAndAdminsEditQuestions() throws Exception {
        long id = created("Чужд " + System.nanoTime());
        long v = read(id).get("version").asLong();
        mvc.perform(put("/api/v1/questionnaires/" + id + "/questions/q1")
                        .with(user(fx.demo(Role.LIBRARIAN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("labelBg", "Пробив", "kind", "TEXT", "version", v))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/questionnaires/" + id + "/questions/q1/move")
                        .with(user(fx.demo(Role.EXPERT)))
                        .with(csrf())
                        .param("version", String.valueOf(v))
                        .param("direction", "down"))
                .andExpect(status().isForbidden());
        assertThat(read(id).get("version").asLong()).isEqualTo(v);
        assertThat(keys(read(id), 0)).containsExactly("q1", "q2");
    }
}
