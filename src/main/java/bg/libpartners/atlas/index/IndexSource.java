package bg.libpartners.atlas.index;

import bg.libpartners.atlas.AtlasFilter;
import bg.libpartners.atlas.AtlasMap;
import bg.libpartners.atlas.AtlasReadModel;
import bg.libpartners.atlas.Bbox;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.taxonomy.PartnerType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The map's answers from the in-memory index: the same as {@code AtlasMap}'s view source gives. */
public final class IndexSource implements AtlasMap.Source {
    private final AtlasReadModel model;
    private final IndexSnapshot s;
    private final FilterView view;
    private final Bbox box;
    private final AtlasFilter filter;

    public IndexSource(AtlasReadModel model, IndexSnapshot s, Bbox box, AtlasFilter filter) {
        this.model = model;
        this.s = s;
        this.view = s.view(filter);
        this.box = box;
        this.filter = filter;
    }

    private boolean disjoint(int c) {
        return s.cellNorth[c] < box.south()
                || s.cellSouth[c] > box.north()
                || s.cellEast[c] < box.west()
                || s.cellWest[c] > box.east();
    }

    private boolean inside(int c) {
        return s.cellSouth[c] >= box.south()
                && s.cellNorth[c] <= box.north()
                && s.cellWest[c] >= box.west()
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
        double size = AtlasMap.cellSize(zoom);
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
                out.computeIfAbsent(key, k -> new Acc())
                        .add(view.count[c], view.libraries[c], view.sumLat[c], view.sumLon[c], view.minId[c]);
                continue;
            }
            long cellKey = key(Math.floorDiv(s.cellX[c], factor), Math.floorDiv(s.cellY[c], factor));
            for (int i = s.cellStart[c]; i < s.cellStart[c + 1]; i++) {
                if (!view.match.get(i) || !inBox(i)) {
                    continue;
                }
                long key = nested ? cellKey : key((int) Math.floor(s.lon[i] / size), (int) Math.floor(s.lat[i] / size));
                boolean library = s.kind[i] != OrganisationKind.PARTNER.ordinal();
                out.computeIfAbsent(key, k -> new Acc()).add(1, library ? 1 : 0, s.lat[i], s.lon[i], s.orgId[i]);
            }
        }
        var clusters = new ArrayList<AtlasReadModel.Cluster>(out.size());
        for (var a : out.values()) {
            clusters.add(
                    new AtlasReadModel.Cluster(a.count, a.libraries, a.sumLat / a.count, a.sumLon / a.count, a.minId));
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
                clusters.add(new AtlasReadModel.Cluster(
                        count[k], libraries[k], sumLat[k] / count[k], sumLon[k] / count[k], minId[k]));
            }
        }
        return clusters;
    }

    @Override
    public AtlasMap.Lines lines(int limit) {
        if (s.maxPid >= 1L << 43) { // the keys below would not hold such ids
            return new AtlasMap.ViewSource(model, box, filter).lines(limit);
        }
        var c = new CompiledFilter(s, filter, true);
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
            lines.add(new AtlasReadModel.Line(
                    s.pid[p],
                    titles.get(s.pid[p]),
                    t == 0 ? null : PartnerType.values()[t - 1].name(),
                    s.orgId[l],
                    s.orgId[o],
                    s.lat[l],
                    s.lon[l],
                    s.lat[o],
                    s.lon[o]));
        }
        return new AtlasMap.Lines(lines, total[0]);
    }

    /** Partnership id, then the party's place among its parties (they are sorted by organisation id). */
    private long lineKey(int p, int q) {
        return s.pid[p] << 20 | (q - s.partyStart[p]);
    }

    /** Each line (partnership p, party q) whose library lies in the box, in no particular order. */
    private void eachLine(CompiledFilter c, LineConsumer consumer) {
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
                        if (s.partyOrg[q] != i && (c.typeMask == 0 || (t != 0 && (c.typeMask & (1 << (t - 1))) != 0))) {
                            consumer.accept(p, q);
                        }
                    }
                }
            }
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
}
