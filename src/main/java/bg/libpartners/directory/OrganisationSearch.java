package bg.libpartners.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one Bulgarian search over organisations: every word must be found in the name or the settlement, stemmed
 * ("библиотеки" finds "библиотека"), transliterated ("Prosveta" finds "Просвета"), or one letter off when the word is
 * longer than five letters; facets count the hits by type, oblast, municipality, status and strategic level.
 */
@Component
class OrganisationSearch {

    /** Words the analyser drops ("на", "и"): a query word that is one of them would match nothing. */
    private static final org.apache.lucene.analysis.CharArraySet STOP_WORDS =
            org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet();

    static final List<String> FACETS = List.of("type", "oblast", "municipality", "status", "strategic");

    @PersistenceContext
    private EntityManager entityManager;

    private final PlaceLabels labels;

    OrganisationSearch(PlaceLabels labels) {
        this.labels = labels;
    }

    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public SearchResults search(SearchFilter filter, Pageable pageable) {
        return search(filter, pageable, true);
    }

    /** Without facets the query only scores and sorts the page: what the API's list needs. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public SearchResults search(SearchFilter filter, Pageable pageable, boolean withFacets) {
        var session = Search.session(entityManager);
        Map<String, AggregationKey<? extends Map<?, Long>>> keys = new LinkedHashMap<>();
        var query = session.search(Organisation.class)
                .where(f -> predicate(f, filter));
        for (var name : withFacets ? FACETS : List.<String>of()) {
            Class<?> type = name.equals("status") ? OrganisationStatus.class
                    : name.equals("strategic") ? StrategicLevel.class : String.class;
            AggregationKey<Map<Object, Long>> key = AggregationKey.of(name);
            keys.put(name, key);
            query = query.aggregation(key, f -> f.terms().field(name, (Class<Object>) type)
                    .maxTermCount(name.equals("municipality") ? 300 : 50));
        }
        var sorted = blank(filter.q())
                ? query.sort(f -> f.field("name_sort").then().field("id_sort"))
                : query.sort(f -> f.score().then().field("name_sort"));
        var result = sorted.fetch((int) pageable.getOffset(), pageable.getPageSize());
        var hits = result.hits().stream().map(labels::summary).toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            result.aggregation(key).forEach((value, count) -> counts.put(
                    value instanceof Enum<?> e ? e.name() : String.valueOf(value), count));
            facets.put(name, counts);
        });
        return new SearchResults(new PageImpl<>(hits, pageable, result.total().hitCount()), facets);
    }

    /** Names that start with what was typed, for suggestions as you type. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> suggest(String q, int limit) {
        if (blank(q) || q.trim().length() < 2) {
            return List.of();
        }
        return Search.session(entityManager).search(Organisation.class)
                .where(f -> f.bool()
                        .must(f.match().field("name_suggest").matching(q.trim()))
                        .should(f.match().field("name").matching(q.trim())))
                .sort(f -> f.score().then().field("name_sort"))
                .fetchHits(limit).stream().map(labels::summary).toList();
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, SearchFilter filter) {
        var bool = f.bool();
        bool.must(f.matchAll());
        if (!blank(filter.q())) {
            for (String word : words(filter.q())) {
                bool.must(word(f, word));
            }
        }
        if (filter.kind() != null) {
            bool.filter(f.match().field("kind").matching(filter.kind()));
        }
        keyword(f, bool, "type", filter.type());
        keyword(f, bool, "oblast", filter.oblast());
        keyword(f, bool, "municipality", filter.municipality());
        if (filter.status() != null) {
            bool.filter(f.match().field("status").matching(filter.status()));
        }
        if (filter.strategic() != null) {
            bool.filter(f.match().field("strategic").matching(filter.strategic()));
        }
        return bool;
    }

    private static PredicateFinalStep word(SearchPredicateFactory f, String word) {
        var any = f.bool();
        any.should(f.match().field("name").boost(3f).matching(word));
        any.should(f.match().field("name_translit").matching(word));
        any.should(f.match().fields("place", "place_translit").boost(0.5f).matching(word));
        any.should(f.match().field("eik").matching(word));
        if (word.length() > 5) {
            any.should(f.match().field("name").matching(word).fuzzy(1).boost(0.5f));
            any.should(f.match().field("name_translit").matching(word).fuzzy(1).boost(0.3f));
        }
        return any;
    }

    private static void keyword(SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> bool, String field,
            String value) {
        if (!blank(value)) {
            bool.filter(f.match().field(field).matching(value.trim()));
        }
    }

    static List<String> words(String q) {
        return java.util.Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank() && !STOP_WORDS.contains(w)).limit(10).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
