package bg.libpartners.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.TestMail;
import bg.libpartners.account.Role;
import bg.libpartners.directory.OrganisationKind;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An invited organisation without an e-mail address is NO_ADDRESS, never pending: the mailing count settles at 0
 * (even for rows left PENDING before the fix), the progress page and API count them, and the coordinator issues
 * their personal links on one page to print or hand over, links that open that organisation's form.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SurveyNoAddressIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyFixtures fx;

    @Autowired
    InvitationMailer mails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    bg.libpartners.directory.Directory directory;

    final JsonMapper json = JsonMapper.builder().build();

    String mailState(long campaign, long organisation) {
        return jdbc.queryForObject(
                "select mail_state from survey_invitation where campaign_id = ?" + " and organisation_id = ?",
                String.class,
                campaign,
                organisation);
    }

    @Test
    void invitationsWithoutAnAddressAreNotPendingAndGetLinksToHandOver() throws Exception {
        long withMail = fx.otherLibrary("no-address-peer@survey.test");
        long without = directory.list(OrganisationKind.LIBRARY, "PDV", null, PageRequest.of(0, 200)).stream()
                .map(o -> o.id())
                .filter(o -> o != fx.library() && o != withMail)
                // one no account holds (other tests give some libraries a librarian), or it would be told in the app
                .filter(o -> jdbc.queryForObject(
                                "select count(*) from user_scope where kind = 'LIBRARY' and ref = ?",
                                Long.class,
                                String.valueOf(o))
                        == 0)
                .findFirst()
                .orElseThrow();
        jdbc.update("update organisation set emails = null where id = ?", without);
        var name = directory.findOptional(without).orElseThrow().name();
        long id = fx.launched("Без адрес " + System.nanoTime(), List.of(without, withMail));

        assertThat(mailState(id, without)).isEqualTo("NO_ADDRESS");
        assertThat(mailState(id, withMail)).isEqualTo("PENDING");

        // a row left PENDING without an address (before the fix) is settled by the next mailing round
        jdbc.update(
                "update survey_invitation set mail_state = 'PENDING' where campaign_id = ? and organisation_id = ?",
                id,
                without);
        for (int round = 0; round < 100 && mails.sendPending() > 0; round++) {
            // each round mails one batch
        }
        assertThat(mails.pending()).as("the mailing count settles at 0").isZero();
        assertThat(mailState(id, without)).isEqualTo("NO_ADDRESS");
        assertThat(mailState(id, withMail)).isEqualTo("SENT");

        var coordinator = fx.demo(Role.COORDINATOR);
        mvc.perform(get("/api/v1/surveys/" + id + "/progress").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invited").value(2))
                .andExpect(jsonPath("$.mailed").value(1))
                .andExpect(jsonPath("$.mailPending").value(0))
                .andExpect(jsonPath("$.noAddress").value(1));
        var progress = mvc.perform(get("/surveys/" + id + "/progress").with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(progress)
                .contains("1 поканени нямат имейл")
                .contains("/surveys/" + id + "/handouts")
                .doesNotContain("чакащи:");

        // the page to print: the organisation without an address, its phones and a working personal link
        var page = mvc.perform(post("/surveys/" + id + "/handouts").with(csrf()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"handout-" + without + "\"")
                .contains(escape(name))
                .doesNotContain("id=\"handout-" + withMail + "\"");
        var m = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(m.find()).isTrue();
        mvc.perform(get("/api/v1/survey-answers/" + m.group(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(without));

        // the API gives the same, a fresh link each time, only for those without an address
        var api = json.readTree(mvc.perform(
                        post("/api/v1/surveys/" + id + "/handouts").with(csrf()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(api.get("content")).hasSize(1);
        assertThat(api.get("content").get(0).get("organisationId").asLong()).isEqualTo(without);
        assertThat(api.get("content").get(0).get("link").asString())
                .contains("/s/")
                .doesNotContain(m.group(1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from survey_link l join survey_invitation i"
                                + " on i.id = l.invitation_id where i.campaign_id = ? and i.organisation_id = ?",
                        Long.class,
                        id,
                        without))
                .isEqualTo(2);
        // nobody outside the campaign's management issues them
        mvc.perform(post("/api/v1/surveys/" + id + "/handouts").with(csrf()).with(user(fx.demo(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
    }

    /** As Thymeleaf escapes text: only the five markup characters. */
    static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
