package bg.libpartners.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulgaria's outline from the boundary file shipped in {@code geodata/country.geojson} (about 100 m precise), for
 * the question "is this point in Bulgaria": each ring of each polygon is crossed by a ray (even–odd, so holes count).
 */
final class CountryOutline {

    static final String FILE = "geodata/country.geojson";

    /** Rings as [lon0, lat0, lon1, lat1, …], with each ring's bounding box to skip most of them. */
    private final List<double[]> rings = new ArrayList<>();

    private final List<double[]> boxes = new ArrayList<>();

    private CountryOutline() {}

    static CountryOutline load() {
        try (InputStream in = CountryOutline.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            var outline = new CountryOutline();
            for (var feature : JsonMapper.builder().build().readTree(in).get("features")) {
                var geometry = feature.get("geometry");
                var type = geometry.get("type").asString();
                var coordinates = geometry.get("coordinates");
                if (type.equals("Polygon")) {
                    outline.polygon(coordinates);
                } else if (type.equals("MultiPolygon")) {
                    coordinates.forEach(outline::polygon);
                }
            }
            return outline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void polygon(JsonNode polygon) {
        for (var ring : polygon) {
            var points = new double[ring.size() * 2];
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            int i = 0;
            for (var point : ring) {
                double lon = point.get(0).asDouble();
                double lat = point.get(1).asDouble();
                points[i++] = lon;
                points[i++] = lat;
                box[0] = Math.min(box[0], lon);
                box[1] = Math.min(box[1], lat);
                box[2] = Math.max(box[2], lon);
                box[3] = Math.max(box[3], lat);
            }
            rings.add(points);
            boxes.add(box);
        }
    }

    boolean contains(double lat, double lon) {
        boolean inside = false;
        for (int r = 0; r < rings.size(); r++) {
            var box = boxes.get(r);
            if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) {
                continue;
            }
            var p = rings.get(r);
            int n = p.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = p[2 * i];
                double yi = p[2 * i + 1];
                double xj = p[2 * j];
                double yj = p[2 * j + 1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
