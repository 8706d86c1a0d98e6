package bg.libpartners.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.TestMail;
import bg.libpartners.account.Role;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The "organisation from the directory" question on the personal-link page: the type-ahead asks the link's own
 * suggest (no sign-in, public partners only) and, without script, the search button lists the choices.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SurveyOrganisationPickIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixtures fx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLinkSuggestsPublicPartnersOnlyWithoutSignIn() throws Exception {
        long library = fx.otherLibrary("library-suggest@survey.test");
        long id = fx.launched("Подсказки " + System.nanoTime(), List.of(library));
        String token = fx.link(id, library);
        mvc.perform(get("/api/v1/survey-answers/" + token + "/organisations").param("q", "Историч"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].label").value(hasItem("Исторически музей – Първомай")));
        // a private person of the directory is not offered
        mvc.perform(get("/api/v1/survey-answers/" + token + "/organisations").param("q", "Стефка"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].label").value(not(hasItem("Стефка Ангелова (доброволец)"))));
        mvc.perform(get("/api/v1/survey-answers/not-a-token-at-all-000000000000/organisations")
                        .param("q", "Ист"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/suggest").param("q", "Историч")).andExpect(status().isUnauthorized());
    }

    @Test
    void withoutScriptTheSearchButtonListsTheChoicesAndSavesNothing() throws Exception {
        long library = fx.otherLibrary("library-fallback@survey.test");
        long id = fx.launched("Без скрипт " + System.nanoTime(), List.of(library));
        String token = fx.link(id, library);
        String field = "g.partnerships.0.partner1_org";
        mvc.perform(post("/s/" + token)
                        .with(csrf())
                        .param("a.respondent", "Иван")
                        .param("a.has_partnerships", "YES")
                        .param("g.partnerships.0.title", "Уроци")
                        .param("_picker", field)
                        .param(field, "")
                        .param(field + "_q", "Историч")
                        .param("_pick", field))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Исторически музей – Първомай")))
                .andExpect(content().string(containsString("type=\"radio\" name=\"" + field + "\"")));
        assertThat(fx.answered(token, "partnerships", "title")).isNull();
        long museum = jdbc.queryForObject(
                "select id from organisation where name = ?", Long.class, "Исторически музей – Първомай");
        mvc.perform(post("/s/" + token)
                        .with(csrf())
                        .param("action", "save")
                        .param("a.respondent", "Иван")
                        .param("a.has_partnerships", "YES")
                        .param("g.partnerships.0.title", "Уроци")
                        .param("_picker", field)
                        .param(field, String.valueOf(museum))
                        .param(field + "_q", "Историч"))
                .andExpect(status().isOk());
        assertThat(fx.answered(token, "partnerships", "partner1_org")).isEqualTo(String.valueOf(museum));
        assertThat(fx.answered(token, "partnerships", "title")).isEqualTo("Уроци");
    }

    @Test
    void theNewCampaignPicksMunicipalitiesByNameNotByCode() throws Exception {
        var coordinator = fx.demo(Role.COORDINATOR);
        String karlovo = jdbc.queryForObject("select code from municipality where name_bg = 'Карлово'", String.class);
        mvc.perform(get("/surveys/new").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"municipalities_q\"")))
                .andExpect(content().string(containsString("/api/v1/geography/suggest?kind=municipality")))
                .andExpect(content().string(not(containsString("кодове на общини"))));
        // no script: the typed name lists the municipality to tick, and no campaign is made yet
        Long before = jdbc.queryForObject("select count(*) from survey_campaign", Long.class);
        mvc.perform(post("/surveys")
                        .with(csrf())
                        .with(user(coordinator))
                        .param("title", "По общини")
                        .param("_picker", "municipalities")
                        .param("municipalities_q", "Карлово"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"municipalities\" value=\"" + karlovo + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from survey_campaign", Long.class))
                .isEqualTo(before);
    }
}
