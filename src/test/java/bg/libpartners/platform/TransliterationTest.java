package bg.libpartners.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

    @ParameterizedTest
    @CsvSource({
        "София, Sofia",
        "Враца, Vratsa",
        "Щастливец, Shtastlivets",
        "Шумен, Shumen",
        "Жеравна, Zheravna",
        "Търговище, Targovishte",
        "Юнаци, Yunatsi",
        "Ябълково, Yabalkovo",
        "Чирпан, Chirpan",
        "Хасково, Haskovo",
        "Кърджали, Kardzhali",
        "Мизия, Mizia",
        "Гьоврен, Gyovren",
        "Йоаким Груево, Yoakim Gruevo",
        "Българияново, Balgariyanovo",
        "ВРАЦА, VRATSA",
        "ЩИТ, SHTIT",
        "ИЯ, IA",
        "Бяла Слатина, Byala Slatina"
    })
    void transliteratesByTheStreamlinedSystem(String cyrillic, String latin) {
        assertThat(Transliteration.toLatin(cyrillic)).isEqualTo(latin);
    }

    @Test
    void writesIaOnlyAtTheEndOfAWord() {
        assertThat(Transliteration.toLatin("Ияков и Мария")).isEqualTo("Iyakov i Maria");
        assertThat(Transliteration.toLatin("Ботаника")).isEqualTo("Botanika");
    }

    @Test
    void writesTheCountrysNameAsTheLawSays() {
        assertThat(Transliteration.toLatin("Република България")).isEqualTo("Republika Bulgaria");
        assertThat(Transliteration.toLatin("Българияново")).isEqualTo("Balgariyanovo");
    }

    @Test
    void toleratesNull() {
        assertThat(Transliteration.toLatin(null)).isNull();
    }
}
