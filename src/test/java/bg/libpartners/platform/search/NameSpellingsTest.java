package bg.libpartners.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSpellingsTest {

    @Test
    void readsAWordBackFromItsOfficialLatinWhereTheLatinIsAmbiguous() {
        assertThat(NameSpellings.roundTrip("напредък")).isEqualTo("напредак");
        assertThat(NameSpellings.roundTrip("братство")).isEqualTo("брацтво");
        assertThat(NameSpellings.roundTrip("ляхово")).isEqualTo("ляхово");
        assertThat(NameSpellings.roundTrip("1897")).isEqualTo("1897");
    }

    @Test
    void mergesTheLatinSpellingsPeopleUseBesideTheLaws() {
        assertThat(NameSpellings.loose("методий"))
                .isEqualTo(NameSpellings.loose("metodii"))
                .isEqualTo(NameSpellings.loose("metodij"))
                .isEqualTo(NameSpellings.loose("metodiy"));
        assertThat(NameSpellings.loose("толстой")).isEqualTo(NameSpellings.loose("tolstoi"));
        assertThat(NameSpellings.loose("ясна"))
                .isEqualTo(NameSpellings.loose("jasna"))
                .isEqualTo("iasna");
        assertThat(NameSpellings.loose("поляна"))
                .isEqualTo(NameSpellings.loose("poljana"))
                .isEqualTo(NameSpellings.loose("poliana"));
        assertThat(NameSpellings.loose("вапцаров"))
                .isEqualTo(NameSpellings.loose("vapcarov"))
                .isEqualTo(NameSpellings.loose("vaptzarov"));
        assertThat(NameSpellings.loose("пазарджик")).isEqualTo(NameSpellings.loose("pazardjik"));
        assertThat(NameSpellings.loose("христо")).isEqualTo(NameSpellings.loose("khristo"));
        assertThat(NameSpellings.loose("чавдар")).isNotEqualTo(NameSpellings.loose("цавдар"));
    }

    @Test
    void dropsStopWordsWrittenInTheLawsLatin() {
        assertThat(BulgarianAnalysis.dropped("parvo")).isTrue(); // "първо", which the mapping reads back as "парво"
        assertThat(BulgarianAnalysis.dropped("първо")).isTrue();
        assertThat(BulgarianAnalysis.dropped("Prosveta")).isFalse();
    }
}
