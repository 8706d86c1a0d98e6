package bg.libpartners.platform.search;

import bg.libpartners.platform.Transliteration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link NameSpellings}' two spellings of a word as chains of whole-token regular-expression replacements, for a
 * search backend that cannot run the house's own Lucene filters (OpenSearch, where only built-in filters are
 * available): each step is an OpenSearch {@code pattern_replace} token filter, or the built-in ASCII folding. They
 * give the same words as {@link NameSpellings#roundTrip} and {@link NameSpellings#loose} (SpellingChainsTest checks
 * that on every settlement of the country and every chitalishte of the register).
 *
 * <p>The Latin-to-Cyrillic mapping reads its longest match first at each place, left to right; one replacement marks
 * every multi-letter match at once ("{sht}"), which keeps that order, and the later steps turn the marks and the
 * single letters into Cyrillic.
 */
public final class SpellingChains {

    /** One step: every match of {@code pattern} replaced by {@code replacement}; {@link #ASCII_FOLDING} folds. */
    public record Step(String pattern, String replacement) {
        public boolean folding() {
            return pattern == null;
        }
    }

    /** Latin letters with marks to their plain letters (Lucene's and OpenSearch's {@code asciifolding}). */
    public static final Step ASCII_FOLDING = new Step(null, null);

    /** Where the mapping of Latin letters to Cyrillic lives; also the source of the OpenSearch char filter. */
    public static final String LATIN_TO_CYRILLIC = "bg/latin-to-cyrillic.txt";

    private static final Pattern MAPPING_LINE = Pattern.compile("\"(.+)\"\\s*=>\\s*\"(.*)\"");

    private SpellingChains() {}

    /** The Latin-to-Cyrillic mapping as the file has it, in its order ("Sht" → "щ"). */
    public static Map<String, String> latinToCyrillic() {
        var mapping = new LinkedHashMap<String, String>();
        var in = Objects.requireNonNull(SpellingChains.class.getClassLoader().getResourceAsStream(LATIN_TO_CYRILLIC));
        try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                var m = MAPPING_LINE.matcher(line.strip());
                if (!line.startsWith("#") && m.matches()) {
                    mapping.put(m.group(1), m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mapping;
    }

    /** A lower-case word to its Streamlined-System Latin ({@link Transliteration#toLatin}). */
    public static List<Step> toLatin() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("(?<!\\p{L})" + Transliteration.COUNTRY + "(?!\\p{L})", Transliteration.COUNTRY_LATIN));
        steps.add(new Step("ия(?!\\p{L})", "ia"));
        var byLatin = new LinkedHashMap<String, StringBuilder>();
        Transliteration.letters()
                .forEach((cyrillic, latin) ->
                        byLatin.computeIfAbsent(latin, l -> new StringBuilder()).append(cyrillic));
        byLatin.forEach((latin, letters) ->
                steps.add(new Step(letters.length() == 1 ? letters.toString() : "[" + letters + "]", latin)));
        return steps;
    }

    /** Lower-case Latin back to Cyrillic as {@link #LATIN_TO_CYRILLIC} maps it, longest match first. */
    public static List<Step> fromLatin() {
        var lower = new LinkedHashMap<String, String>();
        latinToCyrillic().forEach((latin, cyrillic) -> {
            if (latin.equals(latin.toLowerCase(java.util.Locale.ROOT))) {
                lower.put(latin, cyrillic);
            }
        });
        var longer = lower.keySet().stream()
                .filter(k -> k.length() > 1)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<Step> steps = new ArrayList<>();
        if (!longer.isEmpty()) {
            steps.add(new Step(
                    "(" + String.join("|", longer.stream().map(Pattern::quote).toList()) + ")", "{$1}"));
            for (var key : longer) {
                steps.add(new Step(Pattern.quote("{" + key + "}"), Matcher.quoteReplacement(lower.get(key))));
            }
        }
        lower.forEach((latin, cyrillic) -> {
            if (latin.length() == 1) {
                steps.add(new Step(Pattern.quote(latin), Matcher.quoteReplacement(cyrillic)));
            }
        });
        return steps;
    }

    /** {@link NameSpellings#roundTrip}: a lower-case word through its Latin back into Cyrillic. */
    public static List<Step> roundTrip() {
        List<Step> steps = new ArrayList<>(toLatin());
        steps.addAll(fromLatin());
        return steps;
    }

    /** {@link NameSpellings#loose}: a lower-case word in either script as a loose Latin key. */
    public static List<Step> loose() {
        List<Step> steps = new ArrayList<>(toLatin());
        steps.add(new Step("š", "sh"));
        steps.add(new Step("č", "ch"));
        steps.add(new Step("ž", "zh"));
        steps.add(ASCII_FOLDING);
        String[][] merges = {
            {"dj", "dzh"},
            {"tz", "ts"},
            {"ch", "č"},
            {"sh", "š"},
            {"zh", "ž"},
            {"kh", "h"},
            {"ts", "c"},
            {"ph", "f"},
            {"w", "v"},
            {"q", "k"},
            {"x", "ks"},
            {"y", "i"},
            {"j", "i"}
        };
        for (var merge : merges) {
            steps.add(new Step(merge[0], merge[1]));
        }
        steps.add(new Step("(.)\\1+", "$1"));
        return steps;
    }

    /** Applies the steps to a word, as the backend's filters do (for tests and for checking a chain by hand). */
    public static String apply(List<Step> steps, String word) {
        var out = word;
        for (var step : steps) {
            if (step.folding()) {
                char[] folded = new char[out.length() * 4];
                int length = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(
                        out.toCharArray(), 0, folded, 0, out.length());
                out = new String(folded, 0, length);
            } else {
                out = Pattern.compile(step.pattern()).matcher(out).replaceAll(step.replacement());
            }
        }
        return out;
    }
}
