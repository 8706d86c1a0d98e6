package bg.libpartners.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
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
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * The application form's partnership type-ahead over the applicant library's partnerships (and its no-script
 * fallback), and the grant report's files through the API: multipart upload, download, limits, scopes.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FundingPickerFilesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    FundingFixtures fx;

    @Autowired
    ApplicationService applications;

    @Autowired
    DecisionService decisions;

    @Autowired
    GrantService grants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    bg.libpartners.account.TestPeople people;

    /** A coordinator of another oblast, a librarian of another library: a new person in the database. */
    CurrentUser stranger(Role role) {
        var scope = role == Role.COORDINATOR
                ? Scope.of(ScopeKind.OBLAST, "VRC")
                : people.another(role.scopeKind(), fx.library());
        return people.create(role, scope);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void thePartnershipIsPickedByNameAmongTheLibrarysOwn() throws Exception {
        var librarian = fx.demo(Role.LIBRARIAN);
        long library = fx.library();
        long partnership = fx.partnership();
        long call = fx.publishedCall("Покана за избор на партньорство", "50000.00", List.of());
        String suggest = "/api/v1/libraries/" + library + "/partnerships/suggest";

        // by a word of its title, in Cyrillic or Latin; only partnerships the library leads
        for (var q : new String[] {"съфинансиране", "Proekt za"}) {
            mvc.perform(get(suggest).param("q", q).with(user(librarian)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].value", hasItem(String.valueOf(partnership))))
                    .andExpect(jsonPath("$[*].label", hasItem("Проект за съфинансиране")));
        }
        var others = jdbc.sql("select id from partnership where lead_library_id <> :l order by id")
                .param("l", library)
                .query(Long.class)
                .list();
        assertThat(others).isNotEmpty();
        mvc.perform(get(suggest).param("q", "а").with(user(librarian)))
                .andExpect(jsonPath("$[*].value", everyItem(not(String.valueOf(others.get(0))))));
        // nobody else asks about the library's partnerships
        mvc.perform(get(suggest).param("q", "Проект")).andExpect(status().isUnauthorized());
        mvc.perform(get(suggest).param("q", "Проект").with(user(stranger(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
        mvc.perform(get(suggest).param("q", "Проект").with(user(fx.demo(Role.COORDINATOR))))
                .andExpect(status().isForbidden());

        // the form has the type-ahead, not a select of ids
        mvc.perform(get("/funding/calls/{id}/apply", call).with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partnershipId-q\"")))
                .andExpect(content().string(containsString("data-picker-source=\"" + suggest + "\"")))
                .andExpect(content().string(not(containsString("<select id=\"partnershipId\""))));

        // without script: the typed name lists the library's partnerships to pick; nothing is saved yet
        long before = count("funding_application");
        mvc.perform(post("/funding/calls/{id}/apply", call)
                        .with(user(librarian))
                        .with(csrf())
                        .param("libraryId", String.valueOf(library))
                        .param("_picker", "partnershipId")
                        .param("partnershipId_q", "съфинансиране")
                        .param("title", "Четене без граници"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("type=\"radio\" name=\"partnershipId\" value=\"" + partnership + "\"")));
        assertThat(count("funding_application")).isEqualTo(before);

        // another library's partnership, sent by hand, is refused by the service naming the field
        mvc.perform(post("/funding/calls/{id}/apply", call)
                        .with(user(librarian))
                        .with(csrf())
                        .param("libraryId", String.valueOf(library))
                        .param("_picker", "partnershipId")
                        .param("partnershipId", String.valueOf(others.get(0)))
                        .param("title", "Чуждо партньорство"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Партньорството не е водено от тази библиотека.")));
        assertThat(count("funding_application")).isEqualTo(before);

        // picked: the application is created with it, and the edit form shows it by name
        var created = mvc.perform(post("/funding/calls/{id}/apply", call)
                        .with(user(librarian))
                        .with(csrf())
                        .param("libraryId", String.valueOf(library))
                        .param("_picker", "partnershipId")
                        .param("partnershipId", String.valueOf(partnership))
                        .param("title", "Четене без граници"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(created.replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertThat(applications.get(librarian, id).partnershipId()).isEqualTo(partnership);
        mvc.perform(get("/funding/applications/{id}/edit", id).with(user(librarian)))
                .andExpect(content().string(containsString("Проект за съфинансиране")))
                .andExpect(content().string(containsString("id=\"partnershipId-q\"")));
    }

    long grant(String title) {
        var admin = fx.demo(Role.ADMIN);
        long call = fx.publishedCall("Покана за " + title, "50000.00", List.of());
        long id = fx.submitted(call, title, "8000.00");
        return decisions
                .decide(
                        admin,
                        id,
                        new DecisionService.DecisionInput(
                                DecisionService.Outcome.APPROVE,
                                new BigDecimal("7500.00"),
                                "Добро предложение",
                                null,
                                applications.get(admin, id).version()))
                .grantId();
    }

    static final String REPORT = "{\"kind\":\"INTERIM\",\"narrative\":\"Проведени 8 занимания\","
            + "\"spending\":[{\"line\":0,\"actual\":\"3000.00\"}],\"reached\":[]}";

    static MockMultipartFile report(String json) {
        return new MockMultipartFile(
                "report", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
    }

    static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("files", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reportFilesGoUpAndComeDownThroughTheApi() throws Exception {
        long id = grant("Отчет с файлове");
        var librarian = fx.demo(Role.LIBRARIAN);
        String path = "/api/v1/grants/" + id + "/reports";
        long reports = count("funding_report");

        // bad input stores nothing: no report part, too many files, a blank narrative, out of the library's scope
        mvc.perform(multipart(path)
                        .file(file("a.txt", "a"))
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("report"));
        var many = multipart(path).file(report(REPORT));
        for (int i = 0; i <= GrantService.MAX_REPORT_FILES; i++) {
            many.file(file("f" + i + ".txt", "файл " + i));
        }
        mvc.perform(many.with(user(librarian)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("files"))
                .andExpect(jsonPath("$.detail").value(containsString("10")));
        mvc.perform(multipart(path)
                        .file(report(REPORT.replace("Проведени 8 занимания", " ")))
                        .file(file("a.txt", "a"))
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("narrative"));
        mvc.perform(multipart(path)
                        .file(report(REPORT))
                        .file(file("a.txt", "a"))
                        .with(user(stranger(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("funding_report")).isEqualTo(reports);

        // the report with two files
        var body = mvc.perform(multipart(path)
                        .file(report(REPORT))
                        .file(file("spisak.txt", "Присъствен списък"))
                        .file(file("snimki.txt", "Снимки"))
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.files[0].filename").value("spisak.txt"))
                .andExpect(jsonPath("$.files[1].filename").value("snimki.txt"))
                .andExpect(jsonPath("$.spent").value(3000.00))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long reportId = Long.parseLong(body.replaceFirst("(?s)^\\{\"id\":(\\d+).*$", "$1"));
        assertThat(count("funding_report")).isEqualTo(reports + 1);

        // downloaded by the library and the oblast's coordinator; not by another library or oblast
        String file = path + "/" + reportId + "/files/1";
        assertThat(new String(download(file, librarian), StandardCharsets.UTF_8))
                .isEqualTo("Снимки");
        assertThat(new String(download(file, fx.demo(Role.COORDINATOR)), StandardCharsets.UTF_8))
                .isEqualTo("Снимки");
        mvc.perform(get(file).with(user(stranger(Role.LIBRARIAN)))).andExpect(status().isForbidden());
        mvc.perform(get(file).with(user(stranger(Role.COORDINATOR)))).andExpect(status().isForbidden());
        mvc.perform(get(path + "/" + reportId + "/files/2").with(user(librarian)))
                .andExpect(status().isNotFound());
        // the same file through the page's link
        assertThat(new String(
                        download("/funding/grants/" + id + "/reports/" + reportId + "/files/0", librarian),
                        StandardCharsets.UTF_8))
                .isEqualTo("Присъствен списък");
    }

    byte[] download(String path, CurrentUser who) throws Exception {
        var started = mvc.perform(get(path).with(user(who)))
                .andExpect(MockMvcResultMatchers.request().asyncStarted())
                .andReturn();
        return mvc.perform(MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
