package bg.libpartners.atlas;

import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.taxonomy.TargetGroup;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * <p>Freshness on this node: the partnership module's events and directory merges reach the index through
 * {@link AtlasChanges} (an {@code @ApplicationModuleListener}, recorded in the event publication registry); each one
 * marks the index stale at once, so the next request after the change is answered by SQL while it is rebuilt.
 *
 * <p>Freshness across nodes and for changes no event tells of: the index remembers the fingerprint of the tables it was built from
 * ({@code max(updated_at)} and {@code max(id)} of {@code organisation} and {@code partnership}, index lookups). A
 * request compares it with the tables' at most every {@code libpartners.atlas.index.check-interval} (0 in tests:
 * every request); on a difference it is answered by the direct SQL (always correct) and the index is rebuilt in the
 * background, one build at a time. The index is also rebuilt when older than {@code libpartners.atlas.index.max-age}
 * (10 minutes), which covers what both maxima miss (deletions, commits out of order).
 */
@Component
class AtlasIndex {

    static {
        // The snapshot keeps one bit per code in a short (fields, target groups, partner types of the parties): a
        // taxonomy that grows past 16 codes needs wider arrays, and must not silently lose its last codes.
        for (var codes : List.<Enum<?>[]>of(bg.libpartners.taxonomy.ActivityField.values(),
                bg.libpartners.taxonomy.TargetGroup.values(), PartnerType.values())) {
            if (codes.length > Short.SIZE) {
                throw new IllegalStateException(codes[0].getDeclaringClass().getSimpleName() + " has " + codes.length
                        + " codes; the atlas snapshot keeps " + Short.SIZE + " bits per partnership");
            }
        }
    }

    static final int BASE_ZOOM = 11;
    static final double BASE_CELL = AtlasMap.cellSize(BASE_ZOOM);
    static final int VIEWS = 32;
    private static final Logger log = LoggerFactory.getLogger(AtlasIndex.class);
    private static final String FINGERPRINT = "select (select max(updated_at) from organisation),"
            + " (select max(id) from organisation), (select max(updated_at) from partnership),"
            + " (select max(id) from partnership)";

    record Fingerprint(String organisations, Long maxOrganisation, String partnerships, Long maxPartnership) {}

    private final JdbcTemplate jdbc;
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
    private volatile Snapshot snapshot;
    private volatile Fingerprint observed;
    /** How many changes this node has heard of through events; an index built before the latest one is stale. */
    private final AtomicLong heard = new AtomicLong();

    private final AsyncCache<Computed, Object> computed;

    AtlasIndex(DataSource dataSource, PlatformTransactionManager transactions, AtlasProperties properties,
            MeterRegistry meters) {
        var settings = properties.index();
        this.computed = Caffeine.newBuilder().maximumSize(2 * VIEWS).expireAfterAccess(settings.maxAge())
                .recordStats().buildAsync();
        CaffeineCacheMetrics.monitor(meters, computed.synchronous(), "atlas-views");
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.enabled = settings.enabled();
        this.checkNanos = settings.checkInterval().toNanos();
        this.maxAgeNanos = settings.maxAge().toNanos();
        this.staleNanos = settings.staleFor().toNanos();
        this.pauseNanos = settings.pause().toNanos();
    }

    /** Stops the background build and check when the context closes (or a test is done with its own index). */
    @jakarta.annotation.PreDestroy
    void stop() {
        builder.shutdownNow();
        checker.shutdownNow();
    }

    /** A partnership or an organisation changed on this node: the index is stale from now on. */
    void changed() {
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
    Snapshot fresh() {
        if (!enabled) {
            return null;
        }
        long now = System.nanoTime();
        long last = lastCheck.get();
        if (checkNanos <= 0 || last == Long.MIN_VALUE) {
            lastCheck.set(now);
            observed = fingerprint();
        } else if (now - last >= checkNanos && lastCheck.compareAndSet(last, now)) {
            checker.execute(() -> { // no request waits for the check
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
    Snapshot rebuild() {
        long started = System.nanoTime();
        long changesHeard = heard.get(); // read before the tables, so a change heard during the build rebuilds again
        Snapshot s = readOnly.execute(tx -> new Builder(jdbc, fingerprint(), computed).build());
        s.heard = changesHeard;
        snapshot = s;
        computed.asMap().keySet().removeIf(k -> k.snapshot() != s);
        observed = s.fingerprint;
        lastBuilt = System.nanoTime();
        log.info("Atlas index: {} organisations in {} cells, {} partnerships, {} parties; about {} MB; built in {} ms",
                s.orgs, s.cells, s.partnerships, s.partyOrg.length, s.bytes() / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        return s;
    }

    /**
     * One build at a time, and at least {@code libpartners.atlas.index.pause} (15 s) after the previous one ended: under
     * a stream of writes (a survey's submissions make thousands of partnerships) the index is rebuilt a few times a
     * minute instead of back to back, which took a whole core from the requests. Meanwhile the rules of
     * {@link #fresh()} hold: the stale index answers for at most {@code stale-for}, then the SQL does.
     */
    private void rebuildLater() {
        if (building.compareAndSet(false, true)) {
            long last = lastBuilt;
            long wait = last == Long.MIN_VALUE ? 0 : Math.max(0, last + pauseNanos - System.nanoTime());
            builder.schedule(() -> {
                try {
                    rebuild();
                } catch (RuntimeException | OutOfMemoryError e) {
                    log.warn("Atlas index not built: {}", e.toString());
                } finally {
                    building.set(false);
                }
            }, wait, TimeUnit.NANOSECONDS);
        }
    }

    private Fingerprint fingerprint() {
        return jdbc.query(FINGERPRINT, rs -> {
            rs.next();
            Object o = rs.getObject(1);
            long oid = rs.getLong(2);
            Long maxOrg = rs.wasNull() ? null : oid;
            Object p = rs.getObject(3);
            long pid = rs.getLong(4);
            Long maxP = rs.wasNull() ? null : pid;
            return new Fingerprint(o == null ? null : o.toString(), maxOrg, p == null ? null : p.toString(), maxP);
        });
    }

    static int cellX(double lon) {
        return (int) Math.floor(lon / BASE_CELL);
    }

    static int cellY(double lat) {
        return (int) Math.floor(lat / BASE_CELL);
    }

    /** A view ({@code regions} false) or the region counts of one filter over one snapshot (compared by identity). */
    record Computed(Snapshot snapshot, AtlasFilter filter, boolean regions) {}

    /** The tables as arrays; immutable once built. */
    static final class Snapshot {
        final Fingerprint fingerprint;
        final long builtAt = System.nanoTime();
        /** How many changes had been heard of when the build began. */
        long heard;
        /** When this index was first seen to differ from the tables (0: not yet). */
        volatile long staleSince;
        // organisations, sorted by base cell then id
        int orgs;
        long[] orgId;
        double[] lat;
        double[] lon;
        byte[] kind; // OrganisationKind ordinal
        byte[] type; // PartnerType ordinal + 1, 0 for none
        short[] orgOblast; // index into oblasts, -1 for none
        short[] orgMunicipality;
        long[] idSorted; // organisation ids ascending, and where each one is
        int[] idPosition;
        // base cells
        int cells;
        int[] cellX;
        int[] cellY;
        int[] cellStart; // cells + 1
        double[] cellSouth;
        double[] cellNorth;
        double[] cellWest;
        double[] cellEast;
        // partnerships (not drafts), sorted by lead library index then id
        int partnerships;
        long[] pid;
        long maxPid;
        int[] lead; // organisation index, -1 when the lead is not on the map
        int[] leadStart; // orgs + 1: the partnerships an organisation leads
        byte[] status;
        short[] fields;
        short[] groups;
        short[] types; // bit per PartnerType ordinal of any party
        short[] startYear;
        short[] endYear;
        short[] pOblast;
        short[] pMunicipality;
        int[] partyStart; // partnerships + 1
        int[] partyOrg; // organisation index of each party on the map, by organisation id within a partnership
        byte[] partyType; // PartnerType ordinal + 1, 0 for none
        // region codes
        final Map<String, Short> oblastIndex = new HashMap<>();
        final Map<String, Short> municipalityIndex = new HashMap<>();
        final List<String> oblastCodes = new ArrayList<>();
        final List<String> municipalityCodes = new ArrayList<>();

        /** The index's views and region counts, shared by all its snapshots. */
        private final AsyncCache<Computed, Object> computed;

        Snapshot(Fingerprint fingerprint, AsyncCache<Computed, Object> computed) {
            this.fingerprint = fingerprint;
            this.computed = computed;
        }

        long bytes() {
            long b = (long) orgs * (8 + 8 + 8 + 1 + 1 + 2 + 2 + 8 + 4 + 4) + (long) cells * (4 * 3 + 8 * 4);
            b += (long) partnerships * (8 + 4 + 1 + 2 * 7 + 4) + (long) partyOrg.length * 5;
            return b;
        }

        int index(long organisationId) {
            int i = Arrays.binarySearch(idSorted, organisationId);
            return i < 0 ? -1 : idPosition[i];
        }

        /** Which organisations match the filter, and their counts per base cell (computed once per filter). */
        View view(AtlasFilter filter) {
            return cached(filter, false, f -> new View(this, new Compiled(this, f, false)));
        }

        /** Partnerships per oblast ([0]) and per municipality ([1]) index, by the partnership's own region. */
        long[][] regionCounts(AtlasFilter filter) {
            var key = new AtlasFilter(AtlasFilter.DEFAULT_KINDS, filter.types(), filter.oblast(),
                    filter.municipality(), filter.statuses(), filter.fields(), filter.groups(), filter.year(),
                    filter.visible());
            return cached(key, true, f -> {
                var c = new Compiled(this, f, false);
                long[] o = new long[oblastCodes.size()];
                long[] m = new long[municipalityCodes.size()];
                for (int p = 0; p < partnerships; p++) {
                    if (c.partnership(p) && (c.typeMask == 0 || (types[p] & c.typeMask) != 0)
                            && (c.oblast == Compiled.ANY || pOblast[p] == c.oblast)
                            && (c.municipality == Compiled.ANY || pMunicipality[p] == c.municipality)) {
                        if (pOblast[p] >= 0) {
                            o[pOblast[p]]++;
                        }
                        if (pMunicipality[p] >= 0) {
                            m[pMunicipality[p]]++;
                        }
                    }
                }
                return new long[][] {o, m};
            });
        }

        /** One computation per key even when many requests ask at once; it runs on the asking thread. */
        @SuppressWarnings("unchecked")
        private <V> V cached(AtlasFilter filter, boolean regions, Function<AtlasFilter, V> compute) {
            var key = new Computed(this, filter, regions);
            var map = computed.asMap();
            var mine = new CompletableFuture<Object>();
            var running = computed.getIfPresent(key); // counted as a hit or a miss
            if (running == null) {
                running = map.putIfAbsent(key, mine);
            }
            if (running != null) {
                return (V) running.join();
            }
            try {
                V value = compute.apply(filter);
                mine.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                map.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
    }

    /** A filter as bitmasks and indices over one snapshot. */
    static final class Compiled {
        static final short ANY = -1;
        static final short NONE = -2;
        final int kindMask;
        final int typeMask;
        final short oblast;
        final short municipality;
        final int statusMask;
        final int fieldMask;
        final int groupMask;
        final int year;
        final boolean partnershipFilter;
        private final Snapshot s;

        /** @param currentByDefault without a status filter, only current partnerships (the map's lines) */
        Compiled(Snapshot s, AtlasFilter f, boolean currentByDefault) {
            this.s = s;
            int k = 0;
            for (var kind : f.kinds()) {
                k |= 1 << kind.ordinal();
            }
            kindMask = k;
            int t = 0;
            for (var type : f.types()) {
                t |= 1 << type.ordinal();
            }
            typeMask = t;
            oblast = f.oblast() == null ? ANY : s.oblastIndex.getOrDefault(f.oblast(), NONE);
            municipality = f.municipality() == null ? ANY : s.municipalityIndex.getOrDefault(f.municipality(), NONE);
            int st = 0;
            if (!f.statuses().isEmpty()) {
                for (var status : f.statuses()) {
                    st |= 1 << status.ordinal();
                }
            } else if (currentByDefault) {
                st = 1 << PartnershipStatus.ACTIVE.ordinal() | 1 << PartnershipStatus.AGREED.ordinal();
            } else {
                for (var status : f.visible()) {
                    st |= 1 << status.ordinal();
                }
            }
            statusMask = st;
            int fm = 0;
            for (var field : f.fields()) {
                fm |= 1 << field.ordinal();
            }
            fieldMask = fm;
            int gm = 0;
            for (var group : f.groups()) {
                gm |= 1 << group.ordinal();
            }
            groupMask = gm;
            year = f.year() == null ? Integer.MIN_VALUE : f.year();
            partnershipFilter = f.filtersPartnerships();
        }

        /** The partnership criteria: status, fields, target groups, year (not the partner types). */
        boolean partnership(int p) {
            return (statusMask & (1 << s.status[p])) != 0 && (fieldMask == 0 || (s.fields[p] & fieldMask) != 0)
                    && (groupMask == 0 || (s.groups[p] & groupMask) != 0)
                    && (year == Integer.MIN_VALUE || (s.startYear[p] <= year && s.endYear[p] >= year));
        }

        boolean place(int org) {
            return (oblast == ANY || s.orgOblast[org] == oblast)
                    && (municipality == ANY || s.orgMunicipality[org] == municipality);
        }
    }

    /** The organisations matching one filter: a bit each, and counts, coordinate sums and least id per base cell. */
    static final class View {
        final Snapshot s;
        final Compiled filter;
        final BitSet match;
        final int[] count;
        final int[] libraries;
        final double[] sumLat;
        final double[] sumLon;
        final long[] minId;

        View(Snapshot s, Compiled c) {
            this.s = s;
            this.filter = c;
            BitSet member = null;
            BitSet leadTyped = null;
            if (c.partnershipFilter || c.typeMask != 0) {
                member = c.partnershipFilter ? new BitSet(s.orgs) : null;
                leadTyped = c.typeMask != 0 ? new BitSet(s.orgs) : null;
                for (int p = 0; p < s.partnerships; p++) {
                    if (!c.partnership(p)) {
                        continue;
                    }
                    int l = s.lead[p];
                    if (member != null) {
                        if (l >= 0) {
                            member.set(l);
                        }
                        for (int q = s.partyStart[p]; q < s.partyStart[p + 1]; q++) {
                            member.set(s.partyOrg[q]);
                        }
                    }
                    if (leadTyped != null && l >= 0 && (s.types[p] & c.typeMask) != 0) {
                        leadTyped.set(l);
                    }
                }
            }
            match = new BitSet(s.orgs);
            count = new int[s.cells];
            libraries = new int[s.cells];
            sumLat = new double[s.cells];
            sumLon = new double[s.cells];
            minId = new long[s.cells];
            int partner = OrganisationKind.PARTNER.ordinal();
            for (int cell = 0; cell < s.cells; cell++) {
                long least = Long.MAX_VALUE;
                for (int i = s.cellStart[cell]; i < s.cellStart[cell + 1]; i++) {
                    int kind = s.kind[i];
                    if ((c.kindMask & (1 << kind)) == 0 || !c.place(i)) {
                        continue;
                    }
                    if (c.typeMask != 0) {
                        boolean typed = kind == partner ? s.type[i] > 0 && (c.typeMask & (1 << (s.type[i] - 1))) != 0
                                : leadTyped.get(i);
                        if (!typed) {
                            continue;
                        }
                    }
                    if (member != null && !member.get(i)) {
                        continue;
                    }
                    match.set(i);
                    count[cell]++;
                    if (kind != partner) {
                        libraries[cell]++;
                    }
                    sumLat[cell] += s.lat[i];
                    sumLon[cell] += s.lon[i];
                    least = Math.min(least, s.orgId[i]);
                }
                minId[cell] = least;
            }
        }
    }

    /** Reads the tables into a snapshot: organisations, partnerships, their fields, groups and parties. */
    private static final class Builder {
        private final JdbcTemplate jdbc;
        private final Snapshot s;

        Builder(JdbcTemplate jdbc, Fingerprint fingerprint, AsyncCache<Computed, Object> computed) {
            this.jdbc = jdbc;
            this.s = new Snapshot(fingerprint, computed);
        }

        Snapshot build() {
            organisations();
            partnerships();
            return s;
        }

        private short region(Map<String, Short> index, List<String> codes, String code) {
            if (code == null) {
                return -1;
            }
            Short i = index.get(code);
            if (i == null) {
                i = (short) codes.size();
                codes.add(code);
                index.put(code, i);
            }
            return i;
        }

        private void organisations() {
            var ids = new LongList();
            var lats = new DoubleList();
            var lons = new DoubleList();
            var kinds = new ByteList();
            var types = new ByteList();
            var oblasts = new ShortList();
            var municipalities = new ShortList();
            jdbc.query("select o.id, o.kind, o.partner_type, o.lat, o.lon, o.oblast_code, o.municipality_code"
                    + " from organisation o where o.lat is not null and o.lon is not null and"
                    + AtlasReadModel.PUBLIC_ORG + " order by o.id", rs -> {
                        ids.add(rs.getLong(1));
                        kinds.add((byte) OrganisationKind.valueOf(rs.getString(2)).ordinal());
                        String type = rs.getString(3);
                        types.add((byte) (type == null ? 0 : PartnerType.valueOf(type).ordinal() + 1));
                        lats.add(rs.getDouble(4));
                        lons.add(rs.getDouble(5));
                        oblasts.add(region(s.oblastIndex, s.oblastCodes, rs.getString(6)));
                        municipalities.add(region(s.municipalityIndex, s.municipalityCodes, rs.getString(7)));
                    });
            int n = ids.size;
            // sort by base cell, then by id (= load order): cell x, cell y and load index packed into one long
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                long cx = cellX(lons.a[i]) + 8192L;
                long cy = cellY(lats.a[i]) + 8192L;
                keys[i] = cx << 48 | cy << 32 | i;
            }
            Arrays.sort(keys);
            s.orgs = n;
            s.orgId = new long[n];
            s.lat = new double[n];
            s.lon = new double[n];
            s.kind = new byte[n];
            s.type = new byte[n];
            s.orgOblast = new short[n];
            s.orgMunicipality = new short[n];
            s.idSorted = Arrays.copyOf(ids.a, n);
            s.idPosition = new int[n];
            var cx = new IntList();
            var cy = new IntList();
            var start = new IntList();
            long previous = -1;
            for (int j = 0; j < n; j++) {
                int i = (int) (keys[j] & 0xffffffffL);
                s.orgId[j] = ids.a[i];
                s.lat[j] = lats.a[i];
                s.lon[j] = lons.a[i];
                s.kind[j] = kinds.a[i];
                s.type[j] = types.a[i];
                s.orgOblast[j] = oblasts.a[i];
                s.orgMunicipality[j] = municipalities.a[i];
                s.idPosition[i] = j;
                long cell = keys[j] >>> 32;
                if (cell != previous) {
                    cx.add((int) (cell >>> 16) - 8192);
                    cy.add((int) (cell & 0xffff) - 8192);
                    start.add(j);
                    previous = cell;
                }
            }
            start.add(n);
            s.cells = cx.size;
            s.cellX = Arrays.copyOf(cx.a, cx.size);
            s.cellY = Arrays.copyOf(cy.a, cy.size);
            s.cellStart = Arrays.copyOf(start.a, start.size);
            s.cellSouth = new double[s.cells];
            s.cellNorth = new double[s.cells];
            s.cellWest = new double[s.cells];
            s.cellEast = new double[s.cells];
            for (int c = 0; c < s.cells; c++) {
                double south = Double.MAX_VALUE;
                double north = -Double.MAX_VALUE;
                double west = Double.MAX_VALUE;
                double east = -Double.MAX_VALUE;
                for (int i = s.cellStart[c]; i < s.cellStart[c + 1]; i++) {
                    south = Math.min(south, s.lat[i]);
                    north = Math.max(north, s.lat[i]);
                    west = Math.min(west, s.lon[i]);
                    east = Math.max(east, s.lon[i]);
                }
                s.cellSouth[c] = south;
                s.cellNorth[c] = north;
                s.cellWest[c] = west;
                s.cellEast[c] = east;
            }
        }

        private void partnerships() {
            var ids = new LongList();
            var leads = new IntList();
            var statuses = new ByteList();
            var starts = new ShortList();
            var ends = new ShortList();
            var oblasts = new ShortList();
            var municipalities = new ShortList();
            jdbc.query("select p.id, p.lead_library_id, p.status, p.start_date, p.end_date, p.oblast_code,"
                    + " p.municipality_code from partnership p where p.status <> 'DRAFT' order by p.id", rs -> {
                        ids.add(rs.getLong(1));
                        leads.add(s.index(rs.getLong(2)));
                        statuses.add((byte) PartnershipStatus.valueOf(rs.getString(3)).ordinal());
                        Date start = rs.getDate(4);
                        Date end = rs.getDate(5);
                        starts.add(start == null ? Short.MIN_VALUE : (short) start.toLocalDate().getYear());
                        ends.add(end == null ? Short.MAX_VALUE : (short) end.toLocalDate().getYear());
                        oblasts.add(region(s.oblastIndex, s.oblastCodes, rs.getString(6)));
                        municipalities.add(region(s.municipalityIndex, s.municipalityCodes, rs.getString(7)));
                    });
            int k = ids.size;
            // order by lead (partnerships without a lead on the map last), then id (= load order)
            long[] keys = new long[k];
            for (int i = 0; i < k; i++) {
                int l = leads.a[i];
                keys[i] = (long) (l < 0 ? Integer.MAX_VALUE : l) << 32 | i;
            }
            Arrays.sort(keys);
            int[] position = new int[k]; // load index -> final index
            s.partnerships = k;
            s.pid = new long[k];
            s.lead = new int[k];
            s.status = new byte[k];
            s.startYear = new short[k];
            s.endYear = new short[k];
            s.pOblast = new short[k];
            s.pMunicipality = new short[k];
            s.fields = new short[k];
            s.groups = new short[k];
            s.types = new short[k];
            for (int j = 0; j < k; j++) {
                int i = (int) (keys[j] & 0xffffffffL);
                position[i] = j;
                s.pid[j] = ids.a[i];
                s.maxPid = Math.max(s.maxPid, ids.a[i]);
                s.lead[j] = leads.a[i];
                s.status[j] = statuses.a[i];
                s.startYear[j] = starts.a[i];
                s.endYear[j] = ends.a[i];
                s.pOblast[j] = oblasts.a[i];
                s.pMunicipality[j] = municipalities.a[i];
            }
            keys = null;
            s.leadStart = new int[s.orgs + 1];
            for (int p = 0; p < k; p++) {
                if (s.lead[p] >= 0) {
                    s.leadStart[s.lead[p] + 1]++;
                }
            }
            for (int i = 0; i < s.orgs; i++) {
                s.leadStart[i + 1] += s.leadStart[i];
            }
            long[] loaded = Arrays.copyOf(ids.a, k);
            ids.a = null;
            jdbc.query("select f.partnership_id, f.code from partnership_field f", rs -> {
                int i = Arrays.binarySearch(loaded, rs.getLong(1));
                ActivityField field = ActivityField.valueOf(rs.getString(2));
                if (i >= 0) {
                    s.fields[position[i]] |= (short) (1 << field.ordinal());
                }
            });
            jdbc.query("select g.partnership_id, g.code from partnership_target_group g", rs -> {
                int i = Arrays.binarySearch(loaded, rs.getLong(1));
                TargetGroup group = TargetGroup.valueOf(rs.getString(2));
                if (i >= 0) {
                    s.groups[position[i]] |= (short) (1 << group.ordinal());
                }
            });
            // parties: the partnership's partner types from all of them; the edge array from those on the map
            var partyP = new IntList();
            var partyO = new IntList();
            var partyT = new ByteList();
            jdbc.query("select pp.partnership_id, pp.organisation_id, pp.partner_type from partnership_party pp",
                    rs -> {
                        int i = Arrays.binarySearch(loaded, rs.getLong(1));
                        if (i < 0) {
                            return;
                        }
                        int p = position[i];
                        String t = rs.getString(3);
                        int type = t == null ? 0 : PartnerType.valueOf(t).ordinal() + 1;
                        if (type > 0) {
                            s.types[p] |= (short) (1 << (type - 1));
                        }
                        int o = s.index(rs.getLong(2));
                        if (o >= 0) {
                            partyP.add(p);
                            partyO.add(o);
                            partyT.add((byte) type);
                        }
                    });
            s.partyStart = new int[k + 1];
            for (int q = 0; q < partyP.size; q++) {
                s.partyStart[partyP.a[q] + 1]++;
            }
            for (int p = 0; p < k; p++) {
                s.partyStart[p + 1] += s.partyStart[p];
            }
            int[] next = Arrays.copyOf(s.partyStart, k);
            s.partyOrg = new int[partyP.size];
            s.partyType = new byte[partyP.size];
            for (int q = 0; q < partyP.size; q++) {
                int at = next[partyP.a[q]]++;
                s.partyOrg[at] = partyO.a[q];
                s.partyType[at] = partyT.a[q];
            }
            // within a partnership, parties by organisation id (insertion sort: a handful each)
            for (int p = 0; p < k; p++) {
                for (int a = s.partyStart[p] + 1; a < s.partyStart[p + 1]; a++) {
                    int o = s.partyOrg[a];
                    byte t = s.partyType[a];
                    int b = a - 1;
                    while (b >= s.partyStart[p] && s.orgId[s.partyOrg[b]] > s.orgId[o]) {
                        s.partyOrg[b + 1] = s.partyOrg[b];
                        s.partyType[b + 1] = s.partyType[b];
                        b--;
                    }
                    s.partyOrg[b + 1] = o;
                    s.partyType[b + 1] = t;
                }
            }
        }
    }

    private static final class LongList {
        long[] a = new long[1024];
        int size;

        void add(long v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }
    }

    private static final class IntList {
        int[] a = new int[1024];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }
    }

    private static final class ShortList {
        short[] a = new short[1024];
        int size;

        void add(short v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }
    }

    private static final class ByteList {
        byte[] a = new byte[1024];
        int size;

        void add(byte v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }
    }

    private static final class DoubleList {
        double[] a = new double[1024];
        int size;

        void add(double v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }
    }
}
