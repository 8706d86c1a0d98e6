package bg.libpartners.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recent answers of {@link OrganisationSearch} (a page of hits and its facet counts) by normalised query, so that the
 * same search, list page or facet sidebar asked again costs a map look-up instead of a Lucene query.
 *
 * <p>Freshness: every insert, update or delete of an {@link Organisation} on this node bumps a generation (through
 * {@link Changes}, a JPA entity listener), once when the change is flushed and again after its transaction ends,
 * when the index already holds it; an answer computed under an older generation is never served. Another node's
 * changes reach this node's index only through the shared database anyway (Lucene is per node; with OpenSearch they
 * arrive on refresh), so answers also expire after a while. Bounded to a number of answers,
 * least recently used first out. A question asked again while its answer is being computed waits for that answer
 * instead of computing it a second time.
 */
final class SearchCache {

    /** At most this many answers (about 20 KB each with facets); 0 turns the cache off. */
    private final int maxEntries;
    private final long ttlMillis;

    private static final AtomicLong GENERATION = new AtomicLong();
    private static final Object TX_KEY = new Object();

    /** One normalised question: the filter with its words as analysed, the page, and whether facets were asked. */
    record Key(SearchFilter filter, long offset, int size, boolean facets, int exactCountUpTo) {}

    private record Entry(long generation, long at, SearchResults value) {}

    private final Map<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > maxEntries;
        }
    };

    /** A question being answered, and the generation of the directory it is answered for. */
    private record Flight(Key key, long generation) {}

    private final Map<Flight, CompletableFuture<SearchResults>> inFlight = new ConcurrentHashMap<>();

    SearchCache(int maxEntries, long ttlMillis) {
        this.maxEntries = maxEntries;
        this.ttlMillis = ttlMillis;
    }

    SearchResults get(Key key, Supplier<SearchResults> compute) {
        long generation = GENERATION.get();
        long now = System.currentTimeMillis();
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (maxEntries <= 0 || ttlMillis <= 0) {
            return compute.get();
        }
        if (entry != null && entry.generation() == generation && now - entry.at() < ttlMillis) {
            return entry.value();
        }
        // The same question asked by several clients at once, since the directory last changed, is computed once;
        // the others wait for its answer (one asked after a change never joins a computation begun before it).
        var flight = new Flight(key, generation);
        var mine = new CompletableFuture<SearchResults>();
        var running = inFlight.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
        try {
            var value = compute.get();
            if (GENERATION.get() == generation) {
                synchronized (entries) {
                    entries.put(key, new Entry(generation, now, value));
                }
            }
            mine.complete(value);
            return value;
        } catch (Throwable e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(flight, mine);
        }
    }

    /** Something in the directory changed: forget every answer. */
    static void changed() {
        GENERATION.incrementAndGet();
    }

    /** JPA entity listener on {@link Organisation}: bumps the generation on flush and after the transaction. */
    public static class Changes {

        public Changes() {
        }

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
