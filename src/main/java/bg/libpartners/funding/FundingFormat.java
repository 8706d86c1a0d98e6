package bg.libpartners.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Bulgarian formats for the pages and documents: {@code ${@fundingFormat.money(x)}}, dates, times in Sofia. */
@Component("fundingFormat")
public class FundingFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public String money(BigDecimal amount) {
        return Money.format(amount);
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    public String date(LocalDate d) {
        return GrantDocumentRenderer.date(d);
    }

    public String time(LocalDateTime t) {
        return t == null ? "—" : TIME.format(t);
    }

    public String time(Instant t) {
        return t == null ? "—" : TIME.format(CallInput.local(t));
    }

    /** The {@code datetime-local} value of a form field. */
    public String input(LocalDateTime t) {
        return t == null ? "" : t.withSecond(0).withNano(0).toString();
    }
}
