package bg.libpartners.directory;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets only so many questions (searches with words) run over the index at once, by default one per core; the others
 * wait their turn in the order they came. A question is pure CPU work, and its cost varies a hundredfold (a lenient
 * reading over millions of names against one exact word). With 20 at once on two cores, each took ten times its own
 * time, and a heavy one held up every light one beside it. In turn, each runs at full speed, and the queue ahead is
 * its only wait: at world scale, 20 clients' p95 fell from about 400 to 150 ms and the longest wait from 4 to 0.6 s
 * (BENCHMARKS.md, session 18). A list by filters alone does not pass the gate. It is cheap and even, and the hand-over
 * of a turn cost it more than the sharing did. Nor do answers kept in memory. A search started inside another on the
 * same thread does not wait again.
 */
final class SearchGate {

    private final Semaphore permits;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    /** {@code concurrency} searches at once; 0 means one per core. */
    SearchGate(int concurrency) {
        this.permits = new Semaphore(
                concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
    }

    <T> T run(Supplier<T> search) {
        if (inside.get()) {
            return search.get();
        }
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to search", e);
        }
        inside.set(true);
        try {
            return search.get();
        } finally {
            inside.set(false);
            permits.release();
        }
    }

    /** How many searches could start now without waiting. */
    int available() {
        return permits.availablePermits();
    }
}
