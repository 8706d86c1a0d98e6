package bg.libpartners.directory;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decimal degrees as people type them: "42,6977" (a Bulgarian comma) or "42.6977", with or without a degree sign;
 * kept to six decimals (about 10 cm). Shown with the reader's decimal separator.
 */
public final class Coordinates {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(?:[.,]\\d+)?");

    private Coordinates() {}

    /** Null for a blank text. @throws IllegalArgumentException when the text is not a decimal number of degrees */
    public static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var t = text.replace('\u00a0', ' ').trim();
        if (t.endsWith("°")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new IllegalArgumentException(text);
        }
        return round(Double.parseDouble(t.replace(',', '.')));
    }

    static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** "42,6977" in Bulgarian, "42.6977" in English; empty for null. */
    public static String format(Double degrees, Locale locale) {
        if (degrees == null) {
            return "";
        }
        var format = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(false);
        return format.format(degrees);
    }
}
