package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Libraries beyond the register (#18) through the general table import: their kind and the body they belong to by
 * name or EIK, every bad row named, all or nothing, no duplicates on a second run, and oblasts for coordinators.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LibraryImportIT {

    static final String URL = "/api/v1/imports/libraries";
    static final String HEADER = "Наименование;Вид;Към;ЕИК;Населено място";
    static final String REGIONAL_EIK = Eik.complete("17100101");
    static final List<String> GOOD = List.of(
            "Регионална библиотека „Внос“ – Варна;Регионална;Община Варна;" + REGIONAL_EIK + ";Варна",
            "Общинска библиотека „Внос“ – Бургас;Общинска;Община Бургас;;Бургас");

    @Autowired
    bg.libpartners.account.TestPeople people;

    /** The demo administrator: a person in the database. */
    bg.libpartners.account.CurrentUser admin() {
        return people.demo(bg.libpartners.account.Role.ADMIN);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    Directory directory;

    ResultActions upload(List<String> rows, boolean commit, CurrentUser as) throws Exception {
        var bytes = (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        return mvc.perform(multipart(URL)
                .file(new MockMultipartFile("file", "libraries.csv", "text/csv", bytes))
                .param("commit", String.valueOf(commit))
                .header("Accept-Language", "bg")
                .with(user(as))
                .with(csrf()));
    }

    List<Organisation> imported() {
        return organisations.findByKind(OrganisationKind.LIBRARY).stream()
                .filter(o -> o.getName().contains("„Внос“"))
                .toList();
    }

    @Test
    void importsLibrariesWithTheirKindAndBodyAllOrNothingAndOnce() throws Exception {
        var admin = admin();
        var bad = new java.util.ArrayList<>(GOOD);
        bad.add("Филиал „Внос“;Общинска;Несъществуваща община;;Бургас");
        bad.add("Библиотека „Внос“ на Луната;Космическа;Община Бургас;;Бургас");
        upload(bad, true, admin)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.rejected[0].row").value(4))
                .andExpect(jsonPath("$.rejected[0].column").value("Към"))
                .andExpect(jsonPath("$.rejected[0].message").value(containsString("Несъществуваща община")))
                .andExpect(jsonPath("$.rejected[1].row").value(5))
                .andExpect(jsonPath("$.rejected[1].column").value("Вид"))
                .andExpect(jsonPath("$.rejected[1].message").value(containsString("Космическа")));
        assertThat(imported()).as("nothing is written while a row is rejected").isEmpty();

        upload(GOOD, true, admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.created").value(2));
        var regional = imported().stream()
                .filter(o -> o.getLibraryKind() == LibraryKind.REGIONAL)
                .findFirst()
                .orElseThrow();
        var municipal = imported().stream()
                .filter(o -> o.getLibraryKind() == LibraryKind.MUNICIPAL)
                .findFirst()
                .orElseThrow();
        assertThat(directory.find(regional.getParentId()).name()).isEqualTo("Община Варна");
        assertThat(regional.getOblastCode()).isEqualTo("VAR");
        assertThat(directory.holderOf(regional.getId()))
                .as("a library with its own EIK signs itself")
                .isEmpty();
        assertThat(directory.holderOf(municipal.getId()))
                .map(OrganisationSummary::name)
                .contains("Община Бургас");

        upload(GOOD, true, admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(imported()).hasSize(2);
    }

    @Test
    void aCoordinatorImportsOnlyTheirOblastsAndALibrarianNothing() throws Exception {
        var coordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VAR"));
        upload(List.of("Общинска библиотека „Другаде“ – Бургас;Общинска;Община Бургас;;Бургас"), false, coordinator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected[0].row").value(2))
                .andExpect(jsonPath("$.rejected[0].column").value("Населено място"))
                .andExpect(jsonPath("$.rejected[0].message").value(containsString("Бургас")));
        upload(GOOD, false, people.create(Role.LIBRARIAN)).andExpect(status().isForbidden());
    }

    @Test
    void theImportPageOffersATableOfLibraries() throws Exception {
        mvc.perform(get("/imports/partners").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Библиотеки извън регистъра на читалищата")));
        var bytes = (HEADER + "\n" + GOOD.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/imports/partners")
                        .file(new MockMultipartFile("file", "l.csv", "text/csv", bytes))
                        .param("kind", "LIBRARY")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Вид библиотека, ако колоната липсва")))
                .andExpect(content().string(containsString("Читалище или орган, към който е библиотеката")));
    }
}
