package bg.libpartners.platform.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.hibernate.search.backend.lucene.cache.QueryCachingConfigurationContext;
import org.hibernate.search.backend.lucene.cache.QueryCachingConfigurer;

/**
 * Lucene's query cache for the searches' keyword filters: an oblast, a municipality, a kind, type or status of
 * organisation ({@link #FIELDS}). Lucene's own policy never caches a single term, counting on its postings being
 * fast; but in a directory of millions, a question's words found among one oblast's organisations walk that oblast's
 * postings (a hundred thousand documents) for every question. Kept as a bit set per segment, the filter is read once
 * and then only skipped through. Lucene's cache still decides the rest as before: only segments of 10,000 documents
 * or more (none at the demo's scale), a bounded memory (32 MB at most, least recently used out first), and no caching
 * for a question whose own words are far rarer than the filter (its postings then lead anyway).
 */
public class FilterCaching implements QueryCachingConfigurer {

    /** The keyword fields that searches filter on, in every index that has them. */
    static final Set<String> FIELDS = Set.of("oblast", "municipality", "kind", "type", "status", "strategic");

    @Override
    public void configure(QueryCachingConfigurationContext context) {
        context.queryCachingPolicy(new Policy());
    }

    /** A filter on one of the {@link #FIELDS} is cached from its first use; any other query as Lucene decides. */
    static final class Policy implements QueryCachingPolicy {

        private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

        @Override
        public void onUse(Query query) {
            usage.onUse(query);
        }

        @Override
        public boolean shouldCache(Query query) throws IOException {
            return keywordFilter(query) || usage.shouldCache(query);
        }

        static boolean keywordFilter(Query query) {
            return query instanceof TermQuery term
                    && FIELDS.contains(term.getTerm().field());
        }
    }
}
