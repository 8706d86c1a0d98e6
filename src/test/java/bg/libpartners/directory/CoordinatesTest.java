package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void readsACommaOrAPointAndADegreeSign() {
        assertThat(Coordinates.parse("42,6977")).isEqualTo(42.6977);
        assertThat(Coordinates.parse(" 42.6977 ")).isEqualTo(42.6977);
        assertThat(Coordinates.parse("23,3219°")).isEqualTo(23.3219);
        assertThat(Coordinates.parse("-8,5")).isEqualTo(-8.5);
        assertThat(Coordinates.parse("42.12345678"))
                .as("six decimals, about 10 cm")
                .isEqualTo(42.123457);
        assertThat(Coordinates.parse("  ")).isNull();
    }

    @Test
    void refusesWhatIsNotDecimalDegrees() {
        for (var text : new String[] {"42,697,7", "42.6.9", "1e5", "четиридесет", "42° 41′", "1234.5"}) {
            assertThatThrownBy(() -> Coordinates.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void writesTheReadersDecimalSeparator() {
        assertThat(Coordinates.format(42.6977, Locale.forLanguageTag("bg"))).isEqualTo("42,6977");
        assertThat(Coordinates.format(42.6977, Locale.ENGLISH)).isEqualTo("42.6977");
        assertThat(Coordinates.format(null, Locale.ENGLISH)).isEmpty();
    }
}
