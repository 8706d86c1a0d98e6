package bg.libpartners.directory;

import java.util.List;

/**
 * What an import did or would do. {@code row} numbers count as a spreadsheet shows them: the header is row 1, the
 * first record row 2. Every row of the file is in {@code rows} with its outcome; a rejected row is never stored.
 */
public record ImportReport(String batchId, String kind, String fileName, boolean committed, int total, int created,
        int updated, int unchanged, List<Issue> rejected, List<Issue> warnings, List<RowOutcome> rows) {

    public enum Outcome {
        CREATE, UPDATE, UNCHANGED, REJECT
    }

    /** A problem in one cell (or the whole row when {@code column} is blank), explained in the reader's language. */
    public record Issue(int row, String column, String message) {}

    public record RowOutcome(int row, String key, String name, Outcome outcome) {}

    /** The same report without the per-row list (for the API's committed answer, where counts are enough). */
    public ImportReport withoutRows() {
        return new ImportReport(batchId, kind, fileName, committed, total, created, updated, unchanged, rejected,
                warnings, List.of());
    }
}
