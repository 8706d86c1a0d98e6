package bg.libpartners.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.material.TestFiles;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class PracticeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PracticeSearch search;

    @Autowired
    Practices practices;

    @Autowired
    PracticeSeeder seeder;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    CurrentUser demo(Role role) {
        return (CurrentUser)
                userDetails.loadUserByUsername(DemoAccounts.of(role).email());
    }

    long create(String title, String story) throws Exception {
        var location = mvc.perform(form(post("/practices/new"), title, story).with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String story) {
        return request.with(csrf())
                .param("title", title)
                .param("summary", "Кратко описание на " + title)
                .param("story", story)
                .param("country", "BG")
                .param("place", "Враца")
                .param("partners[0].name", "СУ „Христо Ботев“")
                .param("partners[0].value", "EDUCATION")
                .param("fields", "READING")
                .param("targetGroups", "CHILDREN")
                .param("startYear", "2024")
                .param("figures[0].name", "деца")
                .param("figures[0].value", "120");
    }

    @Test
    void seedsTheEightExamplesOfTheProgramme() {
        assertThat(practices.findAll())
                .extracting(GoodPractice::getSlug)
                .contains(
                        "parvomay-prevention",
                        "banya-digital-inclusion",
                        "trud-eco-heritage",
                        "lithuania-partnership-map",
                        "norway-culture-identity-democracy",
                        "romania-bihor-clean-up",
                        "latvia-digital-tv",
                        "ukraine-bar-project-centre");
        var countries = search.search(PracticeSearch.Criteria.words(null), PageRequest.of(0, 20))
                .facets()
                .get("country");
        assertThat(countries).extracting(PracticeSearch.FacetValue::value).contains("BG", "LT", "NO", "RO", "LV", "UA");
    }

    @Test
    void aChangeThatReachedTheDatabaseButNotTheIndexIsFoundByContentVersion() throws Exception {
        var practice = practices.findBySlug("trud-eco-heritage").orElseThrow();
        // as after a crash between the commit and the index write: the row changed, the index did not, same count
        jdbc.sql("update good_practice set title = title || ' Пропусната', updated_at = ? where id = ?")
                .params(instants.bind(java.time.Instant.now().plusSeconds(1)), practice.getId())
                .update();

        seeder.reindexIfLost();

        assertThat(search.search(PracticeSearch.Criteria.words("Пропусната"), PageRequest.of(0, 5))
                        .page()
                        .getContent())
                .extracting(PracticeCard::id)
                .containsExactly(practice.getId());
    }

    @Test
    void practiceGoesFromDraftThroughReviewToPublishedAndBack() throws Exception {
        long id = create("Лятно четене в библиотеката", "Децата четат <script>alert(1)</script>**всеки ден**.");
        mvc.perform(get("/practices/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practices/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/practices/" + id).with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>всеки ден</strong>")))
                .andExpect(content().string(not(containsString("alert(1)"))));

        mvc.perform(post("/practices/" + id + "/submit").with(csrf()).with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/practices/" + id + "/publish").with(csrf()).with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/practices/" + id + "/return")
                        .param("comment", "Добавете снимки.")
                        .with(csrf())
                        .with(user(demo(Role.COORDINATOR))))
                .andExpect(status().is3xxRedirection());
        assertThat(practices.findById(id).orElseThrow().getStatus()).isEqualTo(PracticeStatus.RETURNED);
        mvc.perform(get("/practices/" + id).with(user(demo(Role.LIBRARIAN))))
                .andExpect(content().string(containsString("Добавете снимки.")));

        mvc.perform(form(post("/practices/" + id + "/edit"), "Лятно четене в библиотеката", "Нова история.")
                        .param(
                                "version",
                                String.valueOf(
                                        practices.findById(id).orElseThrow().getVersion()))
                        .with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/practices/" + id + "/submit").with(csrf()).with(user(demo(Role.LIBRARIAN))));
        mvc.perform(post("/practices/" + id + "/publish").with(csrf()).with(user(demo(Role.COORDINATOR))))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/practices/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Лятно четене в библиотеката")))
                .andExpect(content().string(containsString("og:title")));
        mvc.perform(get("/api/v1/practices/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.partners[0].type").value("EDUCATION"));
    }

    @Test
    void aStaleEditFormGetsTheConflictPageAndTheNewerSaveStands() throws Exception {
        long id = create("Четене с баба", "Първа история.");
        var librarian = demo(Role.LIBRARIAN);
        var page = mvc.perform(get("/practices/" + id + "/edit").with(user(librarian)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var matcher = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(matcher.find())
                .as("the form carries the version it was opened at")
                .isTrue();
        var opened = matcher.group(1);

        // two tabs opened at the same version: the first save moves the version on
        mvc.perform(form(post("/practices/" + id + "/edit"), "Четене с баба", "Втора история.")
                        .param("version", opened)
                        .with(user(librarian)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/practices/" + id + "/edit"), "Четене с баба", "Остаряла история.")
                        .param("version", opened)
                        .with(user(librarian)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Конфликт при запис")))
                .andExpect(content().string(containsString("Записът е променен от друг потребител")));
        assertThat(practices.findById(id).orElseThrow().getStory())
                .contains("Втора история")
                .doesNotContain("Остаряла");
    }

    @Test
    void theAuthorIsNamedOnPublicPagesOnlyAfterAgreeing() throws Exception {
        var author = demo(Role.LIBRARIAN);
        long id = create("Читателски клуб за възрастни", "Срещи всяка седмица.");
        mvc.perform(post("/practices/" + id + "/submit").with(csrf()).with(user(author)));
        mvc.perform(post("/practices/" + id + "/publish").with(csrf()).with(user(demo(Role.COORDINATOR))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/practices/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(author.displayName()))));
        mvc.perform(get("/practices/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(author.displayName()))));
        mvc.perform(get("/practices/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Читателски клуб за възрастни")))
                .andExpect(content().string(not(containsString(author.displayName()))));

        // only the author decides, on the practice's page
        mvc.perform(post("/practices/" + id + "/author")
                        .param("named", "true")
                        .with(csrf())
                        .with(user(demo(Role.COORDINATOR))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/practices/" + id + "/author")
                        .param("named", "true")
                        .with(csrf())
                        .with(user(author)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/practices/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authorName").value(author.displayName()));
        mvc.perform(get("/practices/" + id)).andExpect(content().string(containsString(author.displayName())));
        mvc.perform(get("/practices/feed.atom"))
                .andExpect(content().string(containsString("<name>" + author.displayName() + "</name>")));
    }

    @Test
    void anonymousVisitorsCannotWritePractices() throws Exception {
        mvc.perform(form(post("/practices/new"), "Опит", "История").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/practices/new"), "Опит", "История").with(user(demo(Role.PARTNER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void searchFindsWordFormsAndNarrowsByFacets() throws Exception {
        var found = search.search(PracticeSearch.Criteria.words("библиотеки"), PageRequest.of(0, 50))
                .page();
        assertThat(found.getContent())
                .extracting(PracticeCard::title)
                .contains("Хората с ментални увреждания като активни потребители на компютрите в Баня");
        var latvia = search.search(
                new PracticeSearch.Criteria("телевизия", Set.of("LV"), null, null, null, null), PageRequest.of(0, 10));
        assertThat(latvia.page().getContent())
                .singleElement()
                .extracting(PracticeCard::country)
                .isEqualTo("LV");
        var business = search.search(
                new PracticeSearch.Criteria(null, null, Set.of("BUSINESS"), null, null, null), PageRequest.of(0, 50));
        assertThat(business.page().getContent())
                .extracting(PracticeCard::country)
                .contains("LV", "UA")
                .doesNotContain("BG");
        assertThat(business.facets().get("partners.type")).anySatisfy(v -> {
            assertThat(v.value()).isEqualTo("BUSINESS");
            assertThat(v.count()).isEqualTo(business.page().getTotalElements());
        });
        mvc.perform(get("/practices").param("q", "Vratsa Bihor")).andExpect(status().isOk());
        mvc.perform(get("/practices").param("field", "ENVIRONMENT"))
                .andExpect(content().string(containsString("Бихор")))
                .andExpect(content().string(not(containsString("Латвия</a>"))));
        mvc.perform(get("/api/v1/practices").param("q", "библиотеки").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.size").value(5))
                .andExpect(jsonPath("$.content[0].title").exists());
    }

    @Test
    void similarPracticesShareFieldsOrGroups() throws Exception {
        var trud = practices.findBySlug("trud-eco-heritage").orElseThrow();
        mvc.perform(get("/api/v1/practices/" + trud.getId() + "/similar"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[*].title",
                        org.hamcrest.Matchers.hasItem(
                                "Кампания за почистване на населените места в окръг Бихор, Румъния")));
    }

    @Test
    void brochureHoldsTheChosenPracticesInBulgarian() throws Exception {
        var banya =
                practices.findBySlug("banya-digital-inclusion").orElseThrow().getId();
        var bar =
                practices.findBySlug("ukraine-bar-project-centre").orElseThrow().getId();
        var pdf = mvc.perform(get("/practices/brochure.pdf").param("id", banya.toString(), bar.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Добри практики")
                    .contains("Център за управление на проекти в град Бар")
                    .contains("Баня")
                    .contains("Илюстративен пример");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
        mvc.perform(get("/practices/brochure.pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Изберете поне една публикувана практика")));
    }

    @Test
    void feedAnnouncesPublishedPractices() throws Exception {
        mvc.perform(get("/practices/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(content().string(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\"")))
                .andExpect(content().string(containsString("Превенция на наркотиците в община Първомай")));
    }

    @Test
    void picturesAreCheckedByContent() throws Exception {
        long id = create("Снимки от читалището", "История със снимки.");
        var librarian = user(demo(Role.LIBRARIAN));
        mvc.perform(multipart("/practices/" + id + "/images")
                        .file(new MockMultipartFile("file", "fake.png", "image/png", "не е снимка".getBytes()))
                        .with(csrf())
                        .with(librarian))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/practices/" + id + "/images")
                        .file(new MockMultipartFile("file", "real.png", "image/png", TestFiles.png()))
                        .param("caption", "Децата в читалнята")
                        .with(csrf())
                        .with(librarian))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/practices/" + id + "/images/0").with(librarian))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get("/practices/" + id + "/images/0")).andExpect(status().isNotFound());
        assertThat(List.of(id)).isNotEmpty();
    }
}
