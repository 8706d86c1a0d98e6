package bg.libpartners.practice;

import bg.libpartners.platform.cache.AnswerCache;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Full-text search over published practices in Bulgarian (plurals and word forms folded, Latin spelling of places
 * understood), narrowed by facets: country, partner type, field, target group, year. Results come from the index
 * alone: a search opens no database connection and no transaction.
 *
 * <p>Answers are cached per normalised question (words in lower case with single spaces, facet values sorted, page
 * and size), at most {@code libpartners.practice.search-cache-size} of them (least recently used out first) for
 * {@code libpartners.practice.search-cache-seconds} (the platform's {@link AnswerCache}). Publishing or withdrawing a
 * practice makes every kept answer stale once the change is committed (and so in the index); an answer computed
 * while a change was committed is not kept. On several nodes another node's change is seen at the latest when the
 * entries expire.
 */
@Service
public class PracticeSearch {

    static final String COUNTRY = "country";
    static final String PARTNER_TYPE = "partners.type";
    static final String FIELD = "field";
    static final String TARGET_GROUP = "targetGroup";
    static final String YEAR = "year";
    /** Above this many hits the API list gives a lower bound as its total (see {@link #page}). */
    static final long HIT_COUNT_THRESHOLD = 1000;

    private final EntityManagerFactory entityManagers;
    /** Raised whenever published practices change: answers of an older generation are never served. */
    private final AtomicLong changes = new AtomicLong();

    private final AnswerCache<Key, Result> cache;

    PracticeSearch(EntityManagerFactory entityManagers, PracticeProperties properties) {
        this.entityManagers = entityManagers;
        this.cache = new AnswerCache<>(
                properties.searchCacheSize(), Duration.ofSeconds(properties.searchCacheSeconds()), changes::get);
    }

    /** The practices in the index changed (one was published or withdrawn, or the index was rebuilt). */
    record PracticesChanged() {}

    /**
     * Forgets the cached answers after the change commits (at once when there is no transaction). Registered as a
     * synchronization from a plain listener, not as a transactional listener, which the event publication registry
     * would record and mark in a second transaction while the first still holds its connection.
     */
    @EventListener
    void on(PracticesChanged changed) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    /** Forgets every cached answer; for whoever rebuilt the index or wrote practices around the service. */
    public void invalidate() {
        changes.incrementAndGet();
    }

    /** The question as the cache knows it: the same for "Библиотека  деца" and "библиотека деца". */
    private record Key(
            String q,
            Set<String> country,
            Set<String> partnerType,
            Set<String> field,
            Set<String> targetGroup,
            Set<Integer> year,
            long offset,
            int size,
            boolean facets) {

        static Key of(Criteria c, Pageable pageable, boolean facets) {
            var q = c.hasWords() ? c.q().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : "";
            return new Key(
                    q,
                    new TreeSet<>(c.country()),
                    new TreeSet<>(c.partnerType()),
                    new TreeSet<>(c.field()),
                    new TreeSet<>(c.targetGroup()),
                    new TreeSet<>(c.year()),
                    pageable.getOffset(),
                    pageable.getPageSize(),
                    facets);
        }
    }

    /** What a visitor asked for: words and, per facet, the values any of which a practice must have. */
    public record Criteria(
            String q,
            Set<String> country,
            Set<String> partnerType,
            Set<String> field,
            Set<String> targetGroup,
            Set<Integer> year) {

        public Criteria {
            country = country == null ? Set.of() : Set.copyOf(country);
            partnerType = partnerType == null ? Set.of() : Set.copyOf(partnerType);
            field = field == null ? Set.of() : Set.copyOf(field);
            targetGroup = targetGroup == null ? Set.of() : Set.copyOf(targetGroup);
            year = year == null ? Set.of() : Set.copyOf(year);
        }

        public static Criteria words(String q) {
            return new Criteria(q, null, null, null, null, null);
        }

        public boolean hasWords() {
            return q != null && !q.isBlank();
        }
    }

    public record FacetValue(String value, long count) {}

    /** A page of practices and, for each facet, how many of the matching practices have each value. */
    public record Result(Page<PracticeCard> page, Map<String, List<FacetValue>> facets) {}

    public Result search(Criteria criteria, Pageable pageable) {
        return cached(criteria, pageable, true);
    }

    /**
     * The page alone, without facet counts: what API clients paging through results need, at a fraction of the cost.
     * Its total is exact up to {@value #HIT_COUNT_THRESHOLD} hits (or the end of the page asked for and one more page)
     * and a lower bound above: there is always a next page when the total says so.
     */
    public Page<PracticeCard> page(Criteria criteria, Pageable pageable) {
        return cached(criteria, pageable, false).page();
    }

    /**
     * With facets, two answers that are cached apart: the facet counts and exact total, which do not depend on the
     * page (every page of a question shares them), and the page itself, the cheap query that may stop counting.
     */
    private Result cached(Criteria criteria, Pageable pageable, boolean withFacets) {
        var page = cached(criteria, pageable, false, false).page();
        if (!withFacets) {
            return new Result(page, Map.of());
        }
        var counted = cached(criteria, PageRequest.of(0, 1), true, true);
        return new Result(
                new PageImpl<>(page.getContent(), pageable, counted.page().getTotalElements()), counted.facets());
    }

    private Result cached(Criteria criteria, Pageable pageable, boolean withFacets, boolean exactCount) {
        return cache.get(Key.of(criteria, pageable, withFacets), () -> {
            try (var entityManager = entityManagers.createEntityManager()) {
                return run(Search.session(entityManager), criteria, pageable, withFacets, exactCount);
            }
        });
    }

    private Result run(
            SearchSession session, Criteria criteria, Pageable pageable, boolean withFacets, boolean exactCount) {
        SearchScope<GoodPractice> scope = session.scope(GoodPractice.class);
        var countries = AggregationKey.<Map<String, Long>>of(COUNTRY);
        var types = AggregationKey.<Map<String, Long>>of(PARTNER_TYPE);
        var fields = AggregationKey.<Map<String, Long>>of(FIELD);
        var groups = AggregationKey.<Map<String, Long>>of(TARGET_GROUP);
        var years = AggregationKey.<Map<Integer, Long>>of(YEAR);
        var query = session.search(scope)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("title", String.class),
                                f.field("summary", String.class),
                                f.field(COUNTRY, String.class),
                                f.field("place", String.class),
                                f.field(YEAR, Integer.class),
                                f.field("publishedAt", Instant.class))
                        .asList(PracticeSearch::card))
                .where(f -> predicate(f, criteria));
        if (!criteria.hasWords()) { // else by relevance alone (ties in index order): Lucene can then skip the
            // blocks of hits that cannot reach the page
            query = query.sort(f -> f.field("publishedAt").desc().missing().last());
        }
        if (withFacets) {
            query = query.aggregation(
                            countries,
                            f -> f.terms().field(COUNTRY, String.class).maxTermCount(60))
                    .aggregation(
                            types,
                            f -> f.terms().field(PARTNER_TYPE, String.class).maxTermCount(30))
                    .aggregation(
                            fields, f -> f.terms().field(FIELD, String.class).maxTermCount(30))
                    .aggregation(
                            groups,
                            f -> f.terms().field(TARGET_GROUP, String.class).maxTermCount(30))
                    .aggregation(
                            years, f -> f.terms().field(YEAR, Integer.class).maxTermCount(60));
        }
        if (!exactCount) {
            // Without facets nothing needs every hit: count exactly up to 1,000 (or just past the page asked for),
            // then let Lucene skip the hits that cannot reach the page (the total becomes a lower bound).
            query = query.totalHitCountThreshold(
                    Math.max(HIT_COUNT_THRESHOLD, pageable.getOffset() + 2L * pageable.getPageSize()));
        }
        var result = query.fetch((int) pageable.getOffset(), pageable.getPageSize());
        var page = new PageImpl<>(
                List.copyOf(result.hits()), pageable, result.total().hitCountLowerBound());
        var facets = new LinkedHashMap<String, List<FacetValue>>();
        if (!withFacets) {
            return new Result(page, facets);
        }
        facets.put(COUNTRY, values(result.aggregation(countries)));
        facets.put(PARTNER_TYPE, values(result.aggregation(types)));
        facets.put(FIELD, values(result.aggregation(fields)));
        facets.put(TARGET_GROUP, values(result.aggregation(groups)));
        var yearValues = new ArrayList<FacetValue>();
        result.aggregation(years).entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                .forEach(e -> yearValues.add(new FacetValue(String.valueOf(e.getKey()), e.getValue())));
        facets.put(YEAR, yearValues);
        return new Result(page, facets);
    }

    /** Published practices that share fields, target groups, partner types or words with the given one. */
    public List<PracticeCard> similar(PracticeView practice, int count) {
        try (var entityManager = entityManagers.createEntityManager()) {
            return similar(Search.session(entityManager), practice, count);
        }
    }

    private static List<PracticeCard> similar(SearchSession session, PracticeView practice, int count) {
        return session.search(GoodPractice.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("title", String.class),
                                f.field("summary", String.class),
                                f.field(COUNTRY, String.class),
                                f.field("place", String.class),
                                f.field(YEAR, Integer.class),
                                f.field("publishedAt", Instant.class))
                        .asList(PracticeSearch::card))
                .where(f -> f.bool(b -> {
                    b.must(f.match().field("status").matching(PracticeStatus.PUBLISHED));
                    b.mustNot(f.id().matching(practice.id()));
                    if (!practice.fields().isEmpty()) {
                        b.should(f.terms()
                                .field(FIELD)
                                .matchingAny(practice.fields())
                                .boost(3));
                    }
                    if (!practice.targetGroups().isEmpty()) {
                        b.should(f.terms()
                                .field(TARGET_GROUP)
                                .matchingAny(practice.targetGroups())
                                .boost(2));
                    }
                    if (!practice.partnerTypes().isEmpty()) {
                        b.should(f.terms().field(PARTNER_TYPE).matchingAny(practice.partnerTypes()));
                    }
                    b.should(f.match()
                            .fields("title", "summary")
                            .matching(practice.title() + " " + practice.summary())
                            .boost(0.5f));
                    b.minimumShouldMatchNumber(1);
                }))
                .fetchHits(count);
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, Criteria c) {
        return f.bool(b -> {
            b.filter(f.match().field("status").matching(PracticeStatus.PUBLISHED));
            if (c.hasWords()) {
                // "text" holds title (thrice), place, summary, story, results, lessons and partners' names, in
                // either script: one lookup per word
                b.must(f.simpleQueryString().field("text").matching(c.q()).defaultOperator(BooleanOperator.AND));
            }
            anyOf(f, b, COUNTRY, c.country());
            anyOf(f, b, PARTNER_TYPE, c.partnerType());
            anyOf(f, b, FIELD, c.field());
            anyOf(f, b, TARGET_GROUP, c.targetGroup());
            if (!c.year().isEmpty()) {
                b.filter(f.terms().field(YEAR).matchingAny(c.year()));
            }
        });
    }

    private static void anyOf(
            SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> b,
            String field,
            Set<String> values) {
        if (!values.isEmpty()) {
            b.filter(f.terms().field(field).matchingAny(values));
        }
    }

    private static List<FacetValue> values(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<String, Long>::getValue)
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new FacetValue(e.getKey(), e.getValue()))
                .toList();
    }

    private static PracticeCard card(List<?> values) {
        return new PracticeCard(
                (Long) values.get(0),
                (String) values.get(1),
                (String) values.get(2),
                (String) values.get(3),
                (String) values.get(4),
                (Integer) values.get(5),
                (Instant) values.get(6),
                PracticeStatus.PUBLISHED);
    }
}
