package bg.libpartners.geography;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class GeographyLoaderIT {

    @Autowired
    GeographyLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsEveryOblastMunicipalityAndSettlementOnStart() {
        assertThat(count("oblast")).isEqualTo(28);
        assertThat(count("municipality")).isEqualTo(265);
        assertThat(count("settlement")).isEqualTo(5256);
        assertThat(count("settlement where lat is null or lon is null")).isZero();
        assertThat(jdbc.queryForObject("select search_key from settlement where ekatte = '12259'", String.class))
                .isEqualTo("vratsa");
    }

    @Test
    void changesNothingWhenRunAgain() {
        var results = loader.load();

        assertThat(results).allSatisfy(r -> {
            assertThat(r.inserted()).isZero();
            assertThat(r.updated()).isZero();
            assertThat(r.extra()).isZero();
        });
        assertThat(results).extracting(TableSync.Result::unchanged).containsExactly(28, 265, 5256);
        assertThat(count("settlement")).isEqualTo(5256);
    }

    @Test
    void restoresARowThatDiffersFromTheShippedData() {
        jdbc.update("update settlement set name_bg = 'Враца!', population = null where ekatte = '12259'");

        var results = loader.load();

        assertThat(results.get(2).updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name_bg from settlement where ekatte = '12259'", String.class))
                .isEqualTo("Враца");
        assertThat(jdbc.queryForObject("select population from settlement where ekatte = '12259'", Integer.class))
                .isPositive();
    }

    @Test
    void aSecondLoadWritesNothing() {
        loader.load();
        var again = loader.load();

        assertThat(again).allSatisfy(r -> {
            assertThat(r.inserted()).as(r.table()).isZero();
            assertThat(r.updated()).as(r.table()).isZero();
        });
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
