package bg.libpartners.atlas;

import bg.libpartners.platform.BadRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map's features for a box and a zoom: grid clusters counted in the database at low zoom (a cell is about 60
 * screen pixels), the organisations themselves from {@link #POINT_ZOOM} or where a cell holds one, and lines library
 * → partner of current partnerships from {@link #LINE_ZOOM}.
 */
@Service
public class AtlasMap {

    public static final int MIN_ZOOM = 0;
    public static final int MAX_ZOOM = 20;
    static final int POINT_ZOOM = 12;
    static final int LINE_ZOOM = 9;
    static final int MAX_POINTS = 5_000;
    static final int MAX_LINES = 2_000;
    static final int MAX_TABLE = 50_000;

    private final AtlasReadModel model;
    private final ClusterGrid grid;

    AtlasMap(AtlasReadModel model, ClusterGrid grid) {
        this.model = model;
        this.grid = grid;
    }

    public record Geometry(String type, Object coordinates) {}

    public record Feature(String type, Geometry geometry, Map<String, Object> properties) {

        static Feature point(double lat, double lon, Map<String, Object> properties) {
            return new Feature("Feature", new Geometry("Point", new double[] {round(lon), round(lat)}), properties);
        }
    }

    /** GeoJSON with the query's zoom, cell size, the number of organisations in the box and whether points were cut. */
    public record FeatureCollection(String type, int zoom, double cell, long total, boolean truncated,
            List<Feature> features) {}

    /** An organisation as the table and the CSV show it. */
    public record Row(long id, String name, String kind, String type, String settlement, String municipality,
            String oblast, String strategic, double lat, double lon) {}

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

    /** Degrees per cell: 60 px at 256 px per tile and 2^zoom tiles around the world. */
    static double cellSize(int zoom) {
        return 60.0 * 360.0 / (256.0 * Math.pow(2, zoom));
    }

    @Transactional(readOnly = true)
    public FeatureCollection features(Bbox box, int zoom, AtlasFilter filter) {
        double cell = cellSize(zoom);
        var features = new ArrayList<Feature>();
        long total;
        boolean truncated = false;
        if (zoom >= POINT_ZOOM) {
            var points = model.points(box, filter, MAX_POINTS + 1);
            truncated = points.size() > MAX_POINTS;
            points.stream().limit(MAX_POINTS).forEach(p -> features.add(point(p)));
            total = truncated ? model.count(box, filter) : points.size();
        } else {
            var clusters = grid.clusters(box, filter, zoom); // precounted base cells, or null
            if (clusters == null) {
                clusters = model.clusters(box, filter, cell);
            }
            // one order whichever way they were counted, so that the body and its ETag do not change with it
            clusters = clusters.stream().sorted(java.util.Comparator.comparingLong(AtlasReadModel.Cluster::anyId))
                    .toList();
            var single = new ArrayList<Long>();
            total = 0;
            for (var c : clusters) {
                total += c.count();
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
            model.points(single).forEach(p -> features.add(point(p)));
        }
        if (zoom >= LINE_ZOOM) {
            model.lines(box, filter, MAX_LINES).forEach(l -> features.add(line(l)));
        }
        return new FeatureCollection("FeatureCollection", zoom, cell, total, truncated, features);
    }

    /** What the table beside the map and the CSV list: the organisations in the box, by id, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Row> rows(Bbox box, AtlasFilter filter, int limit) {
        return model.points(box, filter, Math.min(limit, MAX_TABLE)).stream().map(p -> new Row(p.id(), p.name(),
                p.kind(), p.type(), p.settlement(), p.municipality(), p.oblast(), p.strategic(), p.lat(), p.lon()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(Bbox box, AtlasFilter filter) {
        return model.count(box, filter);
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
