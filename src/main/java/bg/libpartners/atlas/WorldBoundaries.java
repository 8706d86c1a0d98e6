package bg.libpartners.atlas;

import bg.libpartners.platform.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world's countries for the map's world view: Natural Earth's TopoJSON shipped in {@code geodata/world},
 * converted once to GeoJSON (arcs are delta-encoded quantized positions; a negative index ~i is arc i reversed) and
 * held in memory.
 * <p>The atlas's read-only repository of country shapes.
 */
@Component
public class WorldBoundaries {

    private static final Map<String, String> FILES =
            Map.of("110m", "geodata/world/countries-110m.json", "50m", "geodata/world/countries-50m.json");

    private final JsonMapper json;
    private final Map<String, byte[]> converted = new ConcurrentHashMap<>();

    WorldBoundaries(JsonMapper json) {
        this.json = json;
    }

    /** @throws NotFoundException for a resolution other than 110m and 50m */
    public byte[] geoJson(String resolution) {
        String file = FILES.get(resolution == null ? "110m" : resolution);
        if (file == null) {
            throw new NotFoundException("atlas.error.world", resolution);
        }
        return converted.computeIfAbsent(file, f -> json.writeValueAsBytes(convert(read(f))));
    }

    private JsonNode read(String file) {
        try (InputStream in = WorldBoundaries.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TopoJSON's first object (the countries) as a GeoJSON FeatureCollection. */
    static Map<String, Object> convert(JsonNode topology) {
        var arcs = decodeArcs(topology);
        var object = topology.get("objects").properties().iterator().next().getValue();
        var features = new ArrayList<Map<String, Object>>();
        for (var g : object.get("geometries")) {
            String type = g.path("type").asString();
            Object coordinates;
            if ("Polygon".equals(type)) {
                coordinates = polygon(g.get("arcs"), arcs);
            } else if ("MultiPolygon".equals(type)) {
                var polygons = new ArrayList<Object>();
                g.get("arcs").forEach(p -> polygons.add(polygon(p, arcs)));
                coordinates = polygons;
            } else {
                continue; // a country without a shape at this resolution
            }
            var feature = new LinkedHashMap<String, Object>();
            feature.put("type", "Feature");
            feature.put("id", g.path("id").asString());
            feature.put(
                    "properties",
                    Map.of("name", g.path("properties").path("name").asString("")));
            feature.put("geometry", Map.of("type", type, "coordinates", coordinates));
            features.add(feature);
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    static List<double[][]> decodeArcs(JsonNode topology) {
        var transform = topology.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1);
        double sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0);
        double ty = transform.path("translate").path(1).asDouble(0);
        boolean quantized = !transform.isMissingNode();
        var arcs = new ArrayList<double[][]>();
        for (var arc : topology.get("arcs")) {
            var points = new double[arc.size()][];
            double x = 0;
            double y = 0;
            int i = 0;
            for (var p : arc) {
                if (quantized) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    points[i++] = new double[] {round(x * sx + tx), round(y * sy + ty)};
                } else {
                    points[i++] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    private static List<List<double[]>> polygon(JsonNode rings, List<double[][]> arcs) {
        var result = new ArrayList<List<double[]>>();
        for (var ring : rings) {
            var points = new ArrayList<double[]>();
            for (var index : ring) {
                int i = index.asInt();
                var arc = arcs.get(i < 0 ? ~i : i);
                int n = arc.length;
                for (int k = 0; k < n; k++) {
                    var point = i < 0 ? arc[n - 1 - k] : arc[k];
                    if (k == 0 && !points.isEmpty()) {
                        continue; // an arc starts where the previous one ended
                    }
                    points.add(point);
                }
            }
            result.add(points);
        }
        return result;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e4) / 1e4;
    }
}
