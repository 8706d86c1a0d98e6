package bg.libpartners.partnership.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers and money as Bulgarians write them, whatever the page language: a (no-break) space between thousands,
 * a decimal comma, and the euro sign after the amount — {@code 12 345,50 €}.
 */
final class BgNumbers {

    private static final char SPACE = '\u00a0';

    private BgNumbers() {}

    static String count(BigDecimal n) {
        return n == null ? "" : format(n, "#,##0");
    }

    static String money(BigDecimal n) {
        return n == null ? "" : format(n, "#,##0.00") + SPACE + "€";
    }

    static String of(BigDecimal n, boolean money) {
        return money ? money(n) : count(n);
    }

    private static String format(BigDecimal n, String pattern) {
        var symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(SPACE);
        symbols.setDecimalSeparator(',');
        var format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(n);
    }
}
