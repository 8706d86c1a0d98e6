package bg.libpartners.platform.nodes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link NodeSignals} over PostgreSQL's {@code LISTEN}/{@code NOTIFY}: one thread per node holds one connection of
 * the pool, listens on the channel {@value #CHANNEL}, runs the actions of what other nodes sent, and sends what this
 * node queued (a signal is queued when its transaction commits). A payload is {@code node|topic|detail}; a node
 * ignores its own. Identical signals queued together are sent once (the last of them, so that a signal still
 * follows whatever was queued before it). The thread waits for notifications at most {@value #WAIT_MILLIS} ms at a
 * time (a wait on the socket, no query), so a signal leaves within about that time after its commit. When the
 * connection is lost the thread connects again every second and, once connected, runs every subscribed action
 * once: it may have missed signals meanwhile.
 */
final class PostgresNodeSignals implements NodeSignals, SmartLifecycle {

    static final String CHANNEL = "libpartners_nodes";
    static final int WAIT_MILLIS = 50;
    /** PostgreSQL refuses payloads of 8000 bytes and more. */
    static final int MAX_PAYLOAD = 7900;

    private static final Logger log = LoggerFactory.getLogger(PostgresNodeSignals.class);

    private record Signal(String topic, String detail) {}

    private final DataSource dataSource;
    private final String node;
    private final Map<String, List<Consumer<String>>> actions = new ConcurrentHashMap<>();
    private final ArrayDeque<Signal> queue = new ArrayDeque<>();
    private volatile boolean running;
    private volatile boolean connected;
    private volatile long received;
    private Thread thread;

    PostgresNodeSignals(DataSource dataSource, String node) {
        this.dataSource = dataSource;
        this.node = node;
    }

    @Override
    public void publish(String topic, String detail) {
        var signal = new Signal(topic, detail == null ? "" : detail);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueue(signal);
                }
            });
        } else {
            enqueue(signal);
        }
    }

    @Override
    public void send(String topic, String detail) {
        enqueue(new Signal(topic, detail == null ? "" : detail));
    }

    private void enqueue(Signal signal) {
        var payload = node + "|" + signal.topic() + "|" + signal.detail();
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
            signal = new Signal(signal.topic(), "");
        }
        synchronized (queue) {
            queue.add(signal);
        }
    }

    @Override
    public void subscribe(String topic, Consumer<String> action) {
        actions.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(action);
    }

    @Override
    public boolean several() {
        return true;
    }

    /** Whether the listener holds its connection now. */
    boolean connected() {
        return connected;
    }

    /** How many signals of other nodes this node has received. */
    long received() {
        return received;
    }

    String node() {
        return node;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "node-signals");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        boolean first = true;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                connected = true;
                if (!first) {
                    log.info("Node signals: connected again; forgetting what may have changed meanwhile");
                    actions.values().forEach(list -> list.forEach(action -> runSafely(action, "")));
                }
                first = false;
                var pg = connection.unwrap(PGConnection.class);
                try (var notify = connection.prepareStatement("select pg_notify('" + CHANNEL + "', ?)")) {
                    while (running) {
                        var notifications = pg.getNotifications(WAIT_MILLIS);
                        if (notifications != null) {
                            for (var notification : notifications) {
                                dispatch(notification.getParameter());
                            }
                        }
                        for (var signal : drain()) {
                            notify.setString(1, node + "|" + signal.topic() + "|" + signal.detail());
                            notify.execute();
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connected = false;
                if (running) {
                    log.warn("Node signals: connection lost ({}); trying again in a second", e.toString());
                    sleep(1000);
                }
            } finally {
                connected = false;
            }
        }
    }

    private List<Signal> drain() {
        List<Signal> signals;
        synchronized (queue) {
            if (queue.isEmpty()) {
                return List.of();
            }
            signals = new ArrayList<>(queue);
            queue.clear();
        }
        // identical signals once: the last of them keeps its place after whatever came before it
        var seen = new HashSet<Signal>();
        var kept = new ArrayList<Signal>();
        for (int i = signals.size() - 1; i >= 0; i--) {
            if (seen.add(signals.get(i))) {
                kept.add(signals.get(i));
            }
        }
        Collections.reverse(kept);
        return kept;
    }

    private void dispatch(String payload) {
        var parts = payload.split("\\|", 3);
        if (parts.length < 2 || parts[0].equals(node)) {
            return;
        }
        received++;
        var detail = parts.length == 3 ? parts[2] : "";
        for (var action : actions.getOrDefault(parts[1], List.of())) {
            runSafely(action, detail);
        }
    }

    private static void runSafely(Consumer<String> action, String detail) {
        try {
            action.accept(detail);
        } catch (RuntimeException e) {
            log.warn("Node signals: an action failed", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
