package bg.libpartners.insight;

import bg.libpartners.geography.Geography;
import bg.libpartners.platform.RequestActivity;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes, in the background, what the first visitors would otherwise wait for: the programme's figures of every
 * section (all years, no filter), each section's values of every oblast (the medians of the oblast dashboards), and
 * every oblast's own figures. It runs once the application is ready, again after an admin's "recompute now" (which
 * forgets every figure), and once per {@code libpartners.insight.max-age} for the entries dropped meanwhile because
 * nobody asked for them (those still cached are not recomputed: the cache keeps them fresh itself). One pass at a
 * time, on its own thread, one section after the other: at world scale a few minutes of queries after the start,
 * during which a visitor asking for a scope not computed yet computes it (or waits for the pass computing it). A
 * filter (a year, a partner type, a municipality) is still computed at its first visit. Off with {@code
 * libpartners.insight.warm-up=false} (the tests).
 *
 * <p>It yields to the people using the node: before each step it waits until no request has run for {@link #QUIET}
 * ({@link RequestActivity}), for at most {@link #MOST_YIELD} in one pass, after which it goes on regardless (under
 * constant load a visitor's first dashboard is then computed at its visit, as without a warm-up). On two cores it
 * otherwise took the second core from the first requests after a start, such as a register import.
 */
@Component
class FigureWarmUp {

    private static final Logger log = LoggerFactory.getLogger(FigureWarmUp.class);

    /** How long no request must have run before a step starts. */
    static final Duration QUIET = Duration.ofMillis(500);

    /** How long one pass waits for quiet moments at most, in all. */
    static final Duration MOST_YIELD = Duration.ofMinutes(2);

    private final FigureCache cache;
    private final Geography geography;
    private final RequestActivity activity;
    private final boolean enabled;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    FigureWarmUp(FigureCache cache, Geography geography, RequestActivity activity, InsightProperties properties) {
        this.cache = cache;
        this.geography = geography;
        this.activity = activity;
        this.enabled = properties.warmUp();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        start();
    }

    /** Once per max-age: the entries dropped for want of visitors, computed again (the others are cached). */
    @Scheduled(
            fixedDelayString = "${libpartners.insight.max-age:2h}",
            initialDelayString = "${libpartners.insight.max-age:2h}")
    void periodically() {
        start();
    }

    /** Starts a pass in the background; if one is running, another follows it (at most one waits). */
    void start() {
        if (!enabled) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        var thread = new Thread(this::passes, "insight-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void passes() {
        try {
            do {
                again.set(false);
                pass();
            } while (again.get());
        } finally {
            running.set(false);
        }
    }

    /** One pass; each answer is cached as if a visitor had asked (a section that fails is logged by the cache). */
    void pass() {
        long started = System.nanoTime();
        long yieldUntil = started + MOST_YIELD.toNanos();
        var national = InsightScope.national();
        try {
            for (var section : cache.sections()) {
                activity.awaitQuiet(QUIET, yieldUntil);
                cache.figures(section, national);
            }
            log.info("Insight warm-up: the programme's figures in {} ms", (System.nanoTime() - started) / 1_000_000);
            for (var section : cache.sections()) {
                activity.awaitQuiet(QUIET, yieldUntil);
                cache.oblastValues(section, national);
            }
            var oblasts = geography.oblasts();
            for (var oblast : oblasts) {
                var scope = new InsightScope(oblast.code(), null, null);
                for (var section : cache.sections()) {
                    activity.awaitQuiet(QUIET, yieldUntil);
                    cache.figures(section, scope);
                }
            }
            log.info(
                    "Insight warm-up: the programme's and {} oblasts' figures in {} ms",
                    oblasts.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Insight warm-up stopped: {}", e.toString());
        }
    }
}
