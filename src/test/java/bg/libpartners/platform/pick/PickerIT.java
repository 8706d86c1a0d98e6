package bg.libpartners.platform.pick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The type-ahead's sources and its no-script fallback, over plain HTTP: a name typed in Cyrillic or Latin is found,
 * the form comes back with the choices as radio buttons and saves nothing, and the picked value is then shown by name.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PickerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Directory directory;

    @Autowired
    JdbcTemplate jdbc;

    CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    @Test
    void findsOblastsAndSettlementsByNameInEitherScript() throws Exception {
        for (var q : new String[] {"Vratsa", "враца", "Вра"}) {
            mvc.perform(get("/api/v1/geography/suggest").param("kind", "oblast").param("q", q))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].value").value("VRC"))
                    .andExpect(jsonPath("$[0].label").value("Враца"));
        }
        mvc.perform(get("/api/v1/geography/suggest").param("kind", "settlement").param("q", "Vratsa"))
                .andExpect(jsonPath("$[0].value").value("12259"))
                .andExpect(jsonPath("$[0].label").value("гр. Враца"));
        mvc.perform(get("/api/v1/geography/suggest").param("kind", "planet").param("q", "Mars"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("kind"));
    }

    @Test
    void organisationSuggestionsKeepToTheKindAsked() throws Exception {
        var library = directory
                .list(OrganisationKind.LIBRARY, null, null, PageRequest.of(0, 1))
                .getContent()
                .get(0);
        var words = library.name();
        mvc.perform(get("/api/v1/organisations/suggest")
                        .param("q", words)
                        .param("kind", "LIBRARY")
                        .with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", everyItem(is("LIBRARY"))))
                .andExpect(jsonPath("$[*].id", hasItem((int) library.id())));
        mvc.perform(get("/api/v1/organisations/suggest")
                        .param("q", words)
                        .param("kind", "PARTNER")
                        .with(user(demo(Role.LIBRARIAN))))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) library.id()))));
    }

    @Test
    void listFilterWithoutScriptListsTheOblastsFoundThenShowsThePickedOneByName() throws Exception {
        var admin = demo(Role.ADMIN);
        mvc.perform(get("/partnerships")
                        .param("oblast_q", "Vratsa")
                        .param("_picker", "oblast")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"radio\" name=\"oblast\" value=\"VRC\"")))
                .andExpect(content().string(containsString("Враца")));
        mvc.perform(get("/partnerships").param("oblast", "VRC").with(user(admin)))
                .andExpect(content()
                        .string(containsString("type=\"hidden\" class=\"picker-value\" name=\"oblast\" value=\"VRC\"")))
                .andExpect(content().string(containsString("id=\"oblast-q\" name=\"oblast_q\"")))
                .andExpect(content().string(containsString("value=\"Враца\"")))
                .andExpect(content().string(not(containsString("type=\"radio\" name=\"oblast\""))));
    }

    @Test
    void newPartnershipFormSearchesTheLibraryByNameWithoutSaving() throws Exception {
        var library = directory
                .list(OrganisationKind.LIBRARY, null, null, PageRequest.of(0, 1))
                .getContent()
                .get(0);
        var before = jdbc.queryForObject("select count(*) from partnership", Long.class);
        mvc.perform(post("/partnerships/new")
                        .param("title", "Picker test")
                        .param("_picker", "leadLibraryId")
                        .param("leadLibraryId_q", library.name())
                        .param("leadLibraryId", "")
                        .with(csrf())
                        .with(user(demo(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "type=\"radio\" name=\"leadLibraryId\" value=\"" + library.id() + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from partnership", Long.class))
                .isEqualTo(before);
    }

    @Test
    void partnershipSuggestionsKeepToWhatTheUserMaySee() throws Exception {
        var title = jdbc.queryForObject("select title from partnership order by id limit 1", String.class);
        var words = title.substring(0, Math.min(6, title.length()));
        mvc.perform(get("/api/v1/partnerships/suggest").param("q", words).with(user(demo(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].label", hasItem(title)));
        mvc.perform(get("/api/v1/partnerships/suggest").param("q", words).with(user(demo(Role.EXPERT))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }
}
