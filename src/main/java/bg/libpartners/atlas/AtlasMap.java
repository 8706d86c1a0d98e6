package bg.libpartners.atlas;

import bg.libpartners.atlas.index.AtlasIndex;
import bg.libpartners.atlas.index.IndexSnapshot;
import bg.libpartners.atlas.index.IndexSource;
import bg.libpartners.directory.OrganisationPoints;
import bg.libpartners.platform.BadRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

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
 * <p>The answer comes from the in-memory {@link AtlasIndex} when it is current, else from the owning modules'
 * read views ({@link AtlasReadModel}); both give the same features.
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
    public record FeatureCollection(
            String type,
            int zoom,
            double cell,
            long total,
            boolean truncated,
            long lineTotal,
            boolean linesHidden,
            List<Feature> features) {}

    /**
     * An organisation as the table and the CSV show it; {@code position} says where the point comes from
     * (SETTLEMENT: the settlement's centre, approximate; IMPORT or PIN: exact).
     */
    public record Row(
            long id,
            String name,
            String kind,
            String type,
            String settlement,
            String municipality,
            String oblast,
            String strategic,
            double lat,
            double lon,
            String position) {}

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
    public static double cellSize(int zoom) {
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
    FeatureCollection features(Bbox box, int zoom, AtlasFilter filter, IndexSnapshot snapshot) {
        int z = clusterZoom(box, zoom);
        double cell = cellSize(z);
        var source =
                snapshot == null ? new ViewSource(model, box, filter) : new IndexSource(model, snapshot, box, filter);
        var features = new ArrayList<Feature>();
        long total = source.count();
        if (total <= MAX_POINTS) {
            source.points().stream()
                    .sorted(Comparator.comparingLong(AtlasReadModel.Point::id))
                    .forEach(p -> features.add(point(p)));
        } else {
            // one order whichever way they were counted, so that the body and its ETag do not change with it
            var clusters = source.clusters(z).stream()
                    .sorted(Comparator.comparingLong(AtlasReadModel.Cluster::anyId))
                    .toList();
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
            model.points(single).stream()
                    .sorted(Comparator.comparingLong(AtlasReadModel.Point::id))
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
        return new FeatureCollection(
                "FeatureCollection", zoom, cell, total, truncated, lineTotal, linesHidden, features);
    }

    public record Lines(List<AtlasReadModel.Line> lines, long total) {}

    /** Where the features come from. */
    public interface Source {
        long count();

        /** The matching organisations in the box (called when there are at most {@value #MAX_POINTS}). */
        List<AtlasReadModel.Point> points();

        List<AtlasReadModel.Cluster> clusters(int zoom);

        Lines lines(int limit);
    }

    /**
     * The features asked of the owning modules while the index is missing or stale: the directory counts and groups
     * the organisations in the box (the partnership module having said which match the filter, once per request).
     */
    public static final class ViewSource implements Source {
        private final AtlasReadModel model;
        private final Bbox box;
        private final AtlasFilter filter;
        private final SingletonSupplier<OrganisationPoints.Area> area;

        public ViewSource(AtlasReadModel model, Bbox box, AtlasFilter filter) {
            this.model = model;
            this.box = box;
            this.filter = filter;
            this.area = SingletonSupplier.of(() -> model.area(box, filter));
        }

        @Override
        public long count() {
            return model.count(area.obtain());
        }

        @Override
        public List<AtlasReadModel.Point> points() {
            return model.points(area.obtain(), 10 * MAX_POINTS);
        }

        @Override
        public List<AtlasReadModel.Cluster> clusters(int zoom) {
            return model.clusters(area.obtain(), cellSize(zoom));
        }

        @Override
        public Lines lines(int limit) {
            return model.lines(box, filter, limit);
        }
    }

    /** What the table beside the map and the CSV list: the organisations in the box, by id, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Row> rows(Bbox box, AtlasFilter filter, int limit) {
        return model.points(model.area(box, filter), Math.min(limit, MAX_TABLE)).stream()
                .map(p -> new Row(
                        p.id(),
                        p.name(),
                        p.kind(),
                        p.type(),
                        p.settlement(),
                        p.municipality(),
                        p.oblast(),
                        p.strategic(),
                        p.lat(),
                        p.lon(),
                        p.position()))
                .toList();
    }

    public long count(Bbox box, AtlasFilter filter) {
        var snapshot = index.fresh();
        return snapshot == null
                ? model.count(model.area(box, filter))
                : new IndexSource(model, snapshot, box, filter).count();
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
        var coordinates =
                new double[][] {{round(l.fromLon()), round(l.fromLat())}, {round(l.toLon()), round(l.toLat())}};
        return new Feature("Feature", new Geometry("LineString", coordinates), props);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
