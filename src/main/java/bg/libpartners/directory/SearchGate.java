package bg.libpartners.directory;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets only so many searches of the index run at once (by default one per core), the others waiting their turn in
 * the order they came. A search is pure CPU work: with 20 at once on two cores each of them took ten times its own
 * time, so a heavy question (a lenient reading over millions of names) held up every light one behind it, and the
 * JIT compiler's thread got a small share of the cores for minutes after a start. In turn, each runs at full speed
 * and the queue ahead of it is the only wait. A search started inside another on the same thread does not wait again.
 * Answers kept in memory are read without passing the gate.
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
