package bg.libpartners.directory;

import java.util.List;

/**
 * What an import did or would do. {@code row} numbers count as a spreadsheet shows them: the header is row 1, the
 * first record row 2. Every row of the file is in {@code rows} with its outcome; a rejected row is never stored. The
 * register import also lists {@code boardChanges}: the chairs and secretaries the commit would put on the boards
 * (empty for the other imports).
 */
public record ImportReport(
        String batchId,
        String kind,
        String fileName,
        boolean committed,
        int total,
        int created,
        int updated,
        int unchanged,
        List<Issue> rejected,
        List<Issue> warnings,
        List<RowOutcome> rows,
        List<BoardChange> boardChanges) {

    public ImportReport {
        boardChanges = boardChanges == null ? List.of() : List.copyOf(boardChanges);
    }

    /** A report without board changes (every import but the register's). */
    public ImportReport(
            String batchId,
            String kind,
            String fileName,
            boolean committed,
            int total,
            int created,
            int updated,
            int unchanged,
            List<Issue> rejected,
            List<Issue> warnings,
            List<RowOutcome> rows) {
        this(
                batchId, kind, fileName, committed, total, created, updated, unchanged, rejected, warnings, rows,
                List.of());
    }

    public enum Outcome {
        CREATE,
        UPDATE,
        UNCHANGED,
        REJECT
    }

    /** A problem in one cell (or the whole row when {@code column} is blank), explained in the reader's language. */
    public record Issue(int row, String column, String message) {}

    public record RowOutcome(int row, String key, String name, Outcome outcome) {}

    /**
     * A chitalishte's board as the register changes it: {@code name} becomes its {@code role} (CHAIR or SECRETARY)
     * and the term of each of {@code ending} (people the register named before) ends the day before; the row and
     * register number ({@code key}) of the file, the chitalishte's {@code organisation} name.
     */
    public record BoardChange(int row, String key, String organisation, String role, String name, List<String> ending) {

        BoardChange at(int row, String key, String organisation) {
            return new BoardChange(row, key, organisation, role, name, ending);
        }
    }

    /** The same report without the per-row list (for the API's committed answer, where counts are enough). */
    public ImportReport withoutRows() {
        return new ImportReport(
                batchId,
                kind,
                fileName,
                committed,
                total,
                created,
                updated,
                unchanged,
                rejected,
                warnings,
                List.of(),
                boardChanges);
    }
}
