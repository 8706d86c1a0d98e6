package bg.libpartners.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers every module's index uses. {@code bulgarian}: standard tokens, lower case, Bulgarian stop words,
 * the Bulgarian stemmer, then "я" folded into "е", because the stemmer alone leaves plurals apart (библиотеки ≠
 * библиотека). {@code transliterated}: Latin letters turned into Cyrillic first, so "Prosveta" finds "Просвета", and
 * after stemming "ъ" folded into "а", which is how the Streamlined System writes it ("Tarnovo" finds "Търново").
 * {@code names} (index) and {@code names_query} (search): the same for names of organisations and places, where
 * words glued by dots or to numbers are split ("Н.Й.Вапцаров-1897г." → н, й, вапцаров, 1897, г) and every word is
 * indexed also as its official Latin reads back ({@link NameSpellings#roundTrip}), so the Streamlined System's Latin
 * finds it whatever its ambiguities. {@code places}/{@code places_query}: the same without the stemmer, which would
 * make one village of Горан and Горановци. {@code names_loose}: the words as loose Latin keys ({@link NameSpellings#loose}),
 * for the spellings people use besides the law's. {@code autocomplete}/{@code autocomplete_query}: word prefixes, split
 * and read back the same way, for suggestions as you type.
 * {@code name_sort}/{@code keyword}: a lower-cased whole value for sorting and facets.
 */
public class BulgarianAnalysis implements LuceneAnalysisConfigurer {

    /** The words of a query that the {@code transliterated} analyser drops: stop words in either script. */
    private static final Analyzer STOP_WORDS_IN_EITHER_SCRIPT;

    /** The stop words in the Streamlined System's Latin ("parvo" for "първо", which the mapping reads "парво"). */
    private static final java.util.Set<String> LATIN_STOP_WORDS = new java.util.HashSet<>();

    static {
        for (Object word : org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet()) {
            LATIN_STOP_WORDS.add(bg.libpartners.platform.Transliteration.toLatin(new String((char[]) word)));
        }
        try {
            var resources = new ClasspathResourceLoader(BulgarianAnalysis.class.getClassLoader());
            STOP_WORDS_IN_EITHER_SCRIPT = CustomAnalyzer.builder(resources)
                    .withTokenizer("standard")
                    .addCharFilter("mapping", "mapping", "bg/latin-to-cyrillic.txt")
                    .addTokenFilter("lowercase")
                    .addTokenFilter(
                            "stop", "words", "org/apache/lucene/analysis/bg/stopwords.txt", "ignoreCase", "true")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a word of a query would be dropped by the {@code transliterated} analyser ("на", and "na" or "i" in
     * Latin letters): such a word must not become a required clause, which would match nothing.
     */
    public static boolean dropped(String word) {
        if (LATIN_STOP_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        try (TokenStream tokens = STOP_WORDS_IN_EITHER_SCRIPT.tokenStream("", word)) {
            tokens.reset();
            boolean any = tokens.incrementToken();
            tokens.end();
            return !any;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String BULGARIAN = "bulgarian";
    public static final String TRANSLITERATED = "transliterated";
    public static final String NAMES = "names";
    public static final String NAMES_QUERY = "names_query";
    public static final String NAMES_LOOSE = "names_loose";
    public static final String PLACES = "places";
    public static final String PLACES_QUERY = "places_query";
    public static final String AUTOCOMPLETE = "autocomplete";
    public static final String AUTOCOMPLETE_QUERY = "autocomplete_query";

    /** Dots and colons between letters, and the seam between letters and digits: where a name's words meet. */
    static final String WORD_SEAMS = "[.:]|(?<=\\p{N})(?=\\p{L})|(?<=\\p{L})(?=\\p{N})";

    public static final String SORT = "name_sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(BULGARIAN)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/bg/stopwords.txt")
                .param("ignoreCase", "true")
                .tokenFilter("bulgarianStem")
                .tokenFilter("patternReplace")
                .param("pattern", "я")
                .param("replacement", "е")
                .param("replace", "all");
        context.analyzer(TRANSLITERATED)
                .custom()
                .tokenizer("standard")
                .charFilter("mapping")
                .param("mapping", "bg/latin-to-cyrillic.txt")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/bg/stopwords.txt")
                .param("ignoreCase", "true")
                .tokenFilter("bulgarianStem")
                .tokenFilter("patternReplace")
                .param("pattern", "я")
                .param("replacement", "е")
                .param("replace", "all")
                .tokenFilter("patternReplace")
                .param("pattern", "ъ")
                .param("replacement", "а")
                .param("replace", "all");
        for (boolean index : new boolean[] {true, false}) {
            var names = context.analyzer(index ? NAMES : NAMES_QUERY)
                    .custom()
                    .tokenizer("standard")
                    .charFilter("mapping")
                    .param("mapping", "bg/latin-to-cyrillic.txt")
                    .charFilter("patternReplace")
                    .param("pattern", WORD_SEAMS)
                    .param("replacement", " ")
                    .tokenFilter("lowercase")
                    .tokenFilter("stop")
                    .param("words", "org/apache/lucene/analysis/bg/stopwords.txt")
                    .param("ignoreCase", "true");
            if (index) {
                names.tokenFilter(NameSpellings.RoundTripFilterFactory.class);
            }
            names.tokenFilter("bulgarianStem")
                    .tokenFilter("patternReplace")
                    .param("pattern", "я")
                    .param("replacement", "е")
                    .param("replace", "all")
                    .tokenFilter("patternReplace")
                    .param("pattern", "ъ")
                    .param("replacement", "а")
                    .param("replace", "all");
            var places = context.analyzer(index ? PLACES : PLACES_QUERY)
                    .custom()
                    .tokenizer("standard")
                    .charFilter("mapping")
                    .param("mapping", "bg/latin-to-cyrillic.txt")
                    .charFilter("patternReplace")
                    .param("pattern", WORD_SEAMS)
                    .param("replacement", " ")
                    .tokenFilter("lowercase")
                    .tokenFilter("stop")
                    .param("words", "org/apache/lucene/analysis/bg/stopwords.txt")
                    .param("ignoreCase", "true");
            if (index) {
                places.tokenFilter(NameSpellings.RoundTripFilterFactory.class);
            }
            var prefixes = context.analyzer(index ? AUTOCOMPLETE : AUTOCOMPLETE_QUERY)
                    .custom()
                    .tokenizer("standard")
                    .charFilter("mapping")
                    .param("mapping", "bg/latin-to-cyrillic.txt")
                    .charFilter("patternReplace")
                    .param("pattern", WORD_SEAMS)
                    .param("replacement", " ")
                    .tokenFilter("lowercase");
            if (index) {
                prefixes.tokenFilter(NameSpellings.RoundTripFilterFactory.class)
                        .tokenFilter("edgeNGram")
                        .param("minGramSize", "2")
                        .param("maxGramSize", "15");
            }
        }
        context.analyzer(NAMES_LOOSE)
                .custom()
                .tokenizer("standard")
                .charFilter("patternReplace")
                .param("pattern", WORD_SEAMS)
                .param("replacement", " ")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/bg/stopwords.txt")
                .param("ignoreCase", "true")
                .tokenFilter(NameSpellings.LooseFilterFactory.class);
        context.normalizer(SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}
