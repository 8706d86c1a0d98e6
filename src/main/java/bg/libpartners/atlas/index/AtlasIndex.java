package bg.libpartners.atlas.index;

import bg.libpartners.atlas.AtlasMap;
import bg.libpartners.atlas.AtlasProperties;
import bg.libpartners.directory.OrganisationPoints;
import bg.libpartners.partnership.PartnershipGraph;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The map's and the regions' in-memory index (issue #6): every public organisation with coordinates and every
 * partnership that is not a draft, in primitive arrays built by a few streamed queries, so that a request sums
 * precounted cells or scans a few arrays instead of asking the database to group millions of rows.
 *
 * <p>Organisations are sorted by base cell of zoom {@value #BASE_ZOOM} (about 4.5 km; a cell of any coarser zoom is
 * exactly 2^(11-z) base cells, the sizes being exact binary fractions). Partnerships keep their status, bitmasks of
 * their fields, target groups and parties' partner types, start and end year, region and parties (an edge array),
 * sorted by lead library so that a library's partnerships are one range. For each filter a request uses, the index
 * computes once which organisations match (one pass over the partnerships and one over the organisations) and their
 * counts per base cell, and keeps the {@value #VIEWS} most used such views and counts per region in a Caffeine cache
 * (for at most the index's max age; the statistics on Micrometer as {@code cache=atlas-views}); a new snapshot drops
 * the previous one's.
 *
 * <p>The parts, one per file: this class keeps the current {@link IndexSnapshot} fresh; {@link SnapshotBuilder} reads
 * the owning modules' published read views into one (the directory's {@link OrganisationPoints}, the partnership
 * module's {@link PartnershipGraph}; with the growing primitive arrays {@link LongList} and its kin);
 * {@link CompiledFilter} turns a filter into bitmasks over it and {@link FilterView} into the matching organisations
 * and cell counts; {@link IndexSource} answers the map from them.
 *
 * <p>Freshness on this node: the partnership module's events and directory merges reach the index through the
 * atlas's {@code AtlasChangeListener} (an {@code @ApplicationModuleListener}, recorded in the event publication
 * registry); each one marks the index stale at once, so the next request after the change is answered by the
 * modules' views ({@code AtlasReadModel}) while it is rebuilt.
 *
 * <p>Freshness across nodes and for changes no event tells of (the directory publishes none for an edit): the index
 * remembers the marks it was built at, {@code lastChange()} of each module's view (the newest time of change and the
 * highest id, index lookups in the owning module's SQL). Polling as well as events, because an event reaches only the
 * node it was published on and a directory edit publishes none. A request compares the marks with the current ones at
 * most every {@code libpartners.atlas.index.check-interval} (0 in tests: every request); on a difference it is
 * answered by the modules' views directly (always correct) and the index is rebuilt in the background, one build at
 * a time. The index is also rebuilt when older than {@code libpartners.atlas.index.max-age} (10 minutes), which covers
 * what both maxima miss (deletions, commits out of order).
 */
@Component
public class AtlasIndex {

    static final int BASE_ZOOM = 11;
    static final double BASE_CELL = AtlasMap.cellSize(BASE_ZOOM);
    static final int VIEWS = 32;
    private static final Logger log = LoggerFactory.getLogger(AtlasIndex.class);
    private final OrganisationPoints points;
    private final PartnershipGraph graph;
    private final TransactionTemplate readOnly;
    private final boolean enabled;
    private final long checkNanos;
    private final long maxAgeNanos;
    private final long staleNanos;
    private final long pauseNanos;
    /** When the last build ended ({@link System#nanoTime}); the next one starts no sooner than the pause after it. */
    private volatile long lastBuilt = Long.MIN_VALUE;

    private final AtomicBoolean building = new AtomicBoolean();
    private final AtomicLong lastCheck = new AtomicLong(Long.MIN_VALUE);
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "atlas-index");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "atlas-index-check");
        t.setDaemon(true);
        return t;
    });
    private volatile IndexSnapshot snapshot;
    private volatile IndexFingerprint observed;
    /** How many changes this node has heard of through events; an index built before the latest one is stale. */
    private final AtomicLong heard = new AtomicLong();

    private final AsyncCache<SnapshotComputation, Object> computed;

    AtlasIndex(
            OrganisationPoints points,
            PartnershipGraph graph,
            PlatformTransactionManager transactions,
            AtlasProperties properties,
            MeterRegistry meters) {
        var settings = properties.index();
        this.computed = Caffeine.newBuilder()
                .maximumSize(2 * VIEWS)
                .expireAfterAccess(settings.maxAge())
                .recordStats()
                .buildAsync();
        CaffeineCacheMetrics.monitor(meters, computed.synchronous(), "atlas-views");
        this.points = points;
        this.graph = graph;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.enabled = settings.enabled();
        this.checkNanos = settings.checkInterval().toNanos();
        this.maxAgeNanos = settings.maxAge().toNanos();
        this.staleNanos = settings.staleFor().toNanos();
        this.pauseNanos = settings.pause().toNanos();
    }

    /**
     * For tests: a future done once every build due by now has run. The builder is one thread taking its tasks in
     * order of when they are due, so a build scheduled to start at once runs before this marker, and one held back by
     * the pause after it.
     */
    java.util.concurrent.Future<?> buildsDueNow() {
        return builder.schedule(() -> {}, 0, TimeUnit.NANOSECONDS);
    }

    /** Stops the background build and check when the context closes (or a test is done with its own index). */
    @jakarta.annotation.PreDestroy
    void stop() {
        builder.shutdownNow();
        checker.shutdownNow();
    }

    /** A partnership or an organisation changed on this node: the index is stale from now on. */
    public void changed() {
        heard.incrementAndGet();
        if (enabled && snapshot != null) {
            rebuildLater();
        }
    }

    /** Builds the index once the application is up, so that the first maps do not wait for the database. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void buildAtStart() {
        if (enabled) {
            rebuildLater();
        }
    }

    /**
     * The index when it is built from the tables as they are now (checked at most every check interval), else null —
     * then the caller asks the database, and a rebuild has been started. While that rebuild runs, the previous index
     * keeps answering for at most {@code libpartners.atlas.index.stale-for} (5 minutes by default; 0 in the tests)
     * after the change was first seen: at world scale a rebuild takes a minute or two, and a map that fell back to
     * SQL on every write would be slow whenever anyone edits anything.
     */
    public IndexSnapshot fresh() {
        if (!enabled) {
            return null;
        }
        long now = System.nanoTime();
        long last = lastCheck.get();
        if (checkNanos <= 0 || last == Long.MIN_VALUE) {
            lastCheck.set(now);
            observed = fingerprint();
        } else if (now - last >= checkNanos && lastCheck.compareAndSet(last, now)) {
            checker.execute(
                    () -> { // no request waits for the check
                        try {
                            observed = fingerprint();
                        } catch (RuntimeException e) {
                            log.warn("Atlas index: the freshness check failed: {}", e.toString());
                        }
                    });
        }
        var s = snapshot;
        if (s == null) {
            rebuildLater();
            return null;
        }
        if (!s.fingerprint.equals(observed) || s.heard != heard.get()) {
            rebuildLater();
            if (s.staleSince == 0) {
                s.staleSince = now;
            }
            return now - s.staleSince < staleNanos ? s : null;
        }
        if (now - s.builtAt > maxAgeNanos) {
            rebuildLater();
        }
        return s;
    }

    /** Builds the index now, in the caller's thread (first use in the background, and tests). */
    public IndexSnapshot rebuild() {
        long started = System.nanoTime();
        long changesHeard = heard.get(); // read before the tables, so a change heard during the build rebuilds again
        IndexSnapshot s = readOnly.execute(tx -> new SnapshotBuilder(points, graph, fingerprint(), computed).build());
        s.heard = changesHeard;
        snapshot = s;
        computed.asMap().keySet().removeIf(k -> k.snapshot() != s);
        observed = s.fingerprint;
        lastBuilt = System.nanoTime();
        log.info(
                "Atlas index: {} organisations in {} cells, {} partnerships, {} parties; about {} MB; built in {} ms",
                s.orgs,
                s.cells,
                s.partnerships,
                s.partyOrg.length,
                s.bytes() / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        return s;
    }

    /**
     * One build at a time, and at least {@code libpartners.atlas.index.pause} (15 s) after the previous one ended: under
     * a stream of writes (a survey's submissions make thousands of partnerships) the index is rebuilt a few times a
     * minute instead of back to back, which took a whole core from the requests. Meanwhile the rules of
     * {@link #fresh()} hold: the stale index answers for at most {@code stale-for}, then the modules' views do.
     */
    private void rebuildLater() {
        if (building.compareAndSet(false, true)) {
            long last = lastBuilt;
            long wait = last == Long.MIN_VALUE ? 0 : Math.max(0, last + pauseNanos - System.nanoTime());
            builder.schedule(
                    () -> {
                        try {
                            rebuild();
                        } catch (RuntimeException | OutOfMemoryError e) {
                            log.warn("Atlas index not built: {}", e.toString());
                        } finally {
                            building.set(false);
                        }
                    },
                    wait,
                    TimeUnit.NANOSECONDS);
        }
    }

    private IndexFingerprint fingerprint() {
        return new IndexFingerprint(points.lastChange(), graph.lastChange());
    }

    static int cellX(double lon) {
        return (int) Math.floor(lon / BASE_CELL);
    }

    static int cellY(double lat) {
        return (int) Math.floor(lat / BASE_CELL);
    }
}
