package bg.libpartners.platform;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code capacity} uses per key within {@code window}, refilled evenly: a Bucket4j token bucket per key.
 *
 * <ul>
 *   <li>One node: the buckets in memory. Keys whose bucket is full again are forgotten when the map grows large; a
 *       flood of keys that keeps it large empties it (the database lock of an account still holds), so memory and
 *       the cost of a use stay bounded.</li>
 *   <li>Several nodes: the same buckets in the database ({@code throttle_bucket}, Bucket4j's PostgreSQL store, one
 *       row locked with {@code select … for update} per use), so an attacker who spreads attempts over the nodes
 *       meets one limit. A row's id is a SHA-256 of the throttle's name and the key, so the table holds no e-mail
 *       or address; a row whose bucket is full again expires and is removed ({@link ThrottleService#removeExpired}).</li>
 * </ul>
 */
final class Throttle {

    private static final int MAX_KEYS = 100_000;

    private final String name;
    private final long capacity;
    private final Duration window;
    private final BucketConfiguration configuration;
    /** Several nodes: the buckets in the database; null on one node. */
    private final ProxyManager<String> shared;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Buckets in memory (one node). */
    Throttle(long capacity, Duration window) {
        this("local", capacity, window, null);
    }

    /** Buckets in {@code shared} when it is given, under the throttle's {@code name}. */
    Throttle(String name, long capacity, Duration window, ProxyManager<String> shared) {
        this.name = name;
        this.capacity = capacity;
        this.window = window;
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .build();
        this.shared = shared;
    }

    /** Takes one use for {@code key}; false when none is left. */
    boolean tryTake(String key) {
        if (shared != null) {
            return sharedBucket(key).tryConsume(1);
        }
        if (buckets.size() >= MAX_KEYS) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= capacity);
            if (buckets.size() >= MAX_KEYS * 9 / 10) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(
                        key,
                        k -> Bucket.builder()
                                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                                .build())
                .tryConsume(1);
    }

    /** Gives back a use taken by {@link #tryTake} (the attempt succeeded, so it should not count). */
    void giveBack(String key) {
        if (shared != null) {
            sharedBucket(key).addTokens(1); // never above the capacity
            return;
        }
        var bucket = buckets.get(key);
        if (bucket != null && bucket.getAvailableTokens() < capacity) {
            bucket.addTokens(1);
        }
    }

    /** How long until {@code key} may be used again (zero when it may now). */
    Duration waitFor(String key) {
        var bucket = shared != null ? sharedBucket(key) : buckets.get(key);
        return bucket == null
                ? Duration.ZERO
                : Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket sharedBucket(String key) {
        return shared.builder().build(id(name, key), () -> configuration);
    }

    /** The row id of a key: SHA-256 of the throttle's name and the key, in hex. */
    static String id(String name, String key) {
        try {
            var digest =
                    MessageDigest.getInstance("SHA-256").digest((name + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
