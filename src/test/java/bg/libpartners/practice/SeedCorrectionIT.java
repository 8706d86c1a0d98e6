package bg.libpartners.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database seeded before issue 18 gets the corrected texts of the programme's examples on start, unless a person
 * has edited them since; the illustrative ones say so on their page and in the API; the demo partnerships name the
 * seed's partners and aims.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SeedCorrectionIT {

    static final String BANYA = "banya-digital-inclusion";

    @Autowired
    MockMvc mvc;

    @Autowired
    Practices practices;

    @Autowired
    PracticeSeeder seeder;

    @Autowired
    StoryRenderer renderer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOldSeedTextIsCorrectedOnStartAndTheIllustrationIsShown() throws Exception {
        rewriteBanya(OldSeedTexts.BANYA, false);

        seeder.run(null);

        var banya = transactions.execute(
                s -> PracticeView.of(practices.findBySlug(BANYA).orElseThrow()));
        assertThat(banya.partners())
                .extracting(PracticeDraft.Partner::name)
                .contains("Община Карлово")
                .doesNotContain("Община Баня");
        assertThat(banya.startYear()).isNull();
        assertThat(banya.figures()).isEmpty();
        assertThat(banya.story()).doesNotContain("транспорт");
        assertThat(banya.illustrative()).isTrue();
        mvc.perform(get("/practices/" + banya.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Илюстративен пример")))
                .andExpect(content().string(not(containsString("Община Баня"))));
        mvc.perform(get("/api/v1/practices/" + banya.id()))
                .andExpect(jsonPath("$.illustrative").value(true));
        var lithuania =
                practices.findBySlug("lithuania-partnership-map").orElseThrow().getId();
        mvc.perform(get("/practices/" + lithuania))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Илюстративен пример"))));
    }

    @Test
    void aSeededPracticeSomeoneEditedIsLeftAlone() throws Exception {
        var edited = new PracticeDraft(
                "Компютрите в библиотеката в Баня",
                OldSeedTexts.BANYA.summary(),
                OldSeedTexts.BANYA.story(),
                "BG",
                OldSeedTexts.BANYA.place(),
                OldSeedTexts.BANYA.partners(),
                OldSeedTexts.BANYA.fields(),
                OldSeedTexts.BANYA.targetGroups(),
                null,
                null,
                null,
                null,
                null,
                null);
        try {
            rewriteBanya(edited, false);

            seeder.run(null);

            assertThat(practices.findBySlug(BANYA).orElseThrow().getTitle())
                    .isEqualTo("Компютрите в библиотеката в Баня");
        } finally {
            var seed = SeedPractices.ALL.stream()
                    .filter(s -> s.slug().equals(BANYA))
                    .findFirst()
                    .orElseThrow();
            rewriteBanya(seed.draft(), seed.illustrative());
        }
    }

    @Test
    void demoPartnershipsNameTheSeedsPartnersAndAims() {
        var goals = jdbc.sql("select goals from partnership where title = ?")
                .param("Превенция на наркотиците в община Първомай")
                .query(String.class)
                .list();
        assertThat(goals)
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g).isEqualTo("Превенция на наркотици на територията на община Първомай."));
        var banyaParties = jdbc.sql("select pp.organisation_name from partnership_party pp join partnership p"
                        + " on p.id = pp.partnership_id where p.title = ?")
                .param("Хората с ментални увреждания като активни потребители на компютрите")
                .query(String.class)
                .list();
        assertThat(banyaParties)
                .contains("Община Карлово", "Дом за хора с умствена изостаналост")
                .doesNotContain("Община Баня", "Клуб на пенсионера – Баня");
    }

    private void rewriteBanya(PracticeDraft draft, boolean illustrative) {
        transactions.executeWithoutResult(s -> practices
                .findBySlug(BANYA)
                .orElseThrow()
                .writeSeed(draft, renderer.toSafeHtml(draft.story()), illustrative, Instant.now()));
    }
}
