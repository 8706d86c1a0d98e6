package bg.libpartners.support.web;

import bg.libpartners.support.WorkingHours;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Times in Europe/Sofia and hours with a decimal comma, as Bulgarian pages write them. */
@Component("supportFormat")
class SupportFormat {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(WorkingHours.ZONE);

    public String at(Instant instant) {
        return instant == null ? "—" : AT.format(instant);
    }

    public String hours(Double hours) {
        if (hours == null) {
            return "—";
        }
        var symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("bg"));
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("0.#", symbols).format(hours);
    }
}
