package bg.libpartners.directory;

import bg.libpartners.taxonomy.PartnerSubtype;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The one Bulgarian search over organisations, for the search page, the API and the pickers alike: a chitalishte's
 * name as people know it and its village ("Кирил и Методий Ляхово", "Sv.Sv. Kiril i Metodiy Lyahovo",
 * "Н.Й.Вапцаров-1897 г. Пазарджик"). Every word must be found in the name or the settlement (or be the EIK), except
 * the {@link QuestionWords#weak weak} ones (initials, years, "гр.", "Св.", "НЧ"), which only add to the score; a word
 * weighs the same in either field ({@link NameOrPlace}), so among hundreds of "Христо Ботев" the one of the village
 * named comes first.
 * Names are split where dots or digits glue words ("Н.Й.Вапцаров-1897г."), stemmed ("библиотеки" finds
 * "библиотека"), transliterated ("Prosveta" finds "Просвета", and every word is indexed also as its official Latin
 * reads back, so "Napredak" finds "Напредък": see BulgarianAnalysis); facets count the hits by type, oblast,
 * municipality, status and strategic level.
 *
 * <p>Cost per request (see BENCHMARKS.md): hits are projected from the index (no database read per page); each word
 * reads the name's and the settlement's postings once; the lenient {@link Reading readings} (loose Latin spellings
 * such as "Metodii" or "Jasna Poljana", one letter off, one word missing), whose fuzzy clauses enumerate the term
 * dictionary, run only when the readings before found nothing: a question spelt right never pays for them.
 * The test set of the whole register is NameAndPlaceSearchIT.
 */
@Component
class OrganisationSearch {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrganisationSearch.class);

    /** A page asked with its facets counts its own hits only this far: the exact total comes with the facets. */
    private static final int PAGE_COUNT_UP_TO = 1_000;

    /**
     * How many of a question's first hits are found at once, by id, for whichever of its pages is asked first (20
     * pages of 20): its other pages then read only their own hits. Pages beyond are searched one by one.
     */
    static final int WINDOW = 400;

    static final List<String> FACETS = List.of("type", "oblast", "municipality", "status", "strategic");

    @PersistenceUnit
    private EntityManagerFactory entityManagerFactory;

    /**
     * How a question is read: {@code EXACT} first; only when it finds nothing, {@code SPELLING} (loose Latin, one
     * letter off); only when that finds nothing either and three words or more must be found, {@code ALL_BUT_ONE} (one
     * of them may be missing: "Никола Вапцаров Пазарджик" for "Н.Й.Вапцаров-1897 г."). A question that finds something
     * never pays for the next reading.
     */
    enum Reading {
        EXACT,
        SPELLING,
        ALL_BUT_ONE
    }

    private final PlaceLabelLookup labels;
    private final SearchCache cache;
    private final SearchGate gate;
    private volatile NameOrPlace nameOrPlace;

    OrganisationSearch(PlaceLabelLookup labels, DirectoryProperties properties) {
        this.labels = labels;
        this.cache = new SearchCache(properties.searchCacheSize(), properties.searchCacheSeconds() * 1000);
        this.gate = new SearchGate(properties.searchConcurrency());
    }

    public SearchResults search(SearchFilter filter, Pageable pageable) {
        return search(filter, pageable, true);
    }

    /**
     * Without facets the query only scores and sorts the page: what the API's list needs. Answers come from
     * {@link SearchCache} when the same normalised question was answered since the directory last changed.
     */
    public SearchResults search(SearchFilter filter, Pageable pageable, boolean withFacets) {
        return search(filter, pageable, withFacets, Integer.MAX_VALUE);
    }

    /**
     * A page of hits whose total is counted exactly only up to {@code exactCountUpTo}: above it Lucene may stop
     * counting (and skip hits that cannot reach the page), and {@link SearchResults#totalExact()} says the total is a
     * lower bound. Facet counts are always exact (they visit every hit anyway).
     */
    public SearchResults search(SearchFilter filter, Pageable pageable, boolean withFacets, int exactCountUpTo) {
        var normal = normalise(filter);
        if (!withFacets) {
            return page(normal, pageable, exactCountUpTo);
        }
        // The facets and the exact total do not depend on the page: one answer serves every page of a question,
        // and the page itself is the cheap query that may stop counting.
        var counted = counted(normal);
        var page = page(normal, pageable, Math.min(exactCountUpTo, PAGE_COUNT_UP_TO))
                .page();
        return new SearchResults(
                new PageImpl<>(page.getContent(), pageable, counted.page().getTotalElements()), counted.facets(), true);
    }

    /**
     * A page of a normalised question without facets: kept as answered, or read out of the question's {@link
     * SearchCache.Window window} of first hits (found once for all its pages within {@link #WINDOW}), or searched.
     */
    private SearchResults page(SearchFilter normal, Pageable pageable, int threshold) {
        var key = new SearchCache.Key(normal, pageable.getOffset(), pageable.getPageSize(), false, threshold);
        if (!cache.on() || !pageable.isPaged() || pageable.getOffset() + pageable.getPageSize() > WINDOW) {
            return cache.get(key, () -> uncached(normal, pageable, false, threshold));
        }
        return cache.get(key, () -> {
            var window = cache.window(new SearchCache.WindowKey(normal, threshold), () -> window(normal, threshold));
            var ids = window.ids();
            int from = (int) Math.min(pageable.getOffset(), ids.length);
            int to = Math.min(from + pageable.getPageSize(), ids.length);
            var page = Arrays.copyOfRange(ids, from, to);
            var hits = blank(normal.q()) ? summaries(page) : gate.run(() -> summaries(page));
            return new SearchResults(new PageImpl<>(hits, pageable, window.total()), Map.of(), window.exact());
        });
    }

    /** How often a page was read out of a window kept in memory. */
    long windowHits() {
        return cache.windowStats().hitCount();
    }

    /** The ids of a question's first {@link #WINDOW} hits, in order, as its readings find them. */
    private SearchCache.Window window(SearchFilter normal, int threshold) {
        var found = readings(normal, PageRequest.of(0, WINDOW), false, threshold, f -> f.id(Long.class));
        return new SearchCache.Window(
                found.hits().stream().mapToLong(Long::longValue).toArray(), found.total(), found.exact());
    }

    /** The summaries of these organisations from the index, in this order (one left out if it is gone meanwhile). */
    private List<OrganisationSummary> summaries(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        var wanted = Arrays.stream(ids).boxed().toList();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            var byId = new HashMap<Long, OrganisationSummary>();
            Search.session(entityManager)
                    .search(Organisation.class)
                    .select(f -> summary(f))
                    .where(f -> f.id().matchingAny(wanted))
                    .fetchHits(ids.length)
                    .forEach(hit -> byId.put(hit.id(), hit));
            return wanted.stream().map(byId::get).filter(Objects::nonNull).toList();
        }
    }

    /** The facet counts of a question, without a page of hits. */
    public Map<String, Map<String, Long>> facets(SearchFilter filter) {
        return counted(normalise(filter)).facets();
    }

    /** The facets and exact total of a normalised question (no hits), from the cache when it is there. */
    private SearchResults counted(SearchFilter normal) {
        return cache.get(
                new SearchCache.Key(normal, 0, 0, true, Integer.MAX_VALUE),
                () -> uncached(normal, Pageable.unpaged(), true, Integer.MAX_VALUE));
    }

    /**
     * The search itself, never cached (exports page through everything). No transaction and no database
     * connection: a plain session only hosts the index query, whose hits are projected from the index.
     */
    SearchResults uncached(SearchFilter filter, Pageable pageable, boolean withFacets, int threshold) {
        var found = readings(filter, pageable, withFacets, threshold, this::summary);
        var page = pageable.isPaged()
                ? new PageImpl<>(found.hits(), pageable, found.total())
                : new PageImpl<OrganisationSummary>(List.of(), PageRequest.of(0, 1), found.total());
        return new SearchResults(page, found.facets(), found.exact());
    }

    /** What one reading of a question found: the page's hits, the total (or a lower bound), the facet counts. */
    private record Found<T>(List<T> hits, long total, boolean exact, Map<String, Map<String, Long>> facets) {}

    /** The question read {@link Reading#EXACT exactly}, then as leniently as it needs until something is found. */
    private <T> Found<T> readings(
            SearchFilter filter,
            Pageable pageable,
            boolean withFacets,
            int threshold,
            Function<SearchProjectionFactory<?, ?>, ProjectionFinalStep<T>> projection) {
        if (blank(filter.q())) {
            return readingsNow(filter, pageable, withFacets, threshold, projection);
        }
        return gate.run(() -> readingsNow(filter, pageable, withFacets, threshold, projection));
    }

    private <T> Found<T> readingsNow(
            SearchFilter filter,
            Pageable pageable,
            boolean withFacets,
            int threshold,
            Function<SearchProjectionFactory<?, ?>, ProjectionFinalStep<T>> projection) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            long started = System.nanoTime();
            var found = search(entityManager, filter, pageable, withFacets, Reading.EXACT, threshold, projection);
            logReading(filter, Reading.EXACT, found, started);
            if (found.total() == 0) {
                started = System.nanoTime();
                boolean spelledRight = spelledRight(entityManager, filter);
                log.debug("{}: spelt right {} in {} µs", filter, spelledRight, (System.nanoTime() - started) / 1000);
                if (spelledRight) {
                    return found; // the words are there, the filters leave none: no looser reading would help
                }
            }
            for (var reading : lenient(filter.q())) {
                if (found.total() > 0) {
                    break;
                }
                started = System.nanoTime();
                found = search(entityManager, filter, pageable, withFacets, reading, threshold, projection);
                logReading(filter, reading, found, started);
            }
            return found;
        }
    }

    private static void logReading(SearchFilter filter, Reading reading, Found<?> found, long started) {
        if (log.isDebugEnabled()) {
            log.debug("{}: {} found {} in {} µs", filter, reading, found.total(), (System.nanoTime() - started) / 1000);
        }
    }

    /**
     * Whether a question with filters that found nothing is found as written without them: then it is spelt right,
     * and the lenient readings, whose fuzzy clauses enumerate the whole term dictionary, are not tried (at world
     * scale they made a filtered question that finds nothing the slowest of all).
     */
    private boolean spelledRight(EntityManager entityManager, SearchFilter filter) {
        var wordsOnly = new SearchFilter(filter.q(), null, null, null, null, null, null);
        if (blank(filter.q()) || wordsOnly.equals(filter)) {
            return false;
        }
        return search(entityManager, wordsOnly, PageRequest.of(0, 1), false, Reading.EXACT, 1, f -> f.id(Long.class))
                        .total()
                > 0;
    }

    /** The readings after the exact one that a question may need. */
    private static List<Reading> lenient(String q) {
        var words = blank(q) ? List.<String>of() : words(q);
        if (words.isEmpty()) {
            return List.of();
        }
        return words.stream().filter(w -> !QuestionWords.weak(w)).count() >= 3
                ? List.of(Reading.SPELLING, Reading.ALL_BUT_ONE)
                : List.of(Reading.SPELLING);
    }

    /** The same question in one spelling: the words as the query uses them, blank filters as null. */
    static SearchFilter normalise(SearchFilter f) {
        var q = blank(f.q()) ? null : String.join(" ", words(f.q()));
        return new SearchFilter(
                blank(q) ? null : q,
                f.kind(),
                trimToNull(f.type()),
                trimToNull(f.oblast()),
                trimToNull(f.municipality()),
                f.status(),
                f.strategic());
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    @SuppressWarnings("unchecked")
    private <T> Found<T> search(
            EntityManager entityManager,
            SearchFilter filter,
            Pageable pageable,
            boolean withFacets,
            Reading reading,
            int threshold,
            Function<SearchProjectionFactory<?, ?>, ProjectionFinalStep<T>> projection) {
        var session = Search.session(entityManager);
        Map<String, AggregationKey<? extends Map<?, Long>>> keys = new LinkedHashMap<>();
        var query =
                session.search(Organisation.class).select(projection::apply).where(f -> predicate(f, filter, reading));
        for (var name : withFacets ? FACETS : List.<String>of()) {
            Class<?> type = name.equals("status")
                    ? OrganisationStatus.class
                    : name.equals("strategic") ? StrategicLevel.class : String.class;
            AggregationKey<Map<Object, Long>> key = AggregationKey.of(name);
            keys.put(name, key);
            query = query.aggregation(
                    key,
                    f -> f.terms()
                            .field(name, (Class<Object>) type)
                            .maxTermCount(name.equals("municipality") ? 300 : 50));
        }
        // With words, relevance alone (ties in index order): Lucene then skips every block of hits whose best score
        // cannot reach the page, once the count threshold is met. A second sort key would keep it visiting them all.
        var sorted = blank(filter.q()) && pageable.isPaged() ? query.sort(f -> NameOrder.sort(f)) : query;
        if (threshold != Integer.MAX_VALUE) {
            sorted = sorted.totalHitCountThreshold(threshold);
        }
        var result = pageable.isPaged()
                ? sorted.fetch((int) pageable.getOffset(), pageable.getPageSize())
                : sorted.fetch(0, 0);
        var hits = result.hits();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            result.aggregation(key)
                    .forEach((value, count) ->
                            counts.put(value instanceof Enum<?> e ? e.name() : String.valueOf(value), count));
            facets.put(name, java.util.Collections.unmodifiableMap(counts));
        });
        var total = result.total();
        return new Found<>(
                List.copyOf(hits),
                total.hitCountLowerBound(),
                total.isHitCountExact(),
                java.util.Collections.unmodifiableMap(facets));
    }

    /**
     * Suggestions as you type, for the pickers: the words as {@link #search} reads them, the last one also as the
     * start of a word of the name or the settlement ("Христо Ботев Подв"); best first, then by name.
     */
    public List<OrganisationSummary> suggest(String q, OrganisationKind kind, int limit) {
        if (blank(q) || q.trim().length() < 2) {
            return List.of();
        }
        var words = words(q);
        if (words.isEmpty()) {
            return List.of();
        }
        return gate.run(() -> {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                var hits = suggest(entityManager, words, kind, limit, Reading.EXACT);
                for (var reading : lenient(q)) {
                    if (!hits.isEmpty()) {
                        break;
                    }
                    hits = suggest(entityManager, words, kind, limit, reading);
                }
                return hits;
            }
        });
    }

    private List<OrganisationSummary> suggest(
            EntityManager entityManager, List<String> words, OrganisationKind kind, int limit, Reading reading) {
        return Search.session(entityManager)
                .search(Organisation.class)
                .select(f -> summary(f))
                .where(f -> {
                    var bool = f.bool();
                    words(f, bool, words, reading, true);
                    return kind == null
                            ? bool
                            : bool.filter(f.match().field("kind").matching(kind));
                })
                .sort(f -> f.score().then().field("name_sort"))
                .fetchHits(limit);
    }

    /** Built on first use: the analysers it needs come from the search mapping, which the injected factory holds. */
    private NameOrPlace nameOrPlace() {
        var current = nameOrPlace;
        if (current == null) {
            current = new NameOrPlace(entityManagerFactory);
            nameOrPlace = current;
        }
        return current;
    }

    /** What {@link PlaceLabelLookup#summary(Organisation)} gives, read from the index (place names from memory). */
    private ProjectionFinalStep<OrganisationSummary> summary(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        f.id(Long.class),
                        f.field("kind", OrganisationKind.class),
                        f.field("name", String.class),
                        f.field("type", String.class),
                        f.field("subtype", PartnerSubtype.class),
                        f.field("eik", String.class),
                        f.field("ekatte", String.class),
                        f.field("place", String.class),
                        f.field("municipality", String.class),
                        f.field("oblast", String.class),
                        f.field("lat", Double.class),
                        f.field("lon", Double.class),
                        f.field("strategic", StrategicLevel.class),
                        f.field("status", OrganisationStatus.class),
                        f.field("country", String.class),
                        f.field("position", PositionSource.class))
                .asList(v -> {
                    var municipality = (String) v.get(8);
                    var oblast = (String) v.get(9);
                    var subtype = (PartnerSubtype) v.get(4);
                    return new OrganisationSummary(
                            (Long) v.get(0),
                            (OrganisationKind) v.get(1),
                            (String) v.get(2),
                            (String) v.get(3),
                            subtype == null ? null : subtype.name(),
                            (String) v.get(5),
                            (String) v.get(6),
                            (String) v.get(7),
                            municipality,
                            labels.municipality(municipality),
                            oblast,
                            labels.oblast(oblast),
                            (Double) v.get(10),
                            (Double) v.get(11),
                            (StrategicLevel) v.get(12),
                            (OrganisationStatus) v.get(13),
                            (String) v.get(14),
                            (PositionSource) v.get(15));
                });
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, SearchFilter filter, Reading reading) {
        var bool = f.bool();
        var words = blank(filter.q()) ? List.<String>of() : words(filter.q());
        if (words.isEmpty()) {
            bool.must(f.matchAll());
        }
        words(f, bool, words, reading, false);
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

    /**
     * Every word must be found, except the {@link QuestionWords#weak weak} ones, which only add to the score; when all
     * are weak, one of them must be found; read {@link Reading#ALL_BUT_ONE}, one may be missing.
     */
    private void words(
            SearchPredicateFactory f,
            BooleanPredicateClausesStep<?, ?> bool,
            List<String> words,
            Reading reading,
            boolean lastIsPrefix) {
        long strong = words.stream().filter(w -> !QuestionWords.weak(w)).count();
        boolean allButOne = reading == Reading.ALL_BUT_ONE && strong >= 2;
        var required = f.bool();
        var anyWeak = f.bool();
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            var clause = word(f, word, reading != Reading.EXACT, lastIsPrefix && i == words.size() - 1);
            if (!QuestionWords.weak(word)) {
                if (allButOne) {
                    required.should(clause);
                } else {
                    bool.must(clause);
                }
            } else if (strong > 0) {
                bool.should(clause);
            } else {
                anyWeak.should(clause);
            }
        }
        if (allButOne) {
            bool.must(required.minimumShouldMatchNumber((int) strong - 1));
        }
        if (strong == 0 && !words.isEmpty()) {
            bool.must(anyWeak);
        }
    }

    private static boolean fuzzyWord(String word) {
        return word.length() > 5;
    }

    /**
     * One word in the name or the settlement ({@link NameOrPlace}), or the EIK; as the start of a word of either when
     * it is the last of a suggestion; read leniently, also in loose Latin spelling and one letter off.
     */
    private PredicateFinalStep word(SearchPredicateFactory f, String word, boolean spelling, boolean prefix) {
        var any = f.bool();
        any.should(nameOrPlace().predicate(f, word));
        if (word.chars().anyMatch(Character::isDigit)) {
            any.should(f.match().field("eik").matching(word));
        }
        if (prefix) {
            any.should(f.match().field("name_suggest").matching(word));
            any.should(f.match().field("place_suggest").boost(0.2f).matching(word));
        }
        if (spelling) {
            any.should(f.match().field("name_loose").boost(2f).matching(word));
            any.should(f.match().field("place_loose").boost(2f).matching(word));
            if (fuzzyWord(word)) {
                any.should(f.match().field("name").matching(word).fuzzy(1, 1).boost(1.5f));
                any.should(f.match().field("place").matching(word).fuzzy(1, 1).boost(1.5f));
            }
        }
        return any;
    }

    private static void keyword(
            SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> bool,
            String field,
            String value) {
        if (!blank(value)) {
            bool.filter(f.match().field(field).matching(value.trim()));
        }
    }

    static List<String> words(String q) {
        return QuestionWords.of(q);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
