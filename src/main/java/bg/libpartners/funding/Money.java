package bg.libpartners.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Money of the programme: euro in {@link BigDecimal} with two decimals. Amounts from before 1 January 2026 are in
 * leva and convert at the fixed rate of 1.95583 leva for one euro.
 */
public final class Money {

    /** The fixed conversion rate: 1 euro = 1.95583 leva (Council Regulation (EU) 2025/1407). */
    public static final BigDecimal LEVA_PER_EURO = new BigDecimal("1.95583");

    static final Locale BG = Locale.forLanguageTag("bg");

    private Money() {}

    /**
     * An amount in leva as euro. The rule: divide the full amount in leva by 1.95583 (never by a rounded inverse)
     * and round the result once, half up, to the cent — 1.00 лв. is 0.51 €, 0.01 лв. is 0.01 €, 100.00 лв. is
     * 51.13 €. Sums are converted as a whole, not line by line, so that rounding does not add up.
     */
    public static BigDecimal fromLeva(BigDecimal leva) {
        return leva.divide(LEVA_PER_EURO, 2, RoundingMode.HALF_UP);
    }

    /** The amount with exactly two decimals (null stays null); more than two decimals is refused by the callers. */
    public static BigDecimal euro(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether the amount has no more than two decimals (no fractions of a cent). */
    public static boolean inCents(BigDecimal amount) {
        return amount != null && amount.stripTrailingZeros().scale() <= 2;
    }

    public static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
    }

    /** Bulgarian formatting: 12 345,60 € (a space between thousands, a comma before the cents). */
    public static String format(BigDecimal amount) {
        return String.format(BG, "%,.2f", zeroIfNull(amount))
                        .replace('\u00a0', ' ')
                        .replace('\u202f', ' ') + " €";
    }

    /** A share in per cent with up to two decimals: part / whole × 100, half up; zero when the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return zeroIfNull(part).multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
