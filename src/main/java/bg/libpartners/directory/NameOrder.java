package bg.libpartners.directory;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterSortedDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.comparators.TermOrdValComparator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;
import org.hibernate.search.engine.search.sort.dsl.TypedSearchSortFactory;

/**
 * Organisations by name ({@code name_sort}, then id), as a list without words asks them, with the names of each
 * index segment held in memory. Lucene's comparator looks up the name of every hit that enters the page's queue, and
 * each look-up unpacks a compressed block of the segment's terms: a third of an uncached list request's time
 * (BENCHMARKS.md, #21). Here a segment's names are unpacked once, in one pass, and kept until the segment is closed
 * (merged away or the index reopened without it); segments with more than {@value #MAX_TERMS} names (the world's)
 * are sorted as Lucene does. The order is exactly Lucene's: the same comparator, with the same terms.
 */
final class NameOrder {

    static final String FIELD = "name_sort";
    static final int MAX_TERMS = 200_000;

    /** Each open segment's names, packed: one array of bytes and where each name starts. */
    private static final Map<IndexReader.CacheKey, Terms> SEGMENTS = new ConcurrentHashMap<>();

    private NameOrder() {}

    /** By name, then by id; with the Lucene backend from the names in memory. */
    static <S> SortThenStep<S> sort(TypedSearchSortFactory<S> f) {
        return f.extension()
                .ifSupported(LuceneExtension.get(), lucene -> lucene.fromLuceneSortField(new NameSortField()))
                .orElse(other -> other.field(FIELD))
                .then()
                .field("id_sort");
    }

    /** The sort by name alone, as Lucene sees it (for tests). */
    static SortField luceneSortField() {
        return new NameSortField();
    }

    /** How many segments' names are held (for tests). */
    static int segmentsHeld() {
        return SEGMENTS.size();
    }

    private static final class NameSortField extends SortedSetSortField {

        NameSortField() {
            super(FIELD, false);
            setMissingValue(SortField.STRING_LAST);
        }

        @Override
        public FieldComparator<?> getComparator(int numHits, Pruning pruning) {
            return new TermOrdValComparator(numHits, FIELD, true, false, pruning) {
                @Override
                protected SortedDocValues getSortedDocValues(LeafReaderContext context, String field)
                        throws IOException {
                    var values = SortedSetSelector.wrap(
                            DocValues.getSortedSet(context.reader(), field), SortedSetSelector.Type.MIN);
                    var helper = context.reader().getCoreCacheHelper();
                    if (helper == null || values.getValueCount() > MAX_TERMS) {
                        return values;
                    }
                    var key = helper.getKey();
                    var terms = SEGMENTS.get(key);
                    if (terms == null) {
                        terms = Terms.read(DocValues.getSortedSet(context.reader(), field), values.getValueCount());
                        if (SEGMENTS.putIfAbsent(key, terms) == null) {
                            helper.addClosedListener(SEGMENTS::remove);
                        }
                    }
                    return new InMemoryTerms(values, terms);
                }
            };
        }
    }

    /** A segment's terms in order: term {@code i} is {@code bytes[starts[i]..starts[i + 1])}. Never changed. */
    private record Terms(byte[] bytes, int[] starts) {

        static Terms read(org.apache.lucene.index.SortedSetDocValues values, int count) throws IOException {
            var starts = new int[count + 1];
            var bytes = new byte[Math.max(16, count * 16)];
            int length = 0;
            TermsEnum terms = values.termsEnum();
            int i = 0;
            for (BytesRef term = terms.next(); term != null && i < count; term = terms.next()) {
                starts[i++] = length;
                bytes = ArrayUtil.grow(bytes, length + term.length);
                System.arraycopy(term.bytes, term.offset, bytes, length, term.length);
                length += term.length;
            }
            if (i != count) {
                throw new IllegalStateException("segment lists " + i + " names of " + count);
            }
            starts[count] = length;
            return new Terms(ArrayUtil.copyOfSubArray(bytes, 0, length), starts);
        }
    }

    /** The segment's values, with each name looked up in memory (the rest is the segment's own). */
    private static final class InMemoryTerms extends FilterSortedDocValues {
        private final Terms terms;
        private final BytesRef scratch = new BytesRef();

        InMemoryTerms(SortedDocValues in, Terms terms) {
            super(in);
            this.terms = terms;
            this.scratch.bytes = terms.bytes();
        }

        @Override
        public BytesRef lookupOrd(int ord) {
            scratch.offset = terms.starts()[ord];
            scratch.length = terms.starts()[ord + 1] - scratch.offset;
            return scratch;
        }

        /**
         * The ord of {@code key}, or {@code -insertionPoint - 1}, by a binary search in memory. The comparator asks it
         * whenever the page's last hit came from another segment; the segment's own look-up seeks its compressed terms
         * dictionary: 12 % of an uncached list request on the demo index of six segments (BENCHMARKS.md, #21).
         */
        @Override
        public int lookupTerm(BytesRef key) {
            int[] starts = terms.starts();
            byte[] bytes = terms.bytes();
            int low = 0;
            int high = starts.length - 2;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int cmp = Arrays.compareUnsigned(
                        bytes, starts[mid], starts[mid + 1], key.bytes, key.offset, key.offset + key.length);
                if (cmp < 0) {
                    low = mid + 1;
                } else if (cmp > 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -(low + 1);
        }
    }
}
