package bg.libpartners.platform.search;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link BulgarianAnalysis} as OpenSearch index settings, for {@code libpartners.search.backend=opensearch}: the same
 * analysers under the same names, built from OpenSearch's own char filters and token filters (no plugin needed).
 *
 * <ul>
 * <li>Stop words: {@code _bulgarian_}, the list of Lucene's Bulgarian analyser, as on Lucene.</li>
 * <li>Stemmer: {@code stemmer} with {@code language: bulgarian}, Lucene's BulgarianStemFilter, as on Lucene.</li>
 * <li>Latin to Cyrillic: the {@code mapping} char filter with the lines of {@code bg/latin-to-cyrillic.txt}.</li>
 * <li>{@link NameSpellings.RoundTripFilterFactory} (the index keeps each word also as its official Latin reads back):
 * a {@code multiplexer} that keeps the word and adds the result of the {@link SpellingChains#roundTrip} chain of
 * {@code pattern_replace} filters at the same position (an identical variant is dropped, as on Lucene).</li>
 * <li>{@link NameSpellings.LooseFilterFactory}: the {@link SpellingChains#loose} chain in place of the word.</li>
 * </ul>
 * Both chains give the same words as the Lucene filters (SpellingChainsTest). What differs is scoring: OpenSearch
 * scores per shard, so with more than one shard the order of hits of nearly equal score may differ from Lucene's.
 */
public class BulgarianOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    static final String LATIN = "bg_latin_to_cyrillic";
    static final String SEAMS = "bg_word_seams";
    static final String STOP = "bg_stop";
    static final String STEM = "bg_stem";
    static final String YA_TO_E = "bg_ya_to_e";
    static final String ER_TO_A = "bg_er_to_a";
    static final String ROUND_TRIP = "bg_round_trip";
    static final String EDGE = "bg_prefixes";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(LATIN)
                .type("mapping")
                .param(
                        "mappings",
                        SpellingChains.latinToCyrillic().entrySet().stream()
                                .map(e -> e.getKey() + " => " + e.getValue())
                                .toArray(String[]::new));
        context.charFilter(SEAMS)
                .type("pattern_replace")
                .param("pattern", BulgarianAnalysis.WORD_SEAMS)
                .param("replacement", " ");
        context.tokenFilter(STOP).type("stop").param("stopwords", "_bulgarian_").param("ignore_case", true);
        context.tokenFilter(STEM).type("stemmer").param("language", "bulgarian");
        context.tokenFilter(YA_TO_E)
                .type("pattern_replace")
                .param("pattern", "я")
                .param("replacement", "е");
        context.tokenFilter(ER_TO_A)
                .type("pattern_replace")
                .param("pattern", "ъ")
                .param("replacement", "а");
        context.tokenFilter(EDGE).type("edge_ngram").param("min_gram", 2).param("max_gram", 15);
        var roundTrip = chain(context, "bg_rt_", SpellingChains.roundTrip());
        // one chain: a list of one comma-separated entry (a plain string would be read as one filter per name)
        context.tokenFilter(ROUND_TRIP)
                .type("multiplexer")
                .param("filters", new String[] {String.join(",", roundTrip)})
                .param("preserve_original", true);
        var loose = chain(context, "bg_loose_", SpellingChains.loose());

        context.analyzer(BulgarianAnalysis.BULGARIAN)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", STOP, STEM, YA_TO_E);
        context.analyzer(BulgarianAnalysis.TRANSLITERATED)
                .custom()
                .tokenizer("standard")
                .charFilters(LATIN)
                .tokenFilters("lowercase", STOP, STEM, YA_TO_E, ER_TO_A);
        context.analyzer(BulgarianAnalysis.NAMES)
                .custom()
                .tokenizer("standard")
                .charFilters(LATIN, SEAMS)
                .tokenFilters("lowercase", STOP, ROUND_TRIP, STEM, YA_TO_E, ER_TO_A);
        context.analyzer(BulgarianAnalysis.NAMES_QUERY)
                .custom()
                .tokenizer("standard")
                .charFilters(LATIN, SEAMS)
                .tokenFilters("lowercase", STOP, STEM, YA_TO_E, ER_TO_A);
        context.analyzer(BulgarianAnalysis.PLACES)
                .custom()
                .tokenizer("standard")
                .charFilters(LATIN, SEAMS)
                .tokenFilters("lowercase", STOP, ROUND_TRIP);
        context.analyzer(BulgarianAnalysis.PLACES_QUERY)
                .custom()
                .tokenizer("standard")
                .charFilters(LATIN, SEAMS)
                .tokenFilters("lowercase", STOP);
        context.analyzer(BulgarianAnalysis.AUTOCOMPLETE)
                .custom()
                .tokenizer("standard")
                .charFilters(LATIN, SEAMS)
                .tokenFilters("lowercase", ROUND_TRIP, EDGE);
        context.analyzer(BulgarianAnalysis.AUTOCOMPLETE_QUERY)
                .custom()
                .tokenizer("standard")
                .charFilters(LATIN, SEAMS)
                .tokenFilters("lowercase");
        List<String> looseFilters = new ArrayList<>(List.of("lowercase", STOP));
        looseFilters.addAll(loose);
        context.analyzer(BulgarianAnalysis.NAMES_LOOSE)
                .custom()
                .tokenizer("standard")
                .charFilters(SEAMS)
                .tokenFilters(looseFilters.toArray(String[]::new));
        context.normalizer(BulgarianAnalysis.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }

    /** Declares each step as a filter named {@code prefix} and its number; returns the names in order. */
    private static List<String> chain(
            ElasticsearchAnalysisConfigurationContext context, String prefix, List<SpellingChains.Step> steps) {
        List<String> names = new ArrayList<>(steps.size());
        for (var step : steps) {
            if (step.folding()) {
                names.add("asciifolding");
                continue;
            }
            var name = prefix + (names.size() + 1);
            context.tokenFilter(name)
                    .type("pattern_replace")
                    .param("pattern", step.pattern())
                    .param("replacement", step.replacement())
                    .param("all", true);
            names.add(name);
        }
        return names;
    }
}
