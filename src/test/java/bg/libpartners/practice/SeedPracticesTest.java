package bg.libpartners.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The eight seeded practices say what the programme's presentation says (a copy of it is in the test resources):
 * the right places and partners, and no number, year or figure the presentation does not hold.
 */
class SeedPracticesTest {

    static final String PRESENTATION = read("/practice/programme-presentation-2011.txt");
    static final Pattern NUMBER = Pattern.compile("\\d+");

    @Test
    void namesThePlacesAndPartnersAsTheyAre() {
        for (var seed : SeedPractices.ALL) {
            assertThat(text(seed.draft()))
                    .as(seed.slug())
                    .doesNotContain("Община Баня")
                    .doesNotContain("Винишка");
        }
        assertThat(draft("banya-digital-inclusion").partners())
                .extracting(PracticeDraft.Partner::name)
                .contains("Община Карлово");
        assertThat(draft("banya-digital-inclusion").place()).contains("община Карлово");
        assertThat(draft("ukraine-bar-project-centre").place()).isEqualTo("Бар, Виницка област, Украйна");
    }

    @Test
    void givesNoNumberYearOrFigureThePresentationDoesNotHold() {
        var known = numbers(PRESENTATION);
        for (var seed : SeedPractices.ALL) {
            var d = seed.draft();
            assertThat(d.startYear())
                    .as(seed.slug() + ": the presentation gives no years")
                    .isNull();
            assertThat(d.endYear()).as(seed.slug()).isNull();
            assertThat(numbers(text(d))).as(seed.slug()).isSubsetOf(known);
            for (var figure : d.figures()) {
                assertThat(PRESENTATION).as(seed.slug()).contains(figure.amount() + " " + figure.label());
            }
        }
    }

    @Test
    void whatIsOnlyThereToReadWellIsMarkedAsAnIllustration() {
        for (var seed : SeedPractices.ALL) {
            assertThat(seed.draft().story().contains("За пример:"))
                    .as(seed.slug())
                    .isEqualTo(seed.illustrative());
        }
        assertThat(SeedPractices.ALL)
                .filteredOn(SeedPractices.Seed::illustrative)
                .extracting(s -> s.draft().country())
                .containsOnly("BG");
    }

    @Test
    void eachSeedReplacesItsEarlierTextButNotItsCurrentOne() {
        for (var seed : SeedPractices.ALL) {
            assertThat(seed.superseded())
                    .as(seed.slug())
                    .isNotEmpty()
                    .doesNotContain(SeedPractices.fingerprint(seed.draft()));
        }
        assertThat(SeedPractices.fingerprint(OldSeedTexts.BANYA))
                .isIn(SeedPractices.ALL.stream()
                        .filter(s -> s.slug().equals("banya-digital-inclusion"))
                        .findFirst()
                        .orElseThrow()
                        .superseded());
    }

    static PracticeDraft draft(String slug) {
        return SeedPractices.ALL.stream()
                .filter(s -> s.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .draft();
    }

    /** Every text a reader sees of a practice. */
    static String text(PracticeDraft d) {
        var parts = new ArrayList<String>(List.of(
                d.title(),
                d.summary(),
                d.story(),
                d.country(),
                String.valueOf(d.place()),
                String.valueOf(d.results()),
                String.valueOf(d.lessons())));
        d.partners().forEach(p -> parts.add(p.name()));
        d.figures().forEach(f -> parts.add(f.label()));
        return String.join("\n", parts);
    }

    static Set<String> numbers(String text) {
        return NUMBER.matcher(text).results().map(m -> m.group()).collect(Collectors.toSet());
    }

    private static String read(String resource) {
        try (var in = SeedPracticesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
