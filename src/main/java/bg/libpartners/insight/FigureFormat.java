package bg.libpartners.insight;

import bg.libpartners.geography.Geography;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Labels of sections, figures and breakdown codes in the reader's language, and numbers the Bulgarian way (a
 * no-break space between thousands, a decimal comma, the euro sign after the amount).
 */
@Component
public class FigureFormat {

    private static final char SPACE = '\u00a0';

    /** Where the label of a breakdown's code is: the taxonomy's and the modules' bundles. */
    private static final Map<String, String> PREFIX = Map.of(
            "partnerType", "taxonomy.PartnerType.",
            "field", "taxonomy.ActivityField.",
            "targetGroup", "taxonomy.TargetGroup.",
            "status", "partnership.status.",
            "libraryKind", "directory.libraryKind.");

    private final MessageSource messages;
    private final Geography geography;

    FigureFormat(MessageSource messages, Geography geography) {
        this.messages = messages;
        this.geography = geography;
    }

    public String section(String section, Locale locale) {
        return messages.getMessage("insight.section." + section, null, section, locale);
    }

    public String figure(String section, String key, Locale locale) {
        return messages.getMessage("insight.figure." + section + "." + key, null, key, locale);
    }

    public String breakdownBy(String by, Locale locale) {
        return by == null ? "" : messages.getMessage("insight.breakdown." + by, null, by, locale);
    }

    /** The label of one code of a breakdown. */
    public String code(String by, String code, Locale locale) {
        if (code == null || code.equals("-")) {
            return messages.getMessage("insight.unknown", null, "-", locale);
        }
        boolean bg = !"en".equals(locale.getLanguage());
        if ("oblast".equals(by)) {
            return geography
                    .findOblast(code)
                    .map(o -> bg ? o.nameBg() : o.nameEn())
                    .orElse(code);
        }
        if ("municipality".equals(by)) {
            return geography
                    .findMunicipality(code)
                    .map(m -> bg ? m.nameBg() : m.nameEn())
                    .orElse(code);
        }
        if ("country".equals(by)) {
            var name = new Locale("", code).getDisplayCountry(locale);
            return name.isBlank() ? code : name;
        }
        var prefix = PREFIX.get(by);
        String key = prefix != null ? prefix + code : "insight.code." + by + "." + code;
        return messages.getMessage(key, null, code, locale);
    }

    public static String number(Number n, Figure.Unit unit) {
        if (n == null) {
            return "";
        }
        var value = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        return switch (unit) {
            case EUR -> format(value, "#,##0.00") + SPACE + "€";
            case PERCENT -> format(value, "#,##0.#") + SPACE + "%";
            case HOURS -> format(value, "#,##0.#");
            case COUNT -> format(value, value.stripTrailingZeros().scale() > 0 ? "#,##0.#" : "#,##0");
        };
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
