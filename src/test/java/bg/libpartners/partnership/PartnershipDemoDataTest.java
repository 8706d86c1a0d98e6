package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo partnerships tell the seed's three Bulgarian examples with the seed's partners and aims. */
class PartnershipDemoDataTest {

    /** "община", "област", "гр." or "с." followed by a word in lower case: a place name without its capital. */
    static final Pattern LOWER_CASE_PLACE =
            Pattern.compile("(?:\\bобщина|\\bобласт|\\bгр\\.|\\bс\\.)\\s+\\p{Ll}", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void goalsAreSentencesOfTheirOwnWithPlaceNamesCapitalised() {
        for (var example : PartnershipDemoData.EXAMPLES) {
            var goal = example.goal();
            assertThat(goal).as(example.title()).doesNotStartWith("Обща цел").doesNotStartWith("Общи цели");
            assertThat(Character.isUpperCase(goal.codePointAt(0))).as(goal).isTrue();
            for (var text : new String[] {example.title(), example.need(), goal}) {
                assertThat(LOWER_CASE_PLACE.matcher(text).find()).as(text).isFalse();
                assertThat(text).doesNotContain("първомай").doesNotContain("карлово");
            }
        }
    }

    /** The generated part of the living demo (#18) keeps the same rules as the seed's examples. */
    @Test
    void generatedThemesHaveNoRepeatedLabelAndNoLowerCasePlace() {
        assertThat(PartnershipDemoData.THEMES).isNotEmpty();
        for (var theme : PartnershipDemoData.THEMES) {
            assertThat(theme.goal())
                    .as(theme.title())
                    .doesNotStartWith("Обща цел")
                    .doesNotStartWith("Общи цели")
                    .doesNotStartWith(theme.title());
            for (var text : new String[] {theme.title(), theme.need(), theme.goal(), theme.leadRole()}) {
                assertThat(LOWER_CASE_PLACE.matcher(text).find()).as(text).isFalse();
                assertThat(text).doesNotContain("Община Баня").doesNotContain("Винишка");
            }
        }
    }

    @Test
    void partnersAreTheOnesTheSeedNames() {
        var banya = PartnershipDemoData.EXAMPLES.stream()
                .filter(e -> e.place().equals("БАНЯ"))
                .findFirst()
                .orElseThrow();
        assertThat(banya.partners()).containsExactly("Община Карлово", "Дом за хора с умствена изостаналост");
        var trud = PartnershipDemoData.EXAMPLES.stream()
                .filter(e -> e.place().equals("ТРУД"))
                .findFirst()
                .orElseThrow();
        assertThat(trud.partners()).contains("Кметство Труд");
        PartnershipDemoData.EXAMPLES.forEach(e -> assertThat(e.partners()).doesNotContain("Община Баня"));
    }
}
