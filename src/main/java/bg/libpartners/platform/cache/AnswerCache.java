package bg.libpartners.platform.cache;

import bg.libpartners.platform.Commits;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Recent answers of a search by normalised question, so that the same question asked again costs a map look-up: a
 * Caffeine cache (bounded in size, each answer for a time to live, hit and miss statistics) with the house's rule of
 * freshness on top.
 *
 * <p>Freshness: the owner gives a generation that it raises whenever what the answers are made of changes (and again
 * once the change is committed and indexed). Answers are kept under their question <em>and</em> the generation they
 * were asked in, so an answer computed under an older generation is never served, a question asked after a change
 * never joins an answer begun before it, and one computed while the generation moved is dropped. A question asked
 * again while its answer is being computed waits for that answer instead of computing it a second time (the cache
 * holds the future of the answer before it is computed, on the asking thread); a failed answer is not kept.
 *
 * @param <K> the normalised question
 * @param <V> its answer
 */
public final class AnswerCache<K, V> {

    /**
     * A question and the generation of the data it was asked against (here, and on the other nodes: when one signals
     * a commit ({@link Commits#elsewhere()}), every answer of every cache is stale).
     */
    private record Asked<K>(K question, long generation, long elsewhere) {}

    private final LongSupplier generation;
    private final AsyncCache<Asked<K>, V> answers;

    /** At most {@code maxEntries} answers, each for at most {@code ttl}; either 0 turns the cache off. */
    public AnswerCache(int maxEntries, Duration ttl, LongSupplier generation) {
        this(maxEntries, ttl, generation, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /** For tests: a clock and an executor for Caffeine's upkeep that the test controls. */
    AnswerCache(int maxEntries, Duration ttl, LongSupplier generation, Ticker ticker, Executor upkeep) {
        this.generation = generation;
        this.answers = maxEntries <= 0 || ttl.isZero() || ttl.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(maxEntries)
                        .expireAfterWrite(ttl)
                        .ticker(ticker)
                        .executor(upkeep)
                        .recordStats()
                        .buildAsync();
    }

    /** The answer to the question: kept, being computed by another caller, or computed now. */
    public V get(K key, Supplier<V> compute) {
        if (answers == null) {
            return compute.get();
        }
        var asked = new Asked<>(key, generation.getAsLong(), Commits.elsewhere());
        var mine = new CompletableFuture<V>();
        var running = answers.getIfPresent(asked); // counted as a hit or a miss
        if (running == null) {
            running = answers.asMap().putIfAbsent(asked, mine);
        }
        if (running != null) {
            return join(running);
        }
        try {
            var value = compute.get();
            mine.complete(value);
            if (generation.getAsLong() != asked.generation() || Commits.elsewhere() != asked.elsewhere()) {
                answers.asMap().remove(asked, mine);
            }
            return value;
        } catch (Throwable e) {
            answers.asMap().remove(asked, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Hits, misses and evictions so far (zero when the cache is off). */
    public com.github.benmanes.caffeine.cache.stats.CacheStats stats() {
        return answers == null
                ? com.github.benmanes.caffeine.cache.stats.CacheStats.empty()
                : answers.synchronous().stats();
    }

    /** How many answers are kept now, after pending upkeep. */
    long size() {
        if (answers == null) {
            return 0;
        }
        answers.synchronous().cleanUp();
        return answers.synchronous().estimatedSize();
    }

    private static <V> V join(CompletableFuture<V> running) {
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
}
