package bg.libpartners.geography.tools;

import bg.libpartners.geography.PlaceNames;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds {@code src/main/resources/geodata/} from the public sources in {@code /work/shared/data} (see each folder's
 * SOURCE.md). Run after a new EKATTE release, then commit the output:
 *
 * <pre>tools/build-geodata.sh /work/shared/data</pre>
 *
 * It lives with the tests so that its libraries (Jackson, Commons CSV) and {@link PlaceNames} are at hand without
 * shipping it in the application.
 */
public final class GeodataBuilder {

    private static final CSVFormat IN =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final CSVFormat OUT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    /**
     * Names that registers still use and no source lists: stations renamed to the plain village name, villages merged
     * into the town of Burgas as quarters (2015).
     */
    private static final List<List<String>> KNOWN_ALIASES = List.of(
            List.of("Гара Орешец", "VID16", "14489", "renamed"),
            List.of("Гара Елин Пелин", "SFO17", "18490", "renamed"),
            List.of("Гара Бов", "SFO43", "14461", "renamed"),
            List.of("Гара Лакатник", "SFO43", "14475", "renamed"),
            List.of("Рудник", "BGS04", "07079", "merged"),
            List.of("Банево", "BGS04", "07079", "merged"),
            List.of("Ветрен", "BGS04", "07079", "merged"),
            List.of("Черно море", "BGS04", "07079", "merged"));

    private final Path source;
    private final Path target;

    private GeodataBuilder(Path source, Path repository) {
        this.source = source;
        this.target = repository.resolve("src/main/resources/geodata");
    }

    public static void main(String[] args) throws IOException {
        var source = Path.of(args.length > 0 ? args[0] : "/work/shared/data");
        var repository = Path.of(args.length > 1 ? args[1] : ".");
        new GeodataBuilder(source, repository).build();
    }

    private void build() throws IOException {
        Files.createDirectories(target.resolve("world"));
        var ekatte = new ArrayList<JsonNode>();
        JsonMapper.builder()
                .build()
                .readTree(source.resolve("ekatte-nsi-json/ek_atte.json").toFile())
                .forEach(ekatte::add);
        ekatte.sort(Comparator.comparing(n -> n.get("ekatte").asString()));
        writeOblasts(ekatte);
        var centres = writeMunicipalities();
        writeSettlements(ekatte, centres);
        writeAliases(ekatte);
        copy("bulgaria-geocoding-nikolovdeyan/provinces.geojson", "oblasts.geojson");
        copy("bulgaria-geocoding-nikolovdeyan/municipalities.geojson", "municipalities.geojson");
        copy("bulgaria-geocoding-nikolovdeyan/country.geojson", "country.geojson");
        copy("world-atlas/countries-110m.json", "world/countries-110m.json");
        copy("world-atlas/countries-50m.json", "world/countries-50m.json");
        copy("world-atlas/LICENSE", "world/LICENSE");
    }

    private void writeOblasts(List<JsonNode> ekatte) throws IOException {
        var names = geojsonProperties("provinces.geojson", "PROVINCE_CODE");
        var rows = new ArrayList<List<String>>();
        for (CSVRecord r : csv("bulgaria-geocoding-nikolovdeyan/Ek_obl.csv")) {
            var props = require(names, r.get("oblast"));
            rows.add(List.of(
                    r.get("oblast"),
                    r.get("ekatte"),
                    props.get("NUTS_3_CODE").asString(),
                    props.get("NAME_BG").asString(),
                    props.get("NAME_EN").asString()));
        }
        check(rows.size() == 28, "28 oblasts expected, got " + rows.size());
        write("oblasts.csv", List.of("code", "ekatte", "nuts3", "name_bg", "name_en"), rows);
    }

    /** Writes the municipalities and answers the EKATTE code of each one's centre. */
    private Map<String, String> writeMunicipalities() throws IOException {
        var names = geojsonProperties("municipalities.geojson", "LAU_CODE");
        var rows = new ArrayList<List<String>>();
        var centres = new HashMap<String, String>();
        for (CSVRecord r : csv("bulgaria-geocoding-nikolovdeyan/Ek_obst.csv")) {
            String code = r.get("obstina");
            rows.add(List.of(
                    code,
                    code.substring(0, 3),
                    r.get("ekatte"),
                    r.get("name"),
                    require(names, code).get("NAME_EN").asString()));
            centres.put(code, r.get("ekatte"));
        }
        check(rows.size() == 265, "265 municipalities expected, got " + rows.size());
        write("municipalities.csv", List.of("code", "oblast", "ekatte", "name_bg", "name_en"), rows);
        return centres;
    }

    private void writeSettlements(List<JsonNode> ekatte, Map<String, String> centres) throws IOException {
        var places = new HashMap<String, String>();
        csv("bulgaria-geocoding-yurukov/settlements_loc.csv").forEach(r -> places.put(r.get("ekatte"), r.get("geo")));
        var population = populations();
        var rows = new ArrayList<List<String>>();
        var fallbacks = new ArrayList<String>();
        for (JsonNode n : ekatte) {
            String code = n.get("ekatte").asString();
            String municipality = n.get("obshtina").asString();
            String geo = places.get(code);
            if (geo == null) {
                geo = places.get(centres.get(municipality));
                fallbacks.add(code + " " + n.get("name").asString());
            }
            String[] lonLat = geo.split(",");
            rows.add(List.of(
                    code,
                    n.get("t_v_m").asString(),
                    n.get("name").asString(),
                    n.get("name_en").asString(),
                    municipality,
                    n.get("oblast").asString(),
                    coordinate(lonLat[1]),
                    coordinate(lonLat[0]),
                    population.getOrDefault(code, "")));
        }
        check(rows.size() == 5256, "5256 settlements expected, got " + rows.size());
        System.out.printf(
                "settlements: %d, %d placed at their municipality centre (no coordinates): %s%n",
                rows.size(), fallbacks.size(), fallbacks);
        write(
                "settlements.csv",
                List.of("ekatte", "kind", "name_bg", "name_en", "municipality", "oblast", "lat", "lon", "population"),
                rows);
    }

    /** The latest count: the 2017 estimate (nikolovdeyan census table), else December 2013 (yurukov). */
    private Map<String, String> populations() throws IOException {
        var population = new HashMap<String, String>();
        csv("bulgaria-geocoding-yurukov/settlements.csv")
                .forEach(r -> population.put(r.get("ekatte"), r.get("population")));
        csv("bulgaria-geocoding-nikolovdeyan/census_data_settlements.csv").forEach(r -> {
            if (!r.get("2017").isBlank()) {
                population.put(r.get("ekatte"), r.get("2017"));
            }
        });
        return population;
    }

    /** Former names (same EKATTE code, other spelling in older releases) plus the hand-kept list above. */
    private void writeAliases(List<JsonNode> ekatte) throws IOException {
        var current = new HashMap<String, JsonNode>();
        ekatte.forEach(n -> current.put(n.get("ekatte").asString(), n));
        var aliases = new TreeSet<List<String>>(
                Comparator.comparing((List<String> l) -> l.get(2)).thenComparing(l -> PlaceNames.looseKey(l.get(0))));
        aliases.addAll(KNOWN_ALIASES);
        formerNames(current, "bulgaria-geocoding-yurukov/settlements.csv", "name_bg", aliases);
        formerNames(current, "bulgaria-geocoding-yurukov/settlements_loc.csv", "name", aliases);
        formerNames(current, "bulgaria-geocoding-nikolovdeyan/EKATTE_Settlements.csv", "name", aliases);
        write(
                "settlement-aliases.csv",
                List.of("name_bg", "municipality", "ekatte", "reason"),
                new ArrayList<>(aliases));
        System.out.printf("aliases: %d%n", aliases.size());
    }

    private void formerNames(Map<String, JsonNode> current, String file, String column, TreeSet<List<String>> aliases)
            throws IOException {
        for (CSVRecord r : csv(file)) {
            JsonNode now = current.get(r.get("ekatte"));
            String name = PlaceNames.stripKind(r.get(column));
            if (now != null
                    && !PlaceNames.looseKey(name)
                            .equals(PlaceNames.looseKey(now.get("name").asString()))) {
                aliases.add(List.of(name, now.get("obshtina").asString(), r.get("ekatte"), "renamed"));
            }
        }
    }

    private Map<String, JsonNode> geojsonProperties(String file, String codeProperty) {
        var byCode = new TreeMap<String, JsonNode>();
        JsonMapper.builder()
                .build()
                .readTree(source.resolve("bulgaria-geocoding-nikolovdeyan/" + file)
                        .toFile())
                .get("features")
                .forEach(f -> byCode.put(f.get("properties").get(codeProperty).asString(), f.get("properties")));
        return byCode;
    }

    private List<CSVRecord> csv(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(source.resolve(file), StandardCharsets.UTF_8)) {
            return IN.parse(in).getRecords();
        }
    }

    private void write(String file, List<String> header, List<List<String>> rows) throws IOException {
        try (var out = new CSVPrinter(Files.newBufferedWriter(target.resolve(file), StandardCharsets.UTF_8), OUT)) {
            out.printRecord(header);
            out.printRecords(rows);
        }
    }

    /** By content, not Files.copy: the sources are read-only and their mode must not come along. */
    private void copy(String from, String to) throws IOException {
        Files.deleteIfExists(target.resolve(to));
        Files.write(target.resolve(to), Files.readAllBytes(source.resolve(from)));
    }

    private static String coordinate(String text) {
        return String.valueOf(Double.parseDouble(text.strip()));
    }

    private static <V> V require(Map<String, V> map, String key) {
        V value = map.get(key);
        check(value != null, "no entry for " + key);
        return value;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
