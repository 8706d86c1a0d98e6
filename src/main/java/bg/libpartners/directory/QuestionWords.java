package bg.libpartners.directory;

import bg.libpartners.platform.Transliteration;
import bg.libpartners.platform.search.BulgarianAnalysis;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a question to the directory, split as the index splits names, and which of them are weak. */
final class QuestionWords {

    /** Every other character, and where letters meet digits ("Н.Й.Вапцаров-1897г." → н, й, вапцаров, 1897, г). */
    private static final String BETWEEN_WORDS = "[^\\p{L}\\p{N}]+|(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N})";

    /** Words that say what kind of place or body rather than which ("гр.", "с.", "Св.", "НЧ"), in either script. */
    private static final Set<String> KIND_WORDS =
            Set.of("gr", "grad", "selo", "sv", "sveti", "nch", "narodno", "chitalishte", "kv");

    private QuestionWords() {}

    /** The words, lower case, without stop words in either script; ten at most. */
    static List<String> of(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split(BETWEEN_WORDS))
                .filter(w -> !w.isBlank() && !BulgarianAnalysis.dropped(w))
                .limit(10)
                .toList();
    }

    /**
     * An initial, a number (a year of foundation) or a {@link #KIND_WORDS kind word}: it helps a hit that has it, and
     * is never required, since people add them ("гр. Пазарджик", "Sv.Sv.") where the register has none and leave them
     * out where it has.
     */
    static boolean weak(String word) {
        return word.length() == 1
                || word.chars().allMatch(Character::isDigit)
                || KIND_WORDS.contains(Transliteration.toLatin(word));
    }
}
