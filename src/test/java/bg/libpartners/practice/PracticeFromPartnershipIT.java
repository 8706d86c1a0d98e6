package bg.libpartners.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.partnership.PartnershipDetails;
import bg.libpartners.partnership.PartnershipInput;
import bg.libpartners.partnership.PartnershipService;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** "Publish as a good practice" on a partnership: a draft filled from its record, only for those who may edit it. */
@IntegrationTest
@AutoConfigureMockMvc
class PracticeFromPartnershipIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    PartnershipCatalog catalog;

    @Autowired
    Directory directory;

    @Autowired
    Practices practices;

    @Autowired
    bg.libpartners.account.TestPeople people;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PartnershipPracticeService fromPartnerships;

    CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    long library() {
        return Long.parseLong(
                demo(Role.LIBRARIAN).refs(ScopeKind.LIBRARY).iterator().next());
    }

    long partnership() {
        long partner = Long.parseLong(
                demo(Role.PARTNER).refs(ScopeKind.ORGANISATION).iterator().next());
        var input = new PartnershipInput(
                "Лято с книги в Първомай",
                library(),
                Set.of(TargetGroup.CHILDREN, TargetGroup.YOUTH),
                Set.of(ActivityField.READING, ActivityField.EDUCATION),
                "Децата четат все по-малко през лятото",
                "Седмични четения на открито с учениците",
                "Сто деца в библиотеката всяка седмица",
                "Имейл и Viber",
                "Веднъж месечно",
                "Тримесечен отчет",
                "Анкета",
                "Поделяме разходите за книги",
                "Дворът на училището",
                LocalDate.of(2025, 6, 1),
                LocalDate.of(2026, 9, 30),
                List.of(new PartnershipInput.PartyInput(
                        partner,
                        "Съорганизатор",
                        "Води учениците",
                        Set.of(Contribution.EXPERTISE),
                        new BigDecimal("300.00"),
                        null,
                        "Нови читатели",
                        "Директор")),
                null);
        return partnerships.create(demo(Role.LIBRARIAN), input, true);
    }

    @Test
    void leadLibraryStartsADraftFilledFromThePartnershipAndOpensItsForm() throws Exception {
        long id = partnership();
        var librarian = demo(Role.LIBRARIAN);
        mvc.perform(get("/partnerships/" + id).with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/practices/from-partnership/" + id)))
                .andExpect(content().string(containsString("Публикувай като добра практика")));

        var location = mvc.perform(
                        post("/practices/from-partnership/" + id).with(csrf()).with(user(librarian)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("fromPartnership", true))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/practices/\\d+/edit");
        long practiceId = Long.parseLong(location.replaceAll("\\D+", ""));

        var record = catalog.findUnchecked(id);
        var lead = directory.find(record.leadLibraryId());
        transactions.executeWithoutResult(tx -> {
            var p = practices.findById(practiceId).orElseThrow();
            assertThat(p.getStatus()).isEqualTo(PracticeStatus.DRAFT);
            assertThat(p.getTitle()).isEqualTo("Лято с книги в Първомай");
            assertThat(p.getSummary())
                    .contains("Децата четат все по-малко през лятото")
                    .contains("Сто деца в библиотеката всяка седмица");
            assertThat(p.getStory())
                    .contains("Седмични четения на открито с учениците")
                    .contains("Води учениците");
            assertThat(p.getStoryHtml()).contains("Седмични четения");
            assertThat(p.getCountry()).isEqualTo("BG");
            assertThat(p.getPlace())
                    .isNotBlank()
                    .isEqualTo(
                            lead.settlementName() != null
                                            && !lead.settlementName().isBlank()
                                    ? lead.settlementName()
                                    : lead.municipalityName());
            assertThat(p.getPartners()).singleElement().satisfies(x -> {
                assertThat(x.getName()).isEqualTo(record.parties().get(0).organisationName());
                assertThat(x.getType()).isEqualTo(record.parties().get(0).partnerType());
            });
            assertThat(p.getFields()).containsExactlyInAnyOrder("READING", "EDUCATION");
            assertThat(p.getTargetGroups()).containsExactlyInAnyOrder("CHILDREN", "YOUTH");
            assertThat(p.getStartYear()).isEqualTo(2025);
            assertThat(p.getEndYear()).isEqualTo(2026);
            assertThat(p.getPartnershipId()).isEqualTo(id);
            assertThat(p.getAuthorId()).isEqualTo(librarian.id());
            assertThat(p.getAuthorName()).isEqualTo(librarian.displayName());
            assertThat(p.getLibraryRef()).isEqualTo(String.valueOf(library()));
            assertThat(p.getOblastCode()).isEqualTo(lead.oblastCode()).isEqualTo(DemoAccounts.COORDINATOR_OBLAST);
        });
        mvc.perform(get(location).with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Лято с книги в Първомай")))
                .andExpect(content().string(containsString("/partnerships/" + id)));

        // a second click opens the same draft rather than a copy; the oblast's coordinator may do it through the API
        mvc.perform(post("/practices/from-partnership/" + id).with(csrf()).with(user(librarian)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(location));
        mvc.perform(post("/api/v1/practices/from-partnership/" + id)
                        .with(csrf())
                        .with(user(demo(Role.COORDINATOR))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(practiceId))
                .andExpect(jsonPath("$.partnershipId").value(id))
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void othersMayNeitherSeeTheActionNorStartADraft() throws Exception {
        long id = partnership();
        long before = practices.count();
        var lead = catalog.findUnchecked(id).leadLibraryId();
        var otherLibrarian = people.create(Role.LIBRARIAN, people.another(ScopeKind.LIBRARY, lead));
        var otherCoordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "SML"));
        for (var stranger : List.of(otherLibrarian, otherCoordinator)) {
            mvc.perform(post("/practices/from-partnership/" + id).with(csrf()).with(user(stranger)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/practices/from-partnership/" + id)
                            .with(csrf())
                            .with(user(stranger)))
                    .andExpect(status().isForbidden());
        }
        // the partner organisation sees the partnership but not the action, and may not start a practice
        mvc.perform(get("/partnerships/" + id).with(user(demo(Role.PARTNER))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/practices/from-partnership/"))));
        mvc.perform(post("/practices/from-partnership/" + id).with(csrf()).with(user(demo(Role.PARTNER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/practices/from-partnership/" + id)
                        .with(csrf())
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/practices/from-partnership/987654321")
                        .with(csrf())
                        .with(user(demo(Role.ADMIN))))
                .andExpect(status().isNotFound());
        assertThat(practices.count()).isEqualTo(before);
    }

    @Test
    void aPersonAmongThePartiesIsNotNamedInTheDraft() {
        var person = new PartnershipDetails.PartyView(
                1,
                2,
                "Мария Иванова",
                "INDIVIDUAL",
                "Доброволка",
                "Чете на децата",
                Set.of(),
                null,
                null,
                "Опит с деца",
                null,
                null);
        var school = new PartnershipDetails.PartyView(
                2, 3, "СУ „Христо Ботев“", "EDUCATION", "Съорганизатор", null, Set.of(), null, null, null, null, null);
        var details = new PartnershipDetails(
                1,
                "Четене",
                library(),
                "Библиотека",
                null,
                "PDV",
                "PDV22",
                PartnershipStatus.ACTIVE,
                6,
                Set.of(TargetGroup.CHILDREN),
                Set.of(ActivityField.READING),
                "Нужда",
                "Идея",
                "Цели",
                "Имейл",
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                0,
                List.of(person, school),
                java.time.Instant.EPOCH,
                0);
        var draft = fromPartnerships.draftOf(details, java.util.Locale.forLanguageTag("bg"));
        assertThat(draft.partners())
                .extracting(PracticeDraft.Partner::name)
                .containsExactly("Доброволец (физическо лице)", "СУ „Христо Ботев“");
        assertThat(draft.story())
                .contains("Доброволец (физическо лице)")
                .contains("Чете на децата")
                .contains("СУ „Христо Ботев“")
                .doesNotContain("Мария Иванова");
    }
}
