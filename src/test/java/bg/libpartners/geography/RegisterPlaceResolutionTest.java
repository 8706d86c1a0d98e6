package bg.libpartners.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Ministry of Culture's register of chitalishta names places its own way; nearly all must land on EKATTE. */
class RegisterPlaceResolutionTest {

    private static PlaceIndex index;
    private static List<CSVRecord> register;

    @BeforeAll
    static void load() throws IOException {
        index = new PlaceIndex(Geodata.fromClasspath());
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        var csv = RegisterPlaceResolutionTest.class.getResourceAsStream("/directory/chitalishta-register.csv");
        assertThat(csv)
                .as("directory/chitalishta-register.csv on the classpath")
                .isNotNull();
        try (Reader in = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            // row "0" is the register's own test record
            register = format.parse(in).getRecords().stream()
                    .filter(r -> !"0".equals(r.get("Рег. №")))
                    .toList();
        }
    }

    @Test
    void resolvesAtLeast99PercentOfTheChitalishtaRegister() {
        var outcomes = new EnumMap<PlaceMatch.Outcome, Integer>(PlaceMatch.Outcome.class);
        var unresolved = new ArrayList<String>();
        var approximate = new ArrayList<String>();
        for (CSVRecord row : register) {
            var match = index.resolve(row.get("Област"), row.get("Община"), row.get("Град/село"));
            outcomes.merge(match.outcome(), 1, Integer::sum);
            if (match.outcome() == PlaceMatch.Outcome.APPROXIMATE) {
                approximate.add("%s | %s | %s → %s %s (%s)"
                        .formatted(
                                row.get("Община"),
                                row.get("Град/село"),
                                match.place().municipalityCode(),
                                match.place().nameBg(),
                                match.place().ekatte(),
                                match.detail()));
            }
            if (!match.resolved()) {
                unresolved.add("%s | %s | %s | %s: %s"
                        .formatted(
                                row.get("Рег. №"),
                                row.get("Област"),
                                row.get("Община"),
                                row.get("Град/село"),
                                match.outcome() + " " + match.detail()));
            }
        }
        double rate = 1.0 - (double) unresolved.size() / register.size();
        System.out.printf(
                "register places: %d rows, %.2f%% resolved, outcomes %s%n", register.size(), rate * 100, outcomes);
        unresolved.forEach(line -> System.out.println("  unresolved " + line));
        approximate.forEach(line -> System.out.println("  approximate " + line));
        assertThat(rate).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void readsTheRegistersWaysOfNamingPlaces() {
        assertThat(ekatte("СОФИЯ-ГРАД", "СТОЛИЧНА", "ГРАД СОФИЯ")).isEqualTo("68134");
        assertThat(ekatte("ПЛОВДИВ", "РОДОПИ", "СЕЛО БРЕСТОВИЦА")).isEqualTo("06505");
        assertThat(ekatte("ДОБРИЧ", "ДОБРИЧКА", "СЕЛО ОДРИНЦИ")).isEqualTo("53432");
        assertThat(ekatte("ВАРНА", "БЯЛА", "СЕЛО ПОПОВИЧ")).isEqualTo("57635");
        assertThat(ekatte("ВИДИН", "ДИМОВО", "СЕЛО  ГАРА ОРЕШЕЦ")).isEqualTo("14489");
        assertThat(ekatte("ВРАЦА", "ВРАЦА", "СЕЛО КОСТAЛЕВО")).isEqualTo("38875");
        assertThat(ekatte("ДОБРИЧ", "ТЕРВЕЛ", "СЕЛО ПОП ГРУЕВО")).isEqualTo("57563");
        assertThat(ekatte("ШУМЕН", "ШУМЕН", "СЕЛО СТРУЙНО")).isEqualTo("69924");
    }

    @Test
    void findsASettlementThatMovedToANewMunicipality() {
        var match = index.resolve("ПАЗАРДЖИК", "ВЕЛИНГРАД", "ГРАД СЪРНИЦА");
        assertThat(match.outcome()).isEqualTo(PlaceMatch.Outcome.APPROXIMATE);
        assertThat(match.place().municipalityCode()).isEqualTo("PAZ39");
    }

    @Test
    void explainsWhatItCannotResolve() {
        assertThat(index.resolve("ВАРНА", "НИКЪДЕ", "СЕЛО НИЩО").outcome())
                .isEqualTo(PlaceMatch.Outcome.NO_SUCH_MUNICIPALITY);
        assertThat(index.resolve("ВАРНА", "ВАРНА", "СЕЛО НИЩО").outcome())
                .isEqualTo(PlaceMatch.Outcome.NO_SUCH_SETTLEMENT);
        assertThat(index.resolve("ПЛОВДИВ", "", "СЕЛО БРЕСТОВИЦА").outcome()).isEqualTo(PlaceMatch.Outcome.EXACT);
        assertThat(index.resolve("", "", "СЕЛО БРЕСТОВИЦА").outcome()).isEqualTo(PlaceMatch.Outcome.AMBIGUOUS);
    }

    @Test
    void tellsTheVillageFromTheFormerStationOfTheSameName() {
        assertThat(ekatte("СОФИЯ", "СВОГЕ", "СЕЛО БОВ")).isEqualTo("04546");
        assertThat(ekatte("СОФИЯ", "СВОГЕ", "ГАРА ГАРА БОВ")).isEqualTo("14461");
    }

    private static String ekatte(String oblast, String municipality, String settlement) {
        var match = index.resolve(oblast, municipality, settlement);
        assertThat(match.resolved())
                .as("%s / %s / %s: %s", oblast, municipality, settlement, match.detail())
                .isTrue();
        return match.place().ekatte();
    }
}
