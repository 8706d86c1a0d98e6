package bg.libpartners.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers every module's index uses. {@code bulgarian}: standard tokens, lower case, Bulgarian stop words,
 * the Bulgarian stemmer, then "я" folded into "е" and "ъ"/"ё" quirks smoothed, because the stemmer alone leaves
 * plurals apart (библиотеки ≠ библиотека). {@code transliterated}: Latin letters turned into Cyrillic first, so
 * "Prosveta" finds "Просвета". {@code name_sort}/{@code keyword}: a lower-cased whole value for sorting and facets.
 */
public class BulgarianAnalysis implements LuceneAnalysisConfigurer {

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
