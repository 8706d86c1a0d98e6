package bg.libpartners.platform;

/**
 * The one CSV formula-neutraliser of the house: a cell that a spreadsheet would evaluate ("=HYPERLINK(…)", "+1",
 * "-2", "@SUM", or one starting with a tab or carriage return) gets a leading apostrophe (CSV injection).
 */
public final class CsvCells {

    private CsvCells() {}

    /** The cell as it may be written to a CSV file; {@code null} becomes empty. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
