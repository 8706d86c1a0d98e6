package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

class SearchCacheTest {

    private static final SearchFilter LIBRARIES = new SearchFilter("библиотека", null, null, null, null, null, null);

    private static SearchCache.Key key(int page) {
        return new SearchCache.Key(LIBRARIES, page * 20L, 20, false, 1000);
    }

    private static SearchResults answer() {
        return new SearchResults(Page.empty(), Map.of(), true);
    }

    @Test
    void answersAgainFromMemoryUntilTheDirectoryChanges() {
        var cache = new SearchCache(1000, 60_000);
        var computed = new AtomicInteger();
        var first = cache.get(key(0), () -> {
            computed.incrementAndGet();
            return answer();
        });
        assertThat(cache.get(key(0), () -> {
                    computed.incrementAndGet();
                    return answer();
                }))
                .isSameAs(first);
        assertThat(computed).hasValue(1);

        SearchCache.changed();
        assertThat(cache.get(key(0), () -> {
                    computed.incrementAndGet();
                    return answer();
                }))
                .isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void computesAQuestionAskedByManyAtOnceOnlyOnce() throws Exception {
        var cache = new SearchCache(1000, 60_000);
        var computed = new AtomicInteger();
        var release = new CountDownLatch(1);
        var asking = new CountDownLatch(8);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> {
                        asking.countDown();
                        return cache.get(key(3), () -> {
                            computed.incrementAndGet();
                            try {
                                release.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return answer();
                        });
                    }))
                    .toList();
            assertThat(asking.await(5, TimeUnit.SECONDS)).isTrue(); // one computes, the others wait for it or hit
            release.countDown();
            List<SearchResults> answers = new java.util.ArrayList<>();
            for (var f : futures) {
                answers.add(f.get(5, TimeUnit.SECONDS));
            }
            assertThat(computed).hasValue(1);
            assertThat(answers).allSatisfy(a -> assertThat(a).isSameAs(answers.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aQuestionAskedAfterAChangeDoesNotWaitForAnAnswerBegunBeforeIt() throws Exception {
        var cache = new SearchCache(1000, 60_000);
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var before = answer();
        var pool = Executors.newSingleThreadExecutor();
        try {
            var first = pool.submit(() -> cache.get(key(7), () -> {
                started.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return before;
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            SearchCache.changed(); // an organisation was saved while the first answer was being computed
            var after = answer();
            assertThat(cache.get(key(7), () -> after)).isSameAs(after);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isSameAs(before);
            assertThat(cache.get(key(7), () -> answer())).isSameAs(after); // the older answer was not kept
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedSearchIsNotKeptAndTheNextAskComputesAgain() {
        var cache = new SearchCache(1000, 60_000);
        assertThatThrownBy(() -> cache.get(key(5), () -> {
                    throw new IllegalStateException("index closed");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("index closed");
        var computed = new AtomicInteger();
        cache.get(key(5), () -> {
            computed.incrementAndGet();
            return answer();
        });
        assertThat(computed).hasValue(1);
    }
}
