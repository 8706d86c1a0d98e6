package bg.libpartners.practice;

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
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Coordinators moderate only the practices of libraries in their oblasts; administrators moderate all. */
@IntegrationTest
@AutoConfigureMockMvc
class PracticeModerationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Directory directory;

    @Autowired
    Practices practices;

    @Autowired
    bg.libpartners.account.TestPeople people;

    CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    /** A library outside the demo coordinator's oblast. */
    OrganisationSummary elsewhere() {
        return directory.list(OrganisationKind.LIBRARY, null, null, PageRequest.of(0, 500)).stream()
                .filter(l -> l.oblastCode() != null && !l.oblastCode().equals(DemoAccounts.COORDINATOR_OBLAST))
                .findFirst()
                .orElseThrow();
    }

    long submitted(CurrentUser author, String title) throws Exception {
        var location = mvc.perform(PracticeIT.form(post("/practices/new"), title, "История.")
                        .with(user(author)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+", ""));
        mvc.perform(post("/practices/" + id + "/submit").with(csrf()).with(user(author)))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    @Test
    void coordinatorSeesAndModeratesOnlyTheirOblasts() throws Exception {
        var library = elsewhere();
        var farLibrarian = people.create(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, library.id()));
        var farCoordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, library.oblastCode()));
        var coordinator = demo(Role.COORDINATOR);
        var admin = demo(Role.ADMIN);

        long near = submitted(demo(Role.LIBRARIAN), "Модерация в Пловдивско " + System.nanoTime());
        long far = submitted(farLibrarian, "Модерация далеч " + System.nanoTime());
        assertThat(practices.findById(near).orElseThrow().getOblastCode()).isEqualTo(DemoAccounts.COORDINATOR_OBLAST);
        assertThat(practices.findById(far).orElseThrow().getOblastCode()).isEqualTo(library.oblastCode());

        // the queues: the coordinator's holds only their oblast, the administrator's both
        mvc.perform(get("/api/v1/practices/review").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) near)))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) far))));
        mvc.perform(get("/api/v1/practices/review").with(user(farCoordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) far)))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) near))));
        mvc.perform(get("/api/v1/practices/review").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) near)))
                .andExpect(jsonPath("$[*].id", hasItem((int) far)));
        mvc.perform(get("/api/v1/practices/review").with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/practices/desk").param("list", "review").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/practices/" + near + "\"")))
                .andExpect(content().string(not(containsString("/practices/" + far + "\""))));

        // another oblast's practice in review does not exist for this coordinator: page, API, publish, return
        mvc.perform(get("/practices/" + far).with(user(coordinator))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practices/" + far).with(user(coordinator))).andExpect(status().isNotFound());
        mvc.perform(post("/practices/" + far + "/publish").with(csrf()).with(user(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/practices/" + far + "/publish").with(csrf()).with(user(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/practices/" + far + "/return")
                        .param("comment", "Не.")
                        .with(csrf())
                        .with(user(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/practices/" + far + "/edit").with(csrf()).with(user(coordinator)))
                .andExpect(status().isNotFound());
        assertThat(practices.findById(far).orElseThrow().getStatus()).isEqualTo(PracticeStatus.IN_REVIEW);

        // its own coordinator publishes it; then the other coordinator may read it but not withdraw it
        mvc.perform(get("/practices/" + far).with(user(farCoordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/practices/" + far + "/publish")));
        mvc.perform(post("/api/v1/practices/" + far + "/publish").with(csrf()).with(user(farCoordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/practices/" + far).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/practices/" + far + "/return"))));
        mvc.perform(post("/api/v1/practices/" + far + "/return")
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Оттеглям.\"}"))
                .andExpect(status().isForbidden());
        assertThat(practices.findById(far).orElseThrow().getStatus()).isEqualTo(PracticeStatus.PUBLISHED);

        // the demo coordinator moderates their own oblast; the administrator any
        mvc.perform(post("/api/v1/practices/" + near + "/return")
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Добавете резултати.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(post("/api/v1/practices/" + near + "/return")
                        .with(csrf())
                        .with(user(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/practices/" + far + "/return")
                        .with(csrf())
                        .with(user(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Оттеглено от администратор.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        mvc.perform(post("/api/v1/practices/" + near + "/publish").with(csrf()).with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
    }

    @Test
    void practicesWithoutAnOblastAreModeratedByAdministrators() throws Exception {
        var seeded = practices.findBySlug("parvomay-prevention").orElseThrow();
        assertThat(seeded.getOblastCode()).isNull();
        mvc.perform(post("/api/v1/practices/" + seeded.getId() + "/return")
                        .with(csrf())
                        .with(user(demo(Role.COORDINATOR)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"Не.\"}"))
                .andExpect(status().isForbidden());
        assertThat(practices.findById(seeded.getId()).orElseThrow().getStatus()).isEqualTo(PracticeStatus.PUBLISHED);
    }
}
