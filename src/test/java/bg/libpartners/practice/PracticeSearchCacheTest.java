package bg.libpartners.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;

/** The search answer cache: bounded, expiring, and never keeping an answer computed while practices changed. */
class PracticeSearchCacheTest {

    static PracticeSearch.Result answer() {
        return new PracticeSearch.Result(new PageImpl<>(List.of()), Map.of());
    }

    @Test
    void keepsAnswersUntilPracticesChange() {
        var cache = new PracticeSearch.AnswerCache(10, 60_000_000_000L);
        var a = answer();
        cache.put("q", a, cache.generation());
        assertThat(cache.get("q")).isSameAs(a);
        cache.clear();
        assertThat(cache.get("q")).isNull();
    }

    @Test
    void dropsAnAnswerComputedWhilePracticesChanged() {
        var cache = new PracticeSearch.AnswerCache(10, 60_000_000_000L);
        long before = cache.generation();
        cache.clear(); // a practice was published while the query ran
        cache.put("q", answer(), before);
        assertThat(cache.get("q")).isNull();
    }

    @Test
    void forgetsTheLeastRecentlyUsedAndTheExpired() throws InterruptedException {
        var cache = new PracticeSearch.AnswerCache(2, 60_000_000_000L);
        cache.put("a", answer(), cache.generation());
        cache.put("b", answer(), cache.generation());
        cache.get("a");
        cache.put("c", answer(), cache.generation());
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isNotNull();
        var shortLived = new PracticeSearch.AnswerCache(10, 1_000_000L);
        shortLived.put("a", answer(), shortLived.generation());
        Thread.sleep(5);
        assertThat(shortLived.get("a")).isNull();
        var off = new PracticeSearch.AnswerCache(0, 60_000_000_000L);
        off.put("a", answer(), off.generation());
        assertThat(off.get("a")).isNull();
    }
}
