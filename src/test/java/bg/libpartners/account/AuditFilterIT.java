package bg.libpartners.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.directory.Directory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's audit page picks the record by name: an organisation or a partnership through the type-ahead (its id
 * only the hidden value), with the search-and-pick fallback without script, and the rows name the record.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuditFilterIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Directory directory;

    CurrentUser admin() {
        return (CurrentUser)
                userDetails.loadUserByUsername(DemoAccounts.of(Role.ADMIN).email());
    }

    String page(String url, String... params) throws Exception {
        var request = get(url).with(user(admin()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String form(String html) {
        var from = html.indexOf("id=\"audit-filter\"");
        return html.substring(from, html.indexOf("</form>", from));
    }

    static String table(String html) {
        var from = html.indexOf("<tbody>");
        return from < 0 ? "" : html.substring(from, html.indexOf("</tbody>", from));
    }

    @Test
    void theFilterAsksForNoNumberAndFindsARecordByItsName() throws Exception {
        var form = form(page("/admin/audit"));
        assertThat(form)
                .as("no field for a record number")
                .doesNotContain("name=\"entityId\"")
                .doesNotContain("type=\"number\"");
        assertThat(form)
                .contains(
                        "name=\"organisation_q\"",
                        "type=\"hidden\" class=\"picker-value\" name=\"organisation\"",
                        "name=\"partnership_q\"",
                        "data-picker-source=\"/api/v1/organisations/suggest\"");

        var organisationId = jdbc.queryForObject(
                "select max(cast(entity_id as bigint)) from audit_entry" + " where entity = 'Organisation'",
                Long.class);
        assertThat(organisationId).as("the demo directory is audited").isNotNull();
        var name = directory.findOptional(organisationId).orElseThrow().name();
        var escaped = escape(name);

        // without script: type the name, press search, pick from the list
        var found = form(page("/admin/audit", "organisation_q", name, "_pick", "organisation"));
        assertThat(found)
                .contains("type=\"radio\" name=\"organisation\" value=\"" + organisationId + "\"")
                .contains(escaped);

        // picked: only that record's history, each row named
        var filtered = page("/admin/audit?organisation=" + organisationId);
        assertThat(form(filtered)).contains("<strong>" + escaped + "</strong>");
        var rows = table(filtered).split("<tr");
        assertThat(rows.length).as("some history").isGreaterThan(1);
        for (int i = 1; i < rows.length; i++) {
            assertThat(rows[i]).contains("<span>Organisation</span>: <span>" + escaped + "</span>");
        }
        assertThat(table(filtered)).doesNotContain("#" + organisationId);
        var other = jdbc.queryForObject(
                "select count(*) from audit_entry where entity = 'Organisation'" + " and entity_id = ?",
                Long.class,
                String.valueOf(organisationId));
        assertThat((long) rows.length - 1).isEqualTo(Math.min(other, 50));
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
