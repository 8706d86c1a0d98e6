package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The names held in memory sort exactly as Lucene's own comparator does, over many segments: the page's last hit then
 * comes from one segment while the next segment is read, and its name is looked up in memory ({@code lookupTerm}),
 * names present in the segment or not, before all of its names, between them and after them, and repeated.
 */
class NameOrderTest {

    private static final String[] WORDS = {"Аа", "Ботев", "Вазов", "Христо", "читалище", "Яя", "1900", "Zz", ""};

    @Test
    void sortsAsLuceneAcrossManySegments() throws IOException {
        var random = new Random(21);
        try (var directory = new ByteBuffersDirectory();
                var writer =
                        new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int id = 0; id < 3_000; id++) {
                var document = new Document();
                if (random.nextInt(50) > 0) { // a few without a name: last, as in the directory
                    document.add(new SortedSetDocValuesField(NameOrder.FIELD, new BytesRef(name(random))));
                }
                document.add(new NumericDocValuesField("id", id));
                document.add(new StringField("oblast", "o" + random.nextInt(5), Field.Store.NO));
                writer.addDocument(document);
                if (random.nextInt(120) == 0) {
                    writer.commit(); // segments of a few dozen to a few hundred names
                }
            }
            writer.commit();
            try (var reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).as("segments").hasSizeGreaterThan(10);
                var searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null);
                var byId = new SortField("id", SortField.Type.LONG);
                var lucene = new SortedSetSortField(NameOrder.FIELD, false);
                lucene.setMissingValue(SortField.STRING_LAST);
                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("oblast", "o3")))) {
                    for (int top : new int[] {1, 20, 80, 400, 3_000}) {
                        assertThat(ids(searcher, query, new Sort(NameOrder.luceneSortField(), byId), top))
                                .as("%s, the first %d", query, top)
                                .isEqualTo(ids(searcher, query, new Sort(lucene, byId), top));
                    }
                }
                assertThat(NameOrder.segmentsHeld())
                        .as("the names came from memory")
                        .isPositive();
            }
        }
    }

    private static String name(Random random) {
        var words = new ArrayList<String>();
        for (int i = random.nextInt(3) + 1; i > 0; i--) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextBoolean()) {
            words.add(Integer.toString(random.nextInt(500))); // mostly a name no other segment holds
        }
        return String.join(" ", words);
    }

    private static List<Integer> ids(IndexSearcher searcher, Query query, Sort sort, int top) throws IOException {
        return Arrays.stream(searcher.search(query, top, sort).scoreDocs)
                .map(hit -> hit.doc)
                .toList();
    }
}
