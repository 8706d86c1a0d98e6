package bg.libpartners.atlas.web;

import bg.libpartners.atlas.AtlasMap;
import bg.libpartners.atlas.Bbox;
import bg.libpartners.atlas.RegionCounter;
import bg.libpartners.atlas.WorldBoundaries;
import bg.libpartners.geography.Geography;
import bg.libpartners.platform.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public map's data: clustered GeoJSON features, the table and its CSV, counts per region and the world's
 * countries. Organisations, never individuals; partnerships in negotiation or terminated only for signed-in users,
 * whose answers are cached privately. Cached for a minute with an ETag.
 */
@RestController
@RequestMapping("/api/v1/atlas")
class AtlasApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final CacheControl MINUTE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();
    /** A signed-in user's answer may hold partnerships the public does not see: no shared cache may keep it. */
    static final CacheControl MINUTE_PRIVATE =
            CacheControl.maxAge(60, TimeUnit.SECONDS).cachePrivate();

    private final AtlasMap map;
    private final RegionCounter regions;
    private final WorldBoundaries world;
    private final Geography geography;

    AtlasApiController(AtlasMap map, RegionCounter regions, WorldBoundaries world, Geography geography) {
        this.map = map;
        this.regions = regions;
        this.world = world;
        this.geography = geography;
    }

    private static CacheControl minute() {
        return FilterParams.signedIn() ? MINUTE_PRIVATE : MINUTE;
    }

    /** GeoJSON: clusters with counts below zoom 12, organisations from zoom 12, lines from zoom 9. */
    @GetMapping(
            value = "/features",
            produces = {"application/geo+json", "application/json"})
    ResponseEntity<AtlasMap.FeatureCollection> features(
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) Integer zoom,
            @ModelAttribute FilterParams filter) {
        var box = Bbox.parse(bbox);
        int z = AtlasMap.checkZoom(zoom);
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(minute())
                .body(map.features(box, z, filter.toFilter(geography)));
    }

    /** The organisations in the box, for the table beside the map. */
    @GetMapping("/organisations")
    ResponseEntity<Table> organisations(
            @RequestParam(required = false) String bbox,
            @RequestParam(defaultValue = "200") int limit,
            @ModelAttribute FilterParams filter) {
        var box = Bbox.parse(bbox);
        var f = filter.toFilter(geography);
        int size = Math.max(1, Math.min(limit, 1000));
        return ResponseEntity.ok().cacheControl(minute()).body(new Table(map.count(box, f), map.rows(box, f, size)));
    }

    record Table(long total, List<AtlasMap.Row> rows) {}

    /** The organisations in the box as CSV (at most 50,000), formula-looking cells neutralised. */
    @GetMapping("/features.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String bbox, @ModelAttribute FilterParams filter)
            throws IOException {
        var rows = map.rows(Bbox.parse(bbox), filter.toFilter(geography), Integer.MAX_VALUE);
        var out = new StringWriter();
        out.write('\uFEFF'); // so that spreadsheet programs read the Cyrillic as UTF-8
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "id",
                                "name",
                                "kind",
                                "type",
                                "settlement",
                                "municipality",
                                "oblast",
                                "strategic",
                                "lat",
                                "lon",
                                "position_source")
                        .get())) {
            for (var r : rows) {
                csv.printRecord(
                        r.id(),
                        CsvCells.neutralise(r.name()),
                        r.kind(),
                        r.type(),
                        CsvCells.neutralise(r.settlement()),
                        r.municipality(),
                        r.oblast(),
                        r.strategic(),
                        r.lat(),
                        r.lon(),
                        r.position());
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(minute())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename("atlas.csv")
                                .build()
                                .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Partnerships per oblast or municipality, absolute and per 10,000 inhabitants. */
    @GetMapping("/regions")
    ResponseEntity<RegionCounter.Regions> regions(
            @RequestParam(required = false) String level, @ModelAttribute FilterParams filter, Locale locale) {
        boolean municipality = RegionCounter.municipalityLevel(level);
        return ResponseEntity.ok()
                .cacheControl(minute())
                .body(regions.count(municipality, filter.toFilter(geography), locale));
    }

    /** The world's countries (Natural Earth, 1:110m or 1:50m) as GeoJSON. */
    @GetMapping(value = "/world.geojson", produces = "application/geo+json")
    ResponseEntity<byte[]> world(@RequestParam(defaultValue = "110m") String resolution) {
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
                .body(world.geoJson(resolution));
    }
}
