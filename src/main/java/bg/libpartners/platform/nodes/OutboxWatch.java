package bg.libpartners.platform.nodes;

import bg.libpartners.platform.Commits;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With outbox-polling coordination a change reaches the index later, in a background processor on any node, so an
 * answer kept right after the commit may miss it. Every {@value #EVERY_MILLIS} ms each node counts the outbox; while
 * it holds events, and once more when it is empty again, the node forgets its kept public pages and search answers.
 * One count per node and period, on the node itself (not a cluster job, so no ShedLock).
 */
final class OutboxWatch implements SmartLifecycle {

    static final long EVERY_MILLIS = 250;

    private static final Logger log = LoggerFactory.getLogger(OutboxWatch.class);

    private final JdbcClient jdbc;
    private ScheduledExecutorService executor;
    private volatile boolean pending = true;

    OutboxWatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private void check() {
        try {
            long events = jdbc.sql("select count(*) from hsearch_outbox_event")
                    .query(Long.class)
                    .single();
            if (events > 0 || pending) {
                Commits.committedElsewhere();
            }
            pending = events > 0;
        } catch (RuntimeException e) {
            log.debug("Outbox watch: cannot count the outbox ({})", e.toString());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "outbox-watch");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
