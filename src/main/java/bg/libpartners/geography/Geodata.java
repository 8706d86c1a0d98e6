package bg.libpartners.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The classifiers as shipped in {@code classpath:geodata/} (written by {@code GeodataBuilder}); read without Spring
 * so that unit tests and the loader see exactly the same rows.
 */
record Geodata(
        List<OblastRow> oblasts,
        List<MunicipalityRow> municipalities,
        List<SettlementRow> settlements,
        List<AliasRow> aliases) {

    static final String TOWN = "гр.";

    record OblastRow(String code, String ekatte, String nuts3, String nameBg, String nameEn) {}

    record MunicipalityRow(String code, String oblastCode, String ekatte, String nameBg, String nameEn) {}

    record SettlementRow(
            String ekatte,
            String kind,
            String nameBg,
            String nameEn,
            String municipalityCode,
            String oblastCode,
            Double lat,
            Double lon,
            Integer population) {

        String searchKey() {
            return PlaceNames.key(nameBg);
        }
    }

    /** A former or colloquial name that registers still use for a settlement (renamed, merged into a town). */
    record AliasRow(String nameBg, String municipalityCode, String ekatte, String reason) {}

    static Geodata fromClasspath() {
        return new Geodata(
                read(
                        "oblasts.csv",
                        r -> new OblastRow(
                                r.get("code"), r.get("ekatte"), r.get("nuts3"), r.get("name_bg"), r.get("name_en"))),
                read(
                        "municipalities.csv",
                        r -> new MunicipalityRow(
                                r.get("code"), r.get("oblast"), r.get("ekatte"), r.get("name_bg"), r.get("name_en"))),
                read(
                        "settlements.csv",
                        r -> new SettlementRow(
                                r.get("ekatte"),
                                r.get("kind"),
                                r.get("name_bg"),
                                r.get("name_en"),
                                r.get("municipality"),
                                r.get("oblast"),
                                decimal(r.get("lat")),
                                decimal(r.get("lon")),
                                integer(r.get("population")))),
                read(
                        "settlement-aliases.csv",
                        r -> new AliasRow(r.get("name_bg"), r.get("municipality"), r.get("ekatte"), r.get("reason"))));
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> mapper) {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (InputStream in = Geodata.class.getClassLoader().getResourceAsStream("geodata/" + file)) {
            if (in == null) {
                throw new IllegalStateException("geodata/" + file + " is missing from the classpath");
            }
            var rows = new ArrayList<T>(6000);
            try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                parser.forEach(r -> rows.add(mapper.apply(r)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read geodata/" + file, e);
        }
    }

    private static Double decimal(String text) {
        return text == null || text.isEmpty() ? null : Double.valueOf(text);
    }

    private static Integer integer(String text) {
        return text == null || text.isEmpty() ? null : Integer.valueOf(text);
    }
}
