package bg.libpartners.platform.nodes;

import java.util.Collection;

/**
 * Rows of an indexed entity that the current transaction wrote with plain SQL (a bulk import), which Hibernate does
 * not see and so neither does the search broadcast: once the transaction has committed, the other nodes index them
 * again as they would Hibernate's own writes. Only on several nodes with a search index per node (the
 * {@link SearchBroadcast} is the one implementation); elsewhere there is no bean of this type and nothing to tell.
 */
public interface SqlWrites {

    /** These ids of {@code type} were inserted, updated or deleted with plain SQL in the current transaction. */
    void written(Class<?> type, Collection<?> ids);
}
