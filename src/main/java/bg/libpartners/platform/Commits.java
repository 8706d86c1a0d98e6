package bg.libpartners.platform;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many transactions that were not read-only this node has committed: the generation of answers kept in memory
 * that any write may change (a call's ranking, a library's portfolio). Kept with
 * {@link bg.libpartners.platform.cache.AnswerCache}, which also forgets what it keeps when another node writes.
 */
public final class Commits {

    private static final AtomicLong GENERATION = new AtomicLong();

    private Commits() {}

    public static long generation() {
        return GENERATION.get();
    }

    /** Called once a transaction that was not read-only has committed on this node. */
    public static void committed() {
        GENERATION.incrementAndGet();
    }
}
