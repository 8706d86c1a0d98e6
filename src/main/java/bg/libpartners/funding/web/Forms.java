package bg.libpartners.funding.web;

import bg.libpartners.funding.InvalidFundingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/** Helpers of the funding forms: amounts typed the Bulgarian way, and field errors for the page. */
final class Forms {

    private Forms() {}

    /** "12 345,60", "12345.6" or blank (null); anything else is a field error. */
    static BigDecimal amount(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var clean =
                typed.replace(" ", "").replace("\u00a0", "").replace("€", "").replace(',', '.');
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException e) {
            throw new InvalidFundingException(field, "funding.error.number", typed);
        }
    }

    static String typed(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString().replace('.', ',');
    }

    static List<String> lines(String text) {
        var result = new ArrayList<String>();
        if (text != null) {
            for (var line : text.split("\\R")) {
                if (!line.isBlank()) {
                    result.add(line.trim());
                }
            }
        }
        return result;
    }

    /** The problems of a refused form, field → message, for the page to show beside each field. */
    static void errors(Model model, InvalidFundingException e, MessageSource messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        var locale = LocaleContextHolder.getLocale();
        for (var p : e.problems()) {
            errors.merge(p.field(), messages.getMessage(p.key(), p.args(), p.key(), locale), (a, b) -> a + " " + b);
        }
        model.addAttribute("errors", errors);
    }
}
