package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bg.libpartners.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A page read out of its question's window of first hits ({@link OrganisationSearch#WINDOW}) is the page the search
 * finds for it alone: the same hits in the same order and the same total, whichever page is asked first, past the
 * window too, and again after a write.
 */
@IntegrationTest
class SearchWindowIT {

    static final int EXACT_UP_TO = 1_000;

    @Autowired
    OrganisationSearch search;

    @Autowired
    Organisations organisations;

    @Test
    void everyPageFromTheWindowIsThePageSearchedAlone() {
        var questions = List.of(
                new SearchFilter("читалище", null, null, "PDV", null, null, null),
                new SearchFilter("Христо Ботев", null, null, null, null, null, null),
                new SearchFilter("Просвета", OrganisationKind.LIBRARY, null, null, null, null, null),
                new SearchFilter(null, null, null, "SOF", null, null, null),
                new SearchFilter("Kiril i Metodiy", null, null, null, null, null, null),
                new SearchFilter("музей", null, null, "VID", null, null, null));
        var random = new Random(7);
        long windowHits = search.windowHits();
        for (var question : questions) {
            var pages = new ArrayList<>(IntStream.range(0, 22).boxed().toList());
            Collections.shuffle(pages, random);
            for (int page : pages) {
                assertSamePage(question, page);
            }
        }
        assertThat(search.windowHits() - windowHits)
                .as("pages read out of a window kept")
                .isGreaterThanOrEqualTo(questions.size() * 18L);
    }

    @Test
    void aWriteIsInTheNextWindow() {
        var question = new SearchFilter("читалище", null, null, "PDV", null, null, null);
        long before = search.search(question, PageRequest.of(0, 20), false, EXACT_UP_TO)
                .page()
                .getTotalElements();
        var o = new Organisation(OrganisationKind.PARTNER, "Приятели на читалище Ааа");
        o.settle("56784", "Пловдив", "PDV22", "PDV", 42.15, 24.75);
        var saved = organisations.save(o);
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> search.search(question, PageRequest.of(0, 20), false, EXACT_UP_TO)
                                    .page()
                                    .getTotalElements()
                            == before + 1);
            for (int page = 0; page < 22; page++) {
                assertSamePage(question, page);
            }
        } finally {
            organisations.delete(saved);
        }
    }

    private void assertSamePage(SearchFilter question, int page) {
        var pageable = PageRequest.of(page, 20);
        var windowed = search.search(question, pageable, false, EXACT_UP_TO);
        var alone = search.uncached(OrganisationSearch.normalise(question), pageable, false, EXACT_UP_TO);
        assertThat(ids(windowed)).as("%s, page %d", question, page).isEqualTo(ids(alone));
        assertThat(windowed.page().getTotalElements())
                .as("%s, page %d: total", question, page)
                .isEqualTo(alone.page().getTotalElements());
        assertThat(windowed.totalExact()).isEqualTo(alone.totalExact());
        assertThat(windowed.page().getContent())
                .as("%s, page %d: the summaries", question, page)
                .isEqualTo(alone.page().getContent());
    }

    private static List<Long> ids(SearchResults results) {
        return results.page().getContent().stream().map(OrganisationSummary::id).toList();
    }
}
