package bg.libpartners.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.platform.Transliteration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenSearch analysis spells {@link NameSpellings}' two spellings with built-in filters ({@link SpellingChains});
 * here both give the same word for every word of the country's settlements and of the chitalishta register, in
 * Cyrillic and in its Latin.
 */
class SpellingChainsTest {

    static Set<String> words() throws IOException {
        Set<String> words = new TreeSet<>();
        for (var file : List.of("geodata/settlements.csv", "directory/chitalishta-register.csv")) {
            var text = new String(new ClassPathResource(file).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (var word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                    words.add(Transliteration.toLatin(word));
                }
            }
        }
        words.addAll(List.of(
                "българия",
                "софия",
                "тсх",
                "схт",
                "йа",
                "ьо",
                "ия",
                "иявка",
                "щъркел",
                "tsht",
                "djordje",
                "müller",
                "łódź",
                "žiča",
                "vaptzarov",
                "metodij",
                "ßtraße"));
        return words;
    }

    @Test
    void theRoundTripChainReadsEveryWordBackAsNameSpellingsDoes() throws IOException {
        var chain = SpellingChains.roundTrip();
        List<String> differ = new ArrayList<>();
        var words = words();
        for (var word : words) {
            var expected = NameSpellings.roundTrip(word);
            var got = SpellingChains.apply(chain, word);
            if (!expected.equals(got)) {
                differ.add(word + ": " + expected + " ≠ " + got);
            }
        }
        assertThat(words).hasSizeGreaterThan(10_000);
        assertThat(differ).isEmpty();
    }

    @Test
    void theLooseChainGivesEveryWordTheKeyNameSpellingsGives() throws IOException {
        var chain = SpellingChains.loose();
        List<String> differ = new ArrayList<>();
        for (var word : words()) {
            var expected = NameSpellings.loose(word);
            var got = SpellingChains.apply(chain, word);
            if (!expected.equals(got)) {
                differ.add(word + ": " + expected + " ≠ " + got);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void theMappingIsReadFromTheSameFileAsLucenes() {
        var mapping = SpellingChains.latinToCyrillic();
        assertThat(mapping)
                .containsEntry("sht", "щ")
                .containsEntry("Sht", "щ")
                .containsEntry("x", "кс")
                .containsEntry("ia", "ия")
                .hasSize(76);
    }
}
