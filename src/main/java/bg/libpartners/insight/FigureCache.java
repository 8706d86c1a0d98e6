package bg.libpartners.insight;

import bg.libpartners.platform.nodes.NodeSignals;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The figures of each section per scope, computed once and shared by every visitor: a Caffeine cache that
 * recomputes an entry in the background once it is older than {@code freshness} (the visitor gets the previous
 * figures at once) and, when the section's module says its records changed ({@link FiguresChanged}), at the end
 * of the next {@code changeDelay} period, once for all the changes of the period. An
 * entry not asked for within {@code maxAge} is dropped. Each answer carries the time it was computed, which the
 * pages show. One node's cache: on several nodes each computes its own, at most once per freshness period, and a
 * change on one node marks its section changed on the others too (the platform's {@link NodeSignals}).
 */
@Component
class FigureCache {

    private static final Logger log = LoggerFactory.getLogger(FigureCache.class);

    record Key(String section, InsightScope scope) {}

    /** A section's {@link FigureSource#valuesByOblast}: null values when it has none. */
    record OblastValues(Map<String, Map<String, Number>> values) {}

    /** A section's figures and when they were computed; {@code failed} when its module could not answer. */
    record Computed(List<Figure> figures, Map<String, Number> medians, Instant at, boolean failed) {}

    private final Map<String, FigureSource> sources;
    private final LoadingCache<Key, Computed> figures;
    private final LoadingCache<Key, Computed> medians;
    private final LoadingCache<Key, OblastValues> oblastValues;
    private final Clock clock;
    private final Set<String> changedSections = ConcurrentHashMap.newKeySet();

    /** Computes what {@link #prefetch} asks for: two at a time for every visitor together, daemon threads. */
    private final ExecutorService computing = Executors.newFixedThreadPool(2, r -> {
        var thread = new Thread(r, "insight-compute");
        thread.setDaemon(true);
        return thread;
    });

    private final NodeSignals signals;

    @org.springframework.beans.factory.annotation.Autowired
    FigureCache(List<FigureSource> sources, InsightProperties properties, Clock clock, NodeSignals signals) {
        this(sources, properties, clock, signals, java.util.concurrent.ForkJoinPool.commonPool());
    }

    /** With the executor that recomputes in the background (Caffeine's default above; the caller's thread in tests). */
    FigureCache(
            List<FigureSource> sources,
            InsightProperties properties,
            Clock clock,
            NodeSignals signals,
            java.util.concurrent.Executor background) {
        this.sources = sources.stream()
                .collect(Collectors.toMap(
                        FigureSource::section, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        this.clock = clock;
        this.figures = Caffeine.newBuilder()
                .maximumSize(20_000)
                .refreshAfterWrite(properties.freshness())
                .expireAfterAccess(properties.maxAge())
                .executor(background)
                .build(this::compute);
        this.medians = Caffeine.newBuilder()
                .maximumSize(1_000)
                .refreshAfterWrite(properties.freshness())
                .expireAfterAccess(properties.maxAge())
                .executor(background)
                .build(this::computeMedians);
        this.oblastValues = Caffeine.newBuilder()
                .maximumSize(1_000)
                .refreshAfterWrite(properties.freshness())
                .expireAfterAccess(properties.maxAge())
                .executor(background)
                .build(this::computeOblastValues);
        this.signals = signals;
        signals.subscribe(CHANGED_TOPIC, changedSections::add);
    }

    /** What the other nodes are told when a section's records changed here. */
    static final String CHANGED_TOPIC = "insight.figures";

    /** The sections in the order their beans come. */
    List<String> sections() {
        return List.copyOf(sources.keySet());
    }

    Computed figures(String section, InsightScope scope) {
        return figures.get(key(section, scope));
    }

    /** Whether the section's figures for the scope are cached (computed, not dropped). */
    boolean cached(String section, InsightScope scope) {
        return figures.getIfPresent(key(section, scope)) != null;
    }

    /** The cache's key: the part of the scope the section reads. */
    private Key key(String section, InsightScope scope) {
        return new Key(section, sources.get(section).scopeRead(scope));
    }

    /** The median over all libraries of the section's per-library figures, for the scope's year. */
    Computed libraryMedians(String section, Integer year) {
        return medians.get(new Key(section, new InsightScope(null, null, year)));
    }

    /**
     * Every oblast's figure values of the section in one pass, for the scope's year and partner type; null when the
     * section computes them oblast by oblast (or could not answer: then it is asked oblast by oblast).
     */
    Map<String, Map<String, Number>> oblastValues(String section, InsightScope scope) {
        try {
            return oblastValues
                    .get(key(section, new InsightScope(null, null, scope.year(), null, scope.partnerType())))
                    .values();
        } catch (RuntimeException e) {
            log.warn("Oblast values of section {} failed: {}", section, e.toString());
            return null;
        }
    }

    /**
     * Computes two at a time what a dashboard of the scope needs and is not cached yet, and returns when all is: the
     * sections' figures and, for an oblast's dashboard ({@code oblasts} the codes of all, else empty), each section's
     * values of every oblast for the medians, or each oblast's figures where the section has no such pass. A question
     * nobody asked before then waits about for its slowest section rather than for the sum of all. Nothing is handed
     * to another thread when everything is cached.
     */
    void prefetch(InsightScope scope, List<String> oblasts) {
        var valuesScope = new InsightScope(null, null, scope.year(), null, scope.partnerType());
        var tasks = new ArrayList<Runnable>();
        for (var section : sources.keySet()) { // every oblast's values first: the longest, over the whole country
            if (!oblasts.isEmpty() && oblastValues.getIfPresent(key(section, valuesScope)) == null) {
                tasks.add(() -> oblastValues(section, scope));
            }
        }
        for (var section : sources.keySet()) {
            if (figures.getIfPresent(key(section, scope)) == null) {
                tasks.add(() -> figures(section, scope));
            }
        }
        runAll(tasks);
        tasks.clear();
        for (var section : oblasts.isEmpty() ? List.<String>of() : sources.keySet()) {
            if (oblastValues(section, scope) == null) {
                for (var oblast : oblasts) {
                    var other = new InsightScope(oblast, null, scope.year(), null, scope.partnerType());
                    if (figures.getIfPresent(key(section, other)) == null) {
                        tasks.add(() -> figures(section, other));
                    }
                }
            }
        }
        runAll(tasks);
    }

    private void runAll(List<Runnable> tasks) {
        if (tasks.size() < 2) {
            return; // the caller computes it itself
        }
        CompletableFuture.allOf(tasks.stream()
                        .map(task -> CompletableFuture.runAsync(task, computing))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /** Only marks the section: cheap, so a module may publish it inside its transaction, once per record. */
    @EventListener
    void on(FiguresChanged changed) {
        changedSections.add(changed.section());
        signals.publish(CHANGED_TOPIC, changed.section());
    }

    /**
     * Recomputes, in the background, the cached figures of the sections changed since the last run. Each node runs it
     * for its own cache, so it takes no cluster lock.
     */
    @Scheduled(
            fixedDelayString = "${libpartners.insight.change-delay:30s}",
            initialDelayString = "${libpartners.insight.change-delay:30s}")
    void refreshChanged() {
        for (var section : List.copyOf(changedSections)) {
            changedSections.remove(section);
            figures.asMap().keySet().stream()
                    .filter(k -> k.section().equals(section))
                    .forEach(figures::refresh);
            medians.asMap().keySet().stream()
                    .filter(k -> k.section().equals(section))
                    .forEach(medians::refresh);
            oblastValues.asMap().keySet().stream()
                    .filter(k -> k.section().equals(section))
                    .forEach(oblastValues::refresh);
        }
    }

    /** The sections whose figures changed since the last {@link #refreshChanged()}. */
    Set<String> changed() {
        return Set.copyOf(changedSections);
    }

    /** Forgets every figure: the next visitor of each scope waits for new ones. */
    void clear() {
        figures.invalidateAll();
        medians.invalidateAll();
        oblastValues.invalidateAll();
    }

    private Computed compute(Key key) {
        long started = System.nanoTime();
        try {
            var figures = sources.get(key.section()).figures(key.scope());
            log.debug(
                    "Figures of {} for {} in {} ms",
                    key.section(),
                    key.scope(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Computed(figures, Map.of(), clock.instant(), false);
        } catch (RuntimeException e) {
            log.warn("Figures of section {} failed: {}", key.section(), e.toString());
            return new Computed(List.of(), Map.of(), clock.instant(), true);
        }
    }

    private OblastValues computeOblastValues(Key key) {
        long started = System.nanoTime();
        var values = new OblastValues(sources.get(key.section()).valuesByOblast(key.scope()));
        log.debug(
                "Oblast values of {} for {} in {} ms",
                key.section(),
                key.scope(),
                (System.nanoTime() - started) / 1_000_000);
        return values;
    }

    private Computed computeMedians(Key key) {
        try {
            return new Computed(
                    List.of(), sources.get(key.section()).libraryMedians(key.scope()), clock.instant(), false);
        } catch (RuntimeException e) {
            log.warn("Library medians of section {} failed: {}", key.section(), e.toString());
            return new Computed(List.of(), Map.of(), clock.instant(), true);
        }
    }
}
