package bg.libpartners.directory;

import bg.libpartners.platform.cache.AnswerCache;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recent answers of {@link OrganisationSearch} (a page of hits, or the facet counts of a question) by normalised
 * question, kept in the platform's {@link AnswerCache}: the same search, list page or facet sidebar asked again
 * costs a map look-up instead of a Lucene query.
 *
 * <p>Freshness: every insert, update or delete of an {@link Organisation} on this node bumps the directory's
 * generation (through {@link Changes}, a JPA entity listener), once when the change is flushed and again after its
 * transaction ends, when the index already holds it; an answer computed under an older generation is never served.
 * Another node's changes reach this node's index only through the shared database anyway (Lucene is per node; with
 * OpenSearch they arrive on refresh), so answers also expire after a while.
 */
final class SearchCache {

    private static final AtomicLong GENERATION = new AtomicLong();
    private static final Object TX_KEY = new Object();

    /** One normalised question: the filter with its words as analysed, the page, and whether facets were asked. */
    record Key(SearchFilter filter, long offset, int size, boolean facets, int exactCountUpTo) {}

    /** A question's order of hits, whatever page is asked: the filter with its words as analysed, the count asked. */
    record WindowKey(SearchFilter filter, int exactCountUpTo) {}

    /**
     * The ids of a question's first hits in the order of its pages ({@link OrganisationSearch#WINDOW} at most), and its
     * total (exact, or a lower bound when {@code exact} is false).
     */
    record Window(long[] ids, long total, boolean exact) {}

    /** How many windows are kept for each answer kept: a window is a few KB, an answer with facets about 20 KB. */
    static final int WINDOWS_PER_ANSWER = 5;

    private final AnswerCache<Key, SearchResults> answers;
    private final AnswerCache<WindowKey, Window> windows;
    private final boolean on;

    /**
     * At most {@code maxEntries} answers (about 20 KB each with facets) and five times as many windows (about 3 KB
     * each), each for {@code ttlMillis}; 0 turns both off.
     */
    SearchCache(int maxEntries, long ttlMillis) {
        this.answers = new AnswerCache<>(maxEntries, Duration.ofMillis(ttlMillis), GENERATION::get);
        this.windows =
                new AnswerCache<>(maxEntries * WINDOWS_PER_ANSWER, Duration.ofMillis(ttlMillis), GENERATION::get);
        this.on = maxEntries > 0 && ttlMillis > 0;
    }

    SearchResults get(Key key, Supplier<SearchResults> compute) {
        return answers.get(key, compute);
    }

    Window window(WindowKey key, Supplier<Window> compute) {
        return windows.get(key, compute);
    }

    /** Windows found in memory and computed so far (zero when answers are not kept). */
    com.github.benmanes.caffeine.cache.stats.CacheStats windowStats() {
        return windows.stats();
    }

    /** Whether answers are kept at all. */
    boolean on() {
        return on;
    }

    /** Something in the directory changed: forget every answer. */
    static void changed() {
        GENERATION.incrementAndGet();
    }

    /** JPA entity listener on {@link Organisation}: bumps the generation on flush and after the transaction. */
    public static class Changes {

        public Changes() {}

        @jakarta.persistence.PostPersist
        @jakarta.persistence.PostUpdate
        @jakarta.persistence.PostRemove
        void changed(Object organisation) {
            SearchCache.changed();
            if (TransactionSynchronizationManager.isSynchronizationActive()
                    && !TransactionSynchronizationManager.hasResource(TX_KEY)) {
                TransactionSynchronizationManager.bindResource(TX_KEY, Boolean.TRUE);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(TX_KEY);
                        SearchCache.changed();
                    }
                });
            }
        }
    }
}
