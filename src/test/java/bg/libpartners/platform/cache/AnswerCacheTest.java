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
    void forgetsTheLeastRecentlyUsedAndTheExpired() throws InterruptedException {
        var cache = cache(2, Duration.ofMinutes(1));
        var a = cache.get("a", Object::new);
        var b = cache.get("b", Object::new);
        cache.get("a", Object::new);
        cache.get("c", Object::new);
        assertThat(cache.get("a", Object::new)).isSameAs(a); // used since b: kept
        assertThat(cache.get("b", Object::new)).isNotSameAs(b); // the least recently used: gone

        var shortLived = cache(10, Duration.ofMillis(1));
        var first = shortLived.get("a", Object::new);
        Thread.sleep(5);
        assertThat(shortLived.get("a", Object::new)).isNotSameAs(first);

        var off = cache(0, Duration.ofMinutes(1));
        var once = off.get("a", Object::new);
        assertThat(off.get("a", Object::new)).isNotSameAs(once);
    }
}
