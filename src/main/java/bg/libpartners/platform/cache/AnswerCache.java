package bg.libpartners.platform.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Recent answers of a search by normalised question, so that the same question asked again costs a map look-up.
 *
 * <p>Freshness: the owner gives a generation that it raises whenever what the answers are made of changes (and again
 * once the change is committed and indexed); an answer computed under an older generation is never served, and one
 * computed while the generation moved is not kept. Answers also expire after a time to live, for changes made on
 * another node. Bounded, least recently used first out. A question asked again while its answer is being computed,
 * under the same generation, waits for that answer instead of computing it a second time.
 *
 * @param <K> the normalised question
 * @param <V> its answer
 */
public final class AnswerCache<K, V> {

    private record Entry<V>(long generation, long at, V value) {}

    /** A question being answered, and the generation it is answered for. */
    private record Flight<K>(K key, long generation) {}

    private final int maxEntries;
    private final long ttlNanos;
    private final LongSupplier generation;
    private final Map<K, Entry<V>> entries;
    private final Map<Flight<K>, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

    /** At most {@code maxEntries} answers, each for at most {@code ttl}; either 0 turns the cache off. */
    public AnswerCache(int maxEntries, Duration ttl, LongSupplier generation) {
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
        this.generation = generation;
        this.entries = new LinkedHashMap<>(Math.max(16, Math.min(maxEntries, 1024) * 2), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > AnswerCache.this.maxEntries;
            }
        };
    }

    /** The answer to the question: kept, being computed by another caller, or computed now. */
    public V get(K key, Supplier<V> compute) {
        if (maxEntries <= 0 || ttlNanos <= 0) {
            return compute.get();
        }
        long current = generation.getAsLong();
        long now = System.nanoTime();
        synchronized (entries) {
            var entry = entries.get(key);
            if (entry != null && entry.generation() == current && now - entry.at() < ttlNanos) {
                return entry.value();
            }
        }
        var flight = new Flight<>(key, current);
        var mine = new CompletableFuture<V>();
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
            synchronized (entries) {
                if (generation.getAsLong() == current) {
                    entries.put(key, new Entry<>(current, now, value));
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
}
