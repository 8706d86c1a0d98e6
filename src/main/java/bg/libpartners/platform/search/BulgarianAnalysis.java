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
 * {@code name_sort}/{@code keyword}: a lower-cased whole value for sorting and facets.
 */
public class BulgarianAnalysis implements LuceneAnalysisConfigurer {

    /** The words of a query that the {@code transliterated} analyser drops: stop words in either script. */
    private static final Analyzer STOP_WORDS_IN_EITHER_SCRIPT;

    static {
        try {
            var resources = new ClasspathResourceLoader(BulgarianAnalysis.class.getClassLoader());
            STOP_WORDS_IN_EITHER_SCRIPT = CustomAnalyzer.builder(resources)
                    .withTokenizer("standard")
                    .addCharFilter("mapping", "mapping", "bg/latin-to-cyrillic.txt")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop", "words", "org/apache/lucene/analysis/bg/stopwords.txt", "ignoreCase", "true")
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
    public static final String AUTOCOMPLETE = "autocomplete";
    public static final String SORT = "name_sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(BULGARIAN).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop").param("words", "org/apache/lucene/analysis/bg/stopwords.txt")
                .param("ignoreCase", "true")
                .tokenFilter("bulgarianStem")
                .tokenFilter("patternReplace").param("pattern", "я").param("replacement", "е")
                .param("replace", "all");
        context.analyzer(TRANSLITERATED).custom()
                .tokenizer("standard")
                .charFilter("mapping").param("mapping", "bg/latin-to-cyrillic.txt")
                .tokenFilter("lowercase")
                .tokenFilter("stop").param("words", "org/apache/lucene/analysis/bg/stopwords.txt")
                .param("ignoreCase", "true")
                .tokenFilter("bulgarianStem")
                .tokenFilter("patternReplace").param("pattern", "я").param("replacement", "е")
                .param("replace", "all")
                .tokenFilter("patternReplace").param("pattern", "ъ").param("replacement", "а")
                .param("replace", "all");
        context.analyzer(AUTOCOMPLETE).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("edgeNGram").param("minGramSize", "2").param("maxGramSize", "15");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
