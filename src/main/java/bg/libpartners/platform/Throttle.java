package bg.libpartners.platform;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code capacity} uses per key within {@code window}, refilled evenly (a Bucket4j token bucket per key, in
 * memory on this node). Keys whose bucket is full again are forgotten when the map grows large; a flood of keys that
 * keeps it large empties it (the database lock of an account still holds), so memory and the cost of a use stay bounded.
 */
final class Throttle {

    private static final int MAX_KEYS = 100_000;

    private final long capacity;
    private final Duration window;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    Throttle(long capacity, Duration window) {
        this.capacity = capacity;
        this.window = window;
    }

    /** Takes one use for {@code key}; false when none is left. */
    boolean tryTake(String key) {
        if (buckets.size() >= MAX_KEYS) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
            if (buckets.size() >= MAX_KEYS * 9 / 10) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
    }

    /** Gives back a use taken by {@link #tryTake} (the attempt succeeded, so it should not count). */
    void giveBack(String key) {
        var bucket = buckets.get(key);
        if (bucket != null && bucket.getAvailableTokens() < capacity) {
            bucket.addTokens(1);
        }
    }

    /** How long until {@code key} may be used again (zero when it may now). */
    Duration waitFor(String key) {
        var bucket = buckets.get(key);
        return bucket == null ? Duration.ZERO
                : Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }
}
