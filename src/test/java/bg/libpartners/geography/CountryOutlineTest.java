package bg.libpartners.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryOutlineTest {

    private final CountryOutline bulgaria = CountryOutline.load();

    @Test
    void knowsPointsInsideBulgaria() {
        assertThat(bulgaria.contains(42.6977, 23.3219)).as("Sofia").isTrue();
        assertThat(bulgaria.contains(43.2141, 27.9147)).as("Varna").isTrue();
        assertThat(bulgaria.contains(41.5670, 23.2790)).as("Sandanski").isTrue();
        assertThat(bulgaria.contains(43.7, 22.9))
                .as("Vidin's oblast, in the north-west")
                .isTrue();
    }

    @Test
    void knowsPointsOutsideWithinTheBoundingRanges() {
        assertThat(bulgaria.contains(44.2, 26.1))
                .as("Romania, north of the Danube")
                .isFalse();
        assertThat(bulgaria.contains(41.6771, 26.5557)).as("Edirne").isFalse();
        assertThat(bulgaria.contains(42.7, 28.5)).as("the Black Sea").isFalse();
        assertThat(bulgaria.contains(41.3, 22.5)).as("North Macedonia").isFalse();
    }

    @Test
    void measuresDistancesOnTheSphere() {
        assertThat(Geography.distanceKm(42.6977, 23.3219, 42.1354, 24.7453))
                .as("Sofia–Plovdiv")
                .isBetween(128.0, 134.0);
        assertThat(Geography.distanceKm(42.15, 24.75, 42.40, 24.75)).isBetween(27.5, 28.3);
    }
}
