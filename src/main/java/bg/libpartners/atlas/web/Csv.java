package bg.libpartners.atlas.web;

/** CSV cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
final class Csv {

    private Csv() {}

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
