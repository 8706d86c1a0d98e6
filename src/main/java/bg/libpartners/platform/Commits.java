package bg.libpartners.platform;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many writes this node knows of: the transactions that were not read-only it has committed itself
 * ({@link #generation()}: the generation of answers kept in memory that any write may change, as a call's ranking or
 * a library's portfolio), and the commits other nodes signalled ({@link #elsewhere()}, several nodes only). Counted by
 * {@link CommitListener}; read by {@link bg.libpartners.platform.cache.AnswerCache} and the public page cache, which
 * never serve what was kept before a change they were told of.
 */
public final class Commits {

    private static final AtomicLong GENERATION = new AtomicLong();
    private static final AtomicLong ELSEWHERE = new AtomicLong();

    private Commits() {}

    /** This node's commits so far. */
    public static long generation() {
        return GENERATION.get();
    }

    /** Other nodes' commits this node has been told of (and, with a search index per node, holds in its index). */
    public static long elsewhere() {
        return ELSEWHERE.get();
    }

    /** Every commit this node knows of, here or elsewhere: it moves whenever either count moves. */
    public static long any() {
        return GENERATION.get() + ELSEWHERE.get();
    }

    /** Called once a transaction that was not read-only has committed on this node. */
    public static void committed() {
        GENERATION.incrementAndGet();
    }

    /**
     * Another node committed a change (its index already holds it, and this node's index too once this is called):
     * nothing kept before is served again.
     */
    public static void committedElsewhere() {
        ELSEWHERE.incrementAndGet();
    }
}
