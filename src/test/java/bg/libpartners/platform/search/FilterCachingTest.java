package bg.libpartners.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The searches' keyword filters are kept in Lucene's query cache from their first use, in a segment large enough for
 * it, and a question with such a filter finds the same hits in the same order from the cache as without it.
 */
class FilterCachingTest {

    @Test
    void aKeywordFilterIsCachedAndFindsWhatItFoundBefore() throws Exception {
        try (var directory = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 30_000; i++) {
                    var doc = new Document();
                    doc.add(new StringField("oblast", i % 28 == 0 ? "PDV" : "SOF", Field.Store.NO));
                    doc.add(new TextField(
                            "name", i % 3 == 0 ? "читалище просвета " + i : "училище " + i, Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (var reader = DirectoryReader.open(directory)) {
                Query question = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("name", "читалище")), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term("oblast", "PDV")), BooleanClause.Occur.FILTER)
                        .build();
                var plain = new IndexSearcher(reader);
                plain.setQueryCache(null);
                var expected = plain.search(question, 50);

                var cache = new LRUQueryCache(100, 1 << 20);
                var cached = new IndexSearcher(reader);
                cached.setQueryCache(cache);
                cached.setQueryCachingPolicy(new FilterCaching.Policy());
                var first = cached.search(question, 50);
                var again = cached.search(question, 50);

                assertThat(cache.getCacheCount())
                        .as("the oblast's filter is kept")
                        .isEqualTo(1);
                assertThat(cache.getHitCount()).as("and used again").isPositive();
                for (var found : new org.apache.lucene.search.TopDocs[] {first, again}) {
                    assertThat(found.totalHits).isEqualTo(expected.totalHits);
                    assertThat(Arrays.stream(found.scoreDocs)
                                    .mapToInt(d -> d.doc)
                                    .toArray())
                            .isEqualTo(Arrays.stream(expected.scoreDocs)
                                    .mapToInt(d -> d.doc)
                                    .toArray());
                }
            }
        }
    }

    @Test
    void onlyTheKeywordFiltersAreCachedFromTheirFirstUse() throws Exception {
        var policy = new FilterCaching.Policy();
        assertThat(policy.shouldCache(new TermQuery(new Term("oblast", "PDV")))).isTrue();
        assertThat(policy.shouldCache(new TermQuery(new Term("kind", "LIBRARY"))))
                .isTrue();
        assertThat(policy.shouldCache(new TermQuery(new Term("name", "читалище"))))
                .isFalse();
    }
}
