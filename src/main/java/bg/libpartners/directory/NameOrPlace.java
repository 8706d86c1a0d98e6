package bg.libpartners.directory;

import bg.libpartners.platform.search.BulgarianAnalysis;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;

/**
 * One word of a question in an organisation's name or in its settlement, both weighing the same, scored as the better
 * of the two plus a third of the other: a word of the village that the name repeats ("Просвета-1919-с. Скобелево")
 * counts about once, so the year typed decides between the village's two "Просвета", yet "Васил Левски" in the
 * village of Васил Левски still passes the village's other chitalishta. That is Lucene's dis-max, for which Hibernate
 * Search's DSL has no predicate: on Lucene the word is analysed here with each field's search analyser, each field's
 * postings read once, as with a plain disjunction of the two fields; on OpenSearch it is the same {@code dis_max}
 * query in the cluster's JSON, each field a {@code match} of the word with the field's search analyser.
 */
final class NameOrPlace {

    static final float NAME = 3f;
    static final float PLACE = 3f;
    /** What the weaker of the two fields adds. */
    static final float OTHER_FIELD = 1f / 3;

    /** Null on OpenSearch. */
    private final Analyzer names;

    private final Analyzer places;

    NameOrPlace(EntityManagerFactory entityManagerFactory) {
        LuceneBackend backend;
        try {
            backend = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
        } catch (SearchException notLucene) {
            backend = null;
        }
        this.names = backend == null
                ? null
                : backend.analyzer(BulgarianAnalysis.NAMES_QUERY).orElseThrow();
        this.places = backend == null
                ? null
                : backend.analyzer(BulgarianAnalysis.PLACES_QUERY).orElseThrow();
    }

    /** The word in the name or the place, as the backend in use asks it. */
    PredicateFinalStep predicate(SearchPredicateFactory f, String word) {
        if (names != null) {
            return f.extension(LuceneExtension.get()).fromLuceneQuery(query(word));
        }
        return f.extension(ElasticsearchExtension.get()).fromJson(json(word));
    }

    /** The dis-max query in OpenSearch's JSON. */
    static JsonObject json(String word) {
        var queries = new JsonArray();
        queries.add(match("name", word, NAME));
        queries.add(match("place", word, PLACE));
        var disMax = new JsonObject();
        disMax.add("queries", queries);
        disMax.addProperty("tie_breaker", OTHER_FIELD);
        var query = new JsonObject();
        query.add("dis_max", disMax);
        return query;
    }

    private static JsonObject match(String field, String word, float boost) {
        var options = new JsonObject();
        options.addProperty("query", word);
        options.addProperty("boost", boost);
        var fields = new JsonObject();
        fields.add(field, options);
        var match = new JsonObject();
        match.add("match", fields);
        return match;
    }

    Query query(String word) {
        List<Query> fields = new ArrayList<>(2);
        field("name", names, word, NAME, fields);
        field("place", places, word, PLACE, fields);
        return fields.isEmpty() ? new MatchNoDocsQuery() : new DisjunctionMaxQuery(fields, OTHER_FIELD);
    }

    private static void field(String field, Analyzer analyzer, String word, float boost, List<Query> into) {
        var terms = terms(analyzer, field, word);
        if (terms.isEmpty()) {
            return;
        }
        Query query;
        if (terms.size() == 1) {
            query = new TermQuery(new Term(field, terms.get(0)));
        } else {
            var any = new BooleanQuery.Builder();
            terms.forEach(t -> any.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
            query = any.build();
        }
        into.add(new BoostQuery(query, boost));
    }

    private static List<String> terms(Analyzer analyzer, String field, String word) {
        List<String> terms = new ArrayList<>(1);
        try (var tokens = analyzer.tokenStream(field, word)) {
            var term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
