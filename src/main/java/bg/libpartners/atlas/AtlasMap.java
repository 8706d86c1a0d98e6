package bg.libpartners.atlas;

import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.platform.BadRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's features for a box and a zoom (issue #6). When the box holds at most {@value #MAX_POINTS} matching
 * organisations they come as points; otherwise as clusters of square cells of about 60 screen pixels (a cell holding
 * one organisation comes as its point). A box far larger than a screen at its zoom is clustered at a coarser zoom,
 * so that no request yields more than about {@value #MAX_CELLS} cells. From zoom {@value #LINE_ZOOM} lines library →
 * partner of current (or the chosen stages') partnerships come too, at most {@value #MAX_LINES}, the lowest
 * partnership ids first; {@code lineTotal} says how many there were and {@code truncated} whether some were left out.
 * Lines are drawn only where the box holds at most {@value #MAX_LINE_ORGANISATIONS} matching organisations: in a city
 * at zoom 12 there are hundreds of thousands of lines, which neither a reader nor a browser can use, and counting them
 * would cost every request a scan; {@code linesHidden} then says to zoom in.
 *
 * <p>The answer comes from the in-memory {@link AtlasIndex} when it is current, else from the database by SQL; both
 * give the same features.
 */
@Service
public class AtlasMap {

    public static final int MIN_ZOOM = 0;
    public static final int MAX_ZOOM = 20;
    static final int MAX_POINTS = 300;
    static final int LINE_ZOOM = 12;
    static final int MAX_LINES = 500;
    static final int MAX_LINE_ORGANISATIONS = 20_000;
    static final int MAX_CELLS = 4096;
    static final int MAX_TABLE = 50_000;

    private final AtlasReadModel model;
    private final AtlasIndex index;

    AtlasMap(AtlasReadModel model, AtlasIndex index) {
        this.model = model;
        this.index = index;
    }

    public record Geometry(String type, Object coordinates) {}

    public record Feature(String type, Geometry geometry, Map<String, Object> properties) {

        static Feature point(double lat, double lon, Map<String, Object> properties) {
            return new Feature("Feature", new Geometry("Point", new double[] {round(lon), round(lat)}), properties);
        }
    }

    /**
     * GeoJSON with the query's zoom, the cell size used, the number of organisations in the box, the number of lines
     * in the box and whether lines were left out.
     */
    public record FeatureCollection(String type, int zoom, double cell, long total, boolean truncated, long lineTotal,
            boolean linesHidden, List<Feature> features) {}

    /**
     * An organisation as the table and the CSV show it; {@code position} says where the point comes from
     * (SETTLEMENT: the settlement's centre, approximate; IMPORT or PIN: exact).
     */
    public record Row(long id, String name, String kind, String type, String settlement, String municipality,
            String oblast, String strategic, double lat, double lon, String position) {}

    /** @throws BadRequestException naming {@code zoom} outside 0–20 */
    public static int checkZoom(Integer zoom) {
        if (zoom == null) {
            return 7;
        }
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new BadRequestException("zoom", "atlas.error.zoom", zoom, MIN_ZOOM, MAX_ZOOM);
        }
        return zoom;
    }

    /** Degrees per cell: 60 px at 256 px per tile and 2^zoom tiles around the world (an exact binary fraction). */
    static double cellSize(int zoom) {
        return 60.0 * 360.0 / (256.0 * Math.pow(2, zoom));
    }

    /** The zoom whose cells cluster the box: the given one, or a coarser one when the box spans too many cells. */
    static int clusterZoom(Bbox box, int zoom) {
        double width = box.east() - box.west();
        double height = box.north() - box.south();
        int z = zoom;
        while (z > MIN_ZOOM && Math.max(1, width / cellSize(z)) * Math.max(1, height / cellSize(z)) > MAX_CELLS) {
            z--;
        }
        return z;
    }

    public FeatureCollection features(Bbox box, int zoom, AtlasFilter filter) {
        return features(box, zoom, filter, index.fresh());
    }

    /** The features from the index when given, else from the database. */
    FeatureCollection features(Bbox box, int zoom, AtlasFilter filter, AtlasIndex.Snapshot snapshot) {
        int z = clusterZoom(box, zoom);
        double cell = cellSize(z);
        var source = snapshot == null ? new SqlSource(model, box, filter) : new IndexSource(snapshot, box, filter);
        var features = new ArrayList<Feature>();
        long total = source.count();
        if (total <= MAX_POINTS) {
            source.points().stream().sorted(Comparator.comparingLong(AtlasReadModel.Point::id))
                    .forEach(p -> features.add(point(p)));
        } else {
            // one order whichever way they were counted, so that the body and its ETag do not change with it
            var clusters = source.clusters(z).stream()
                    .sorted(Comparator.comparingLong(AtlasReadModel.Cluster::anyId)).toList();
            var single = new ArrayList<Long>();
            for (var c : clusters) {
                if (c.count() == 1) {
                    single.add(c.anyId());
                } else {
                    var props = new LinkedHashMap<String, Object>();
                    props.put("cluster", true);
                    props.put("count", c.count());
                    props.put("libraries", c.libraries());
                    props.put("partners", c.count() - c.libraries());
                    features.add(Feature.point(c.lat(), c.lon(), props));
                }
            }
            model.points(single).stream().sorted(Comparator.comparingLong(AtlasReadModel.Point::id))
                    .forEach(p -> features.add(point(p)));
        }
        long lineTotal = 0;
        boolean truncated = false;
        boolean linesHidden = zoom >= LINE_ZOOM && total > MAX_LINE_ORGANISATIONS;
        if (zoom >= LINE_ZOOM && !linesHidden) {
            var lines = source.lines(MAX_LINES);
            lineTotal = lines.total();
            truncated = lines.total() > lines.lines().size();
            lines.lines().forEach(l -> features.add(line(l)));
        }
        return new FeatureCollection("FeatureCollection", zoom, cell, total, truncated, lineTotal, linesHidden,
                features);
    }

    record Lines(List<AtlasReadModel.Line> lines, long total) {}

    /** Where the features come from. */
    interface Source {
        long count();

        /** The matching organisations in the box (called when there are at most {@value #MAX_POINTS}). */
        List<AtlasReadModel.Point> points();

        List<AtlasReadModel.Cluster> clusters(int zoom);

        Lines lines(int limit);
    }

    private record SqlSource(AtlasReadModel model, Bbox box, AtlasFilter filter) implements Source {

        @Override
        public long count() {
            return model.count(box, filter);
        }

        @Override
        public List<AtlasReadModel.Point> points() {
            return model.points(box, filter, 10 * MAX_POINTS);
        }

        @Override
        public List<AtlasReadModel.Cluster> clusters(int zoom) {
            return model.clusters(box, filter, cellSize(zoom));
        }

        @Override
        public Lines lines(int limit) {
            var lines = model.lines(box, filter, limit + 1);
            if (lines.size() <= limit) {
                return new Lines(lines, lines.size());
            }
            return new Lines(lines.subList(0, limit), model.lineCount(box, filter));
        }
    }

    /** The same answers from the in-memory index. */
    private final class IndexSource implements Source {
        private final AtlasIndex.Snapshot s;
        private final AtlasIndex.View view;
        private final Bbox box;
        private final AtlasFilter filter;

        IndexSource(AtlasIndex.Snapshot s, Bbox box, AtlasFilter filter) {
            this.s = s;
            this.view = s.view(filter);
            this.box = box;
            this.filter = filter;
        }

        private boolean disjoint(int c) {
            return s.cellNorth[c] < box.south() || s.cellSouth[c] > box.north() || s.cellEast[c] < box.west()
                    || s.cellWest[c] > box.east();
        }

        private boolean inside(int c) {
            return s.cellSouth[c] >= box.south() && s.cellNorth[c] <= box.north() && s.cellWest[c] >= box.west()
                    && s.cellEast[c] <= box.east();
        }

        private boolean inBox(int i) {
            double lat = s.lat[i];
            double lon = s.lon[i];
            return lat >= box.south() && lat <= box.north() && lon >= box.west() && lon <= box.east();
        }

        @Override
        public long count() {
            long total = 0;
            for (int c = 0; c < s.cells; c++) {
                if (view.count[c] == 0 || disjoint(c)) {
                    continue;
                }
                if (inside(c)) {
                    total += view.count[c];
                } else {
                    for (int i = s.cellStart[c]; i < s.cellStart[c + 1]; i++) {
                        if (view.match.get(i) && inBox(i)) {
                            total++;
                        }
                    }
                }
            }
            return total;
        }

        @Override
        public List<AtlasReadModel.Point> points() {
            var ids = new ArrayList<Long>();
            for (int c = 0; c < s.cells; c++) {
                if (view.count[c] == 0 || disjoint(c)) {
                    continue;
                }
                for (int i = s.cellStart[c]; i < s.cellStart[c + 1]; i++) {
                    if (view.match.get(i) && inBox(i)) {
                        ids.add(s.orgId[i]);
                    }
                }
            }
            return model.points(ids);
        }

        @Override
        public List<AtlasReadModel.Cluster> clusters(int zoom) {
            boolean nested = zoom <= AtlasIndex.BASE_ZOOM;
            int factor = nested ? 1 << (AtlasIndex.BASE_ZOOM - zoom) : 1;
            double size = cellSize(zoom);
            if (!nested) {
                var fine = fineClusters(size);
                if (fine != null) {
                    return fine;
                }
            }
            Map<Long, Acc> out = new HashMap<>();
            for (int c = 0; c < s.cells; c++) {
                if (view.count[c] == 0 || disjoint(c)) {
                    continue;
                }
                if (nested && inside(c)) {
                    long key = key(Math.floorDiv(s.cellX[c], factor), Math.floorDiv(s.cellY[c], factor));
                    out.computeIfAbsent(key, k -> new Acc()).add(view.count[c], view.libraries[c], view.sumLat[c],
                            view.sumLon[c], view.minId[c]);
                    continue;
                }
                long cellKey = key(Math.floorDiv(s.cellX[c], factor), Math.floorDiv(s.cellY[c], factor));
                for (int i = s.cellStart[c]; i < s.cellStart[c + 1]; i++) {
                    if (!view.match.get(i) || !inBox(i)) {
                        continue;
                    }
                    long key = nested ? cellKey
                            : key((int) Math.floor(s.lon[i] / size), (int) Math.floor(s.lat[i] / size));
                    boolean library = s.kind[i] != OrganisationKind.PARTNER.ordinal();
                    out.computeIfAbsent(key, k -> new Acc()).add(1, library ? 1 : 0, s.lat[i], s.lon[i], s.orgId[i]);
                }
            }
            var clusters = new ArrayList<AtlasReadModel.Cluster>(out.size());
            for (var a : out.values()) {
                clusters.add(new AtlasReadModel.Cluster(a.count, a.libraries, a.sumLat / a.count, a.sumLon / a.count,
                        a.minId));
            }
            return clusters;
        }

        /**
         * Clusters finer than the base cells, summed in arrays over the output cells the box spans (no map, no boxed
         * keys: a dense city at zoom 12 – 14 has hundreds of thousands of organisations in the box); null when the box
         * spans too many output cells for that.
         */
        private List<AtlasReadModel.Cluster> fineClusters(double size) {
            int x0 = (int) Math.floor(box.west() / size);
            int y0 = (int) Math.floor(box.south() / size);
            long width = (long) Math.floor(box.east() / size) - x0 + 1;
            long height = (long) Math.floor(box.north() / size) - y0 + 1;
            if (width * height > MAX_DENSE_CELLS) {
                return null;
            }
            int w = (int) width;
            int n = (int) (width * height);
            var count = new int[n];
            var libraries = new int[n];
            var sumLat = new double[n];
            var sumLon = new double[n];
            var minId = new long[n];
            Arrays.fill(minId, Long.MAX_VALUE);
            int partner = OrganisationKind.PARTNER.ordinal();
            for (int c = 0; c < s.cells; c++) {
                if (view.count[c] == 0 || disjoint(c)) {
                    continue;
                }
                for (int i = s.cellStart[c]; i < s.cellStart[c + 1]; i++) {
                    if (!view.match.get(i) || !inBox(i)) {
                        continue;
                    }
                    int k = ((int) Math.floor(s.lat[i] / size) - y0) * w + ((int) Math.floor(s.lon[i] / size) - x0);
                    count[k]++;
                    if (s.kind[i] != partner) {
                        libraries[k]++;
                    }
                    sumLat[k] += s.lat[i];
                    sumLon[k] += s.lon[i];
                    minId[k] = Math.min(minId[k], s.orgId[i]);
                }
            }
            var clusters = new ArrayList<AtlasReadModel.Cluster>();
            for (int k = 0; k < n; k++) {
                if (count[k] > 0) {
                    clusters.add(new AtlasReadModel.Cluster(count[k], libraries[k], sumLat[k] / count[k],
                            sumLon[k] / count[k], minId[k]));
                }
            }
            return clusters;
        }

        @Override
        public Lines lines(int limit) {
            if (s.maxPid >= 1L << 43) { // the keys below would not hold such ids
                return new SqlSource(model, box, filter).lines(limit);
            }
            var c = new AtlasIndex.Compiled(s, filter, true);
            // the lowest keys in a bounded max-heap: memory and sorting stay small however many lines match
            var heap = new LineHeap(limit);
            long[] total = {0};
            eachLine(c, (p, q) -> {
                total[0]++;
                heap.offer(lineKey(p, q), p, q);
            });
            var chosen = heap.sorted();
            int shown = chosen.size();
            var ids = new ArrayList<Long>();
            for (var a : chosen) {
                long pid = s.pid[a[1]];
                if (ids.isEmpty() || ids.get(ids.size() - 1) != pid) {
                    ids.add(pid);
                }
            }
            var titles = model.titles(ids);
            var lines = new ArrayList<AtlasReadModel.Line>(shown);
            for (var a : chosen) {
                int p = a[1];
                int q = a[2];
                int l = s.lead[p];
                int o = s.partyOrg[q];
                int t = s.partyType[q];
                lines.add(new AtlasReadModel.Line(s.pid[p], titles.get(s.pid[p]),
                        t == 0 ? null : PartnerType.values()[t - 1].name(), s.orgId[l], s.orgId[o], s.lat[l], s.lon[l],
                        s.lat[o], s.lon[o]));
            }
            return new Lines(lines, total[0]);
        }

        /** Partnership id, then the party's place among its parties (they are sorted by organisation id). */
        private long lineKey(int p, int q) {
            return s.pid[p] << 20 | (q - s.partyStart[p]);
        }

        /** Each line (partnership p, party q) whose library lies in the box, in no particular order. */
        private void eachLine(AtlasIndex.Compiled c, LineConsumer consumer) {
            for (int cell = 0; cell < s.cells; cell++) {
                if (disjoint(cell)) {
                    continue;
                }
                for (int i = s.cellStart[cell]; i < s.cellStart[cell + 1]; i++) {
                    if (s.leadStart[i] == s.leadStart[i + 1] || !inBox(i) || !c.place(i)) {
                        continue;
                    }
                    for (int p = s.leadStart[i]; p < s.leadStart[i + 1]; p++) {
                        if (!c.partnership(p)) {
                            continue;
                        }
                        for (int q = s.partyStart[p]; q < s.partyStart[p + 1]; q++) {
                            int t = s.partyType[q];
                            if (s.partyOrg[q] != i
                                    && (c.typeMask == 0 || (t != 0 && (c.typeMask & (1 << (t - 1))) != 0))) {
                                consumer.accept(p, q);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The {@code limit} smallest keys seen, with their partnership and party. */
    private static final class LineHeap {
        private final long[] keys;
        private final int[] ps;
        private final int[] qs;
        private int size;

        LineHeap(int limit) {
            keys = new long[limit];
            ps = new int[limit];
            qs = new int[limit];
        }

        void offer(long key, int p, int q) {
            if (size < keys.length) {
                int i = size++;
                while (i > 0 && keys[(i - 1) / 2] < key) {
                    int parent = (i - 1) / 2;
                    set(i, keys[parent], ps[parent], qs[parent]);
                    i = parent;
                }
                set(i, key, p, q);
            } else if (size > 0 && key < keys[0]) {
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && keys[child + 1] > keys[child]) {
                        child++;
                    }
                    if (keys[child] <= key) {
                        break;
                    }
                    set(i, keys[child], ps[child], qs[child]);
                    i = child;
                }
                set(i, key, p, q);
            }
        }

        private void set(int i, long key, int p, int q) {
            keys[i] = key;
            ps[i] = p;
            qs[i] = q;
        }

        /** The kept lines as {unused, partnership, party}, lowest key first. */
        List<int[]> sorted() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> keys[i]));
            var out = new ArrayList<int[]>(size);
            for (int i : order) {
                out.add(new int[] {0, ps[i], qs[i]});
            }
            return out;
        }
    }

    private interface LineConsumer {
        void accept(int partnership, int party);
    }

    /** Largest number of output cells a box may span for {@code fineClusters} (a few MB of arrays). */
    private static final long MAX_DENSE_CELLS = 1 << 18;

    private static long key(int x, int y) {
        return ((long) x << 32) ^ (y & 0xffffffffL);
    }

    /** Organisations of one output cell: their number, libraries, coordinate sums and least id. */
    private static final class Acc {
        long count;
        long libraries;
        double sumLat;
        double sumLon;
        long minId = Long.MAX_VALUE;

        void add(long n, long libs, double lat, double lon, long id) {
            count += n;
            libraries += libs;
            sumLat += lat;
            sumLon += lon;
            minId = Math.min(minId, id);
        }
    }

    /** What the table beside the map and the CSV list: the organisations in the box, by id, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Row> rows(Bbox box, AtlasFilter filter, int limit) {
        return model.points(box, filter, Math.min(limit, MAX_TABLE)).stream().map(p -> new Row(p.id(), p.name(),
                p.kind(), p.type(), p.settlement(), p.municipality(), p.oblast(), p.strategic(), p.lat(), p.lon(),
                p.position()))
                .toList();
    }

    public long count(Bbox box, AtlasFilter filter) {
        var snapshot = index.fresh();
        return snapshot == null ? model.count(box, filter) : new IndexSource(snapshot, box, filter).count();
    }

    private static Feature point(AtlasReadModel.Point p) {
        var props = new LinkedHashMap<String, Object>();
        props.put("id", p.id());
        props.put("name", p.name());
        props.put("kind", p.kind());
        props.put("type", p.type());
        props.put("settlement", p.settlement());
        if (p.strategic() != null) {
            props.put("strategic", p.strategic());
        }
        // a point at its settlement's centre is drawn as approximate (hollow), an imported or pinned one as exact
        props.put("position", p.position());
        props.put("approximate", p.position() == null || "SETTLEMENT".equals(p.position()));
        return Feature.point(p.lat(), p.lon(), props);
    }

    private static Feature line(AtlasReadModel.Line l) {
        var props = new LinkedHashMap<String, Object>();
        props.put("line", true);
        props.put("partnership", l.partnership());
        props.put("title", l.title());
        props.put("type", l.partnerType());
        props.put("library", l.library());
        props.put("partner", l.partner());
        var coordinates = new double[][] {{round(l.fromLon()), round(l.fromLat())}, {round(l.toLon()), round(l.toLat())}};
        return new Feature("Feature", new Geometry("LineString", coordinates), props);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
