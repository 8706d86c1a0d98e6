package bg.libpartners.insight;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A module's public data for {@code /open-data}: public fields only, never a person's name, an e-mail, a phone or a
 * draft. Implementations are Spring beans in the owning module; rows are streamed so that a large dataset keeps the
 * heap flat.
 */
public interface OpenDataset {

    /** A stable name used in the URL, like {@code events}; label {@code insight.dataset.<name>}. */
    String name();

    /** The columns with stable names; their descriptions form the data dictionary. */
    List<Column> columns();

    /** Each row's values in the order of {@link #columns()}, read in one read-only transaction. */
    void rows(Consumer<List<Object>> sink);

    /** When the data last changed, or null when unknown. */
    Instant lastUpdated();

    /**
     * @param name stable column name (snake_case)
     * @param type {@code string}, {@code integer}, {@code decimal}, {@code date}, {@code boolean}
     * @param descriptionKey message key of its description in the data dictionary
     */
    record Column(String name, String type, String descriptionKey) {}
}
