package bg.libpartners.atlas;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The map's low-zoom clusters without scanning every organisation per request (issue #6). The public organisations
 * are counted once per base cell of zoom {@value #BASE_ZOOM} (about 4.5 km) and kind/oblast/municipality, in memory;
 * the cells of every coarser zoom nest exactly in these (a cell of zoom z is 2^(11-z) base cells, and the sizes are
 * exact binary fractions), so a request sums the base cells that lie wholly inside its box and reads from the
 * database only the organisations in the box's border strips (under two base cells wide). The answer is the same as
 * the direct {@code group by}.
 *
 * <p>Freshness: before each use the grid compares its fingerprint — {@code max(updated_at)} and {@code max(id)} of
 * {@code organisation}, two index lookups — with the table's; on a difference the request takes the direct query and a
 * rebuild starts in the background (one at a time). A change that leaves both unchanged (a row deleted below the
 * maximum id, or concurrent commits out of order) is picked up by the rebuild that follows once the grid is older
 * than {@code libpartners.atlas.grid-max-age} (default 10 minutes). Only filters on kind and place use the grid;
 * partner-type and partnership filters take the direct query.
 */
@Component
class ClusterGrid {

    static final int BASE_ZOOM = 11;
    static final double BASE_CELL = AtlasMap.cellSize(BASE_ZOOM);
    private static final Logger log = LoggerFactory.getLogger(ClusterGrid.class);
    private static final String FINGERPRINT = "select (select max(updated_at) from organisation),"
            + " (select max(id) from organisation)";

    record Fingerprint(Object updatedAt, Long maxId) {}

    private record Key(int cx, int cy, String kind, String oblast, String municipality) {}

    /** Organisations of one key: their number, coordinate sums and smallest id. */
    private static final class Cell {
        final int cx;
        final int cy;
        final String kind;
        final String oblast;
        final String municipality;
        long count;
        long libraries;
        double sumLat;
        double sumLon;
        long minId = Long.MAX_VALUE;

        Cell(Key k) {
            cx = k.cx();
            cy = k.cy();
            kind = k.kind();
            oblast = k.oblast();
            municipality = k.municipality();
        }

        void add(long id, double lat, double lon) {
            count++;
            sumLat += lat;
            sumLon += lon;
            minId = Math.min(minId, id);
        }
    }

    private record Snapshot(Fingerprint fingerprint, Instant builtAt, List<Cell> cells) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate readOnly;
    private final Duration maxAge;
    private final boolean enabled;
    private final AtomicBoolean building = new AtomicBoolean();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        var t = new Thread(r, "atlas-cluster-grid");
        t.setDaemon(true);
        return t;
    });
    private volatile Snapshot snapshot;

    ClusterGrid(DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${libpartners.atlas.grid-max-age:PT10M}") Duration maxAge,
            @Value("${libpartners.atlas.grid:true}") boolean enabled) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.maxAge = maxAge;
        this.enabled = enabled;
    }

    /**
     * The clusters of the box at a zoom below {@link AtlasMap#POINT_ZOOM}, or null when the grid cannot answer (a
     * filter it does not hold, not built or out of date, a box narrower than a few base cells): then the caller asks
     * the database directly.
     */
    List<AtlasReadModel.Cluster> clusters(Bbox box, AtlasFilter filter, int zoom) {
        if (!enabled || zoom > BASE_ZOOM || !filter.types().isEmpty() || filter.filtersPartnerships()) {
            return null;
        }
        var s = snapshot;
        Fingerprint current = fingerprint();
        if (s == null || !s.fingerprint().equals(current)) {
            rebuildLater();
            return null;
        }
        if (Duration.between(s.builtAt(), Instant.now()).compareTo(maxAge) > 0) {
            rebuildLater();
        }
        double c = BASE_CELL;
        int x0 = (int) Math.ceil(box.west() / c) + 1;
        int x1 = (int) Math.floor(box.east() / c) - 2;
        int y0 = (int) Math.ceil(box.south() / c) + 1;
        int y1 = (int) Math.floor(box.north() / c) - 2;
        if (x0 > x1 || y0 > y1) {
            return null;
        }
        int factor = 1 << (BASE_ZOOM - zoom);
        var kinds = AtlasFilter.names(filter.kinds());
        Map<Long, Cell> out = new HashMap<>();
        for (var cell : s.cells()) {
            if (cell.cx < x0 || cell.cx > x1 || cell.cy < y0 || cell.cy > y1 || !kinds.contains(cell.kind)
                    || !matches(filter, cell.oblast, cell.municipality)) {
                continue;
            }
            merge(out, factor, cell.cx, cell.cy, cell.kind, cell.count, cell.sumLat, cell.sumLon, cell.minId);
        }
        // the border strips: organisations in the box but not in a whole base cell counted above. The strip bounds
        // reach half a cell into the inner area (the test below is exact) and are written as literals, so that the
        // plan stays a union of index ranges rather than a generic plan's scan of the whole table
        double half = c / 2;
        // (the box too: with bind parameters PostgreSQL's generic plan after five executions scans the table)
        Map<String, Object> params = new HashMap<>();
        params.put("kinds", kinds);
        var sql = new StringBuilder("select o.id, o.kind, o.lat, o.lon from organisation o where o.lat between ")
                .append(literal(box.south())).append(" and ").append(literal(box.north())).append(" and o.lon between ")
                .append(literal(box.west())).append(" and ").append(literal(box.east())).append(" and")
                .append(AtlasReadModel.PUBLIC_ORG).append(" and o.kind in (:kinds) and (o.lat < ")
                .append(literal(y0 * c + half)).append(" or o.lat > ").append(literal((y1 + 1) * c - half))
                .append(" or o.lon < ").append(literal(x0 * c + half)).append(" or o.lon > ")
                .append(literal((x1 + 1) * c - half)).append(")");
        if (filter.oblast() != null) {
            sql.append(" and o.oblast_code = :oblast");
            params.put("oblast", filter.oblast());
        }
        if (filter.municipality() != null) {
            sql.append(" and o.municipality_code = :municipality");
            params.put("municipality", filter.municipality());
        }
        final int fx0 = x0;
        final int fx1 = x1;
        final int fy0 = y0;
        final int fy1 = y1;
        named.query(sql.toString(), params, rs -> {
            double lat = rs.getDouble(3);
            double lon = rs.getDouble(4);
            int cx = (int) Math.floor(lon / c);
            int cy = (int) Math.floor(lat / c);
            if (cx >= fx0 && cx <= fx1 && cy >= fy0 && cy <= fy1) {
                return; // counted with its cell
            }
            merge(out, factor, cx, cy, rs.getString(2), 1, lat, lon, rs.getLong(1));
        });
        var clusters = new ArrayList<AtlasReadModel.Cluster>(out.size());
        for (var cell : out.values()) {
            clusters.add(new AtlasReadModel.Cluster(cell.count, cell.libraries, cell.sumLat / cell.count,
                    cell.sumLon / cell.count, cell.minId));
        }
        return clusters;
    }

    /** Builds the grid now, in the caller's thread (used at first use and by tests). */
    void rebuild() {
        long started = System.nanoTime();
        Snapshot s = readOnly.execute(tx -> {
            Fingerprint fp = fingerprint();
            Map<Key, Cell> cells = new HashMap<>();
            Map<String, String> strings = new HashMap<>();
            jdbc.query("select o.id, o.kind, o.lat, o.lon, o.oblast_code, o.municipality_code from organisation o"
                    + " where o.lat is not null and o.lon is not null and" + AtlasReadModel.PUBLIC_ORG, rs -> {
                        double lat = rs.getDouble(3);
                        double lon = rs.getDouble(4);
                        var key = new Key((int) Math.floor(lon / BASE_CELL), (int) Math.floor(lat / BASE_CELL),
                                intern(strings, rs.getString(2)), intern(strings, rs.getString(5)),
                                intern(strings, rs.getString(6)));
                        cells.computeIfAbsent(key, Cell::new).add(rs.getLong(1), lat, lon);
                    });
            return new Snapshot(fp, Instant.now(), List.copyOf(cells.values()));
        });
        snapshot = s;
        log.info("Atlas cluster grid: {} cells built in {} ms", s.cells().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void rebuildLater() {
        if (building.compareAndSet(false, true)) {
            builder.execute(() -> {
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    log.warn("Atlas cluster grid not built: {}", e.toString());
                } finally {
                    building.set(false);
                }
            });
        }
    }

    private Fingerprint fingerprint() {
        return jdbc.query(FINGERPRINT, rs -> {
            rs.next();
            Object updated = rs.getObject(1);
            long id = rs.getLong(2);
            return new Fingerprint(updated == null ? null : updated.toString(), rs.wasNull() ? null : id);
        });
    }

    private static boolean matches(AtlasFilter filter, String oblast, String municipality) {
        return (filter.oblast() == null || filter.oblast().equals(oblast))
                && (filter.municipality() == null || filter.municipality().equals(municipality));
    }

    private static void merge(Map<Long, Cell> out, int factor, int cx, int cy, String kind, long count, double sumLat,
            double sumLon, long minId) {
        int gx = Math.floorDiv(cx, factor);
        int gy = Math.floorDiv(cy, factor);
        long key = ((long) gx << 32) ^ (gy & 0xffffffffL);
        var acc = out.computeIfAbsent(key, k -> new Cell(new Key(gx, gy, null, null, null)));
        acc.count += count;
        acc.sumLat += sumLat;
        acc.sumLon += sumLon;
        acc.minId = Math.min(acc.minId, minId);
        if (!"PARTNER".equals(kind)) {
            acc.libraries += count;
        }
    }

    private static String literal(double degrees) {
        return Double.toString(degrees); // exact: the shortest decimal that reads back as the same double
    }

    private static String intern(Map<String, String> strings, String s) {
        return s == null ? null : strings.computeIfAbsent(s, Objects::requireNonNull);
    }
}
