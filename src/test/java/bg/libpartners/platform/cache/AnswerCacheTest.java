package bg.libpartners.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The search answer cache: bounded, expiring, and never keeping an answer computed while its data changed. */
class AnswerCacheTest {

    private final AtomicLong changes = new AtomicLong();

    private AnswerCache<String, Object> cache(int maxEntries, Duration ttl) {
        return new AnswerCache<>(maxEntries, ttl, changes::get);
    }

    @Test
    void keepsAnswersUntilTheDataChanges() {
        var cache = cache(10, Duration.ofMinutes(1));
        var a = new Object();
        assertThat(cache.get("q", () -> a)).isSameAs(a);
        assertThat(cache.get("q", Object::new)).isSameAs(a);
        changes.incrementAndGet();
        assertThat(cache.get("q", Object::new)).isNotSameAs(a);
    }

    @Test
    void dropsAnAnswerComputedWhileTheDataChanged() {
        var cache = cache(10, Duration.ofMinutes(1));
        var computedDuringAChange = cache.get("q", () -> {
            changes.incrementAndGet(); // a practice was published while the query ran
            return new Object();
        });
        assertThat(cache.get("q", Object::new)).isNotSameAs(computedDuringAChange);
    }

    @Test
    void staysWithinItsSizeAndForgetsTheExpired() {
        var clock = new AtomicLong();
        var bounded =
                new AnswerCache<String, Object>(2, Duration.ofMinutes(1), changes::get, clock::get, Runnable::run);
        for (var question : new String[] {"a", "b", "c", "d", "e"}) {
            bounded.get(question, Object::new);
        }
        assertThat(bounded.size()).isLessThanOrEqualTo(2);

        var first = bounded.get("e", Object::new);
        assertThat(bounded.get("e", Object::new)).isSameAs(first);
        clock.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
        assertThat(bounded.get("e", Object::new)).isNotSameAs(first);
    }

    @Test
    void aFailedAnswerIsNotKept() {
        var cache = cache(10, Duration.ofMinutes(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get("q", () -> {
                    throw new IllegalStateException("index closed");
                }))
                .hasMessage("index closed");
        var a = new Object();
        assertThat(cache.get("q", () -> a)).isSameAs(a);
        assertThat(cache.get("q", Object::new)).isSameAs(a);
        assertThat(cache.stats().hitCount()).isEqualTo(1);
    }

    @Test
    void offWhenSizeOrTimeIsZero() {
        var off = cache(0, Duration.ofMinutes(1));
        var once = off.get("a", Object::new);
        assertThat(off.get("a", Object::new)).isNotSameAs(once);
        var noTime = cache(10, Duration.ZERO);
        var again = noTime.get("a", Object::new);
        assertThat(noTime.get("a", Object::new)).isNotSameAs(again);
    }
}
