package bg.libpartners.platform.nodes;

import java.util.function.Consumer;

/**
 * Tells the other nodes that something changed, so that they forget what they keep in memory at once instead of
 * when it expires. On one node (the default) nothing leaves the JVM; with {@code libpartners.nodes.several=true} a
 * signal is a PostgreSQL {@code NOTIFY} sent once the current transaction has committed (at once outside one), and
 * every other node runs the actions subscribed to its topic, in the order the signals were sent, on one listener
 * thread: an action must be short (forget a cache, mark something stale).
 *
 * <p>Signals are a hint, not a log: a node that was not listening (stopped, or its connection lost) gets none of
 * the signals of that time, so on (re)connecting it runs every subscribed action once, as if everything changed.
 */
public interface NodeSignals {

    /** Topic of every write: sent after each transaction that was not read-only commits. */
    String COMMITTED = "committed";

    /** Sends {@code topic} to the other nodes once the current transaction commits (never if it rolls back). */
    default void publish(String topic) {
        publish(topic, "");
    }

    /** Sends {@code topic} with a short {@code detail} (up to a few kilobytes) to the other nodes after commit. */
    void publish(String topic, String detail);

    /**
     * Sends {@code topic} now: for callers that already run after their transaction committed (a transaction
     * listener's {@code afterCommit}), where a new transaction synchronization would never run.
     */
    void send(String topic, String detail);

    /** Runs {@code action} with the detail whenever another node sent {@code topic}. */
    void subscribe(String topic, Consumer<String> action);

    /** Runs {@code action} whenever another node sent {@code topic}. */
    default void subscribe(String topic, Runnable action) {
        subscribe(topic, detail -> action.run());
    }

    /** Whether this node runs with others ({@code libpartners.nodes.several}). */
    boolean several();

    /** The signals of one node: nothing leaves, nothing arrives (tests of a class alone). */
    static NodeSignals local() {
        return new LocalNodeSignals();
    }
}
