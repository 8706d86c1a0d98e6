package bg.libpartners.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNamesTest {

    @ParameterizedTest
    @CsvSource({"Vratsa", "гр. Враца", "ВРАЦА", "враца", "гр.Враца", "град Враца", "GR. VRATSA", "  Враца  "})
    void givesOneKeyForEveryWayOfWritingVratsa(String text) {
        assertThat(PlaceNames.key(text)).isEqualTo("vratsa");
    }

    @ParameterizedTest
    @CsvSource({
        "с. Брестовица, brestovitsa",
        "село Брестовица, brestovitsa",
        "СЕЛО  БРЕСТОВИЦА, brestovitsa",
        "ман. Рилски манастир, rilski manastir",
        "обл. Смолян, smolyan",
        "област Смолян, smolyan",
        "община Столична, stolichna",
        "общ. Столична, stolichna",
        "София-град, sofia grad",
        "Цар-Петрово, tsar petrovo",
        "Sofia, sofia"
    })
    void stripsKindPrefixesAndPunctuation(String text, String key) {
        assertThat(PlaceNames.key(text)).isEqualTo(key);
    }

    @Test
    void readsLatinLetterTypedInsideACyrillicWord() {
        // the "A" here is Latin: the register has such rows
        assertThat(PlaceNames.key("КОСТAЛЕВО")).isEqualTo(PlaceNames.key("Косталево"));
        assertThat(PlaceNames.key("Cливен")).isEqualTo("sliven");
    }

    @Test
    void keepsLatinQueriesAsTheyAre() {
        assertThat(PlaceNames.key("Veliko Tarnovo")).isEqualTo("veliko tarnovo");
        assertThat(PlaceNames.key("Stara Zagora")).isEqualTo("stara zagora");
    }

    @Test
    void looseKeyIgnoresSpacesDigitsAndShortI() {
        assertThat(PlaceNames.looseKey("Поп Груево")).isEqualTo(PlaceNames.looseKey("Попгруево"));
        assertThat(PlaceNames.looseKey("Струйно")).isEqualTo(PlaceNames.looseKey("Струино"));
        assertThat(PlaceNames.looseKey("Дреновец-2")).isEqualTo(PlaceNames.looseKey("Дреновец"));
    }

    @Test
    void stripKindKeepsTheNameAsWritten() {
        assertThat(PlaceNames.stripKind("СЕЛО  ГАРА ОРЕШЕЦ")).isEqualTo("ГАРА ОРЕШЕЦ");
        assertThat(PlaceNames.stripKind("гр.Враца")).isEqualTo("Враца");
        assertThat(PlaceNames.stripKind("Градец")).isEqualTo("Градец");
        assertThat(PlaceNames.stripKind("Селановци")).isEqualTo("Селановци");
    }

    @Test
    void toleratesNull() {
        assertThat(PlaceNames.key(null)).isEmpty();
    }
}
