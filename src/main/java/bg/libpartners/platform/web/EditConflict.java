package bg.libpartners.platform.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * A form saved over a record that someone else saved meanwhile. The person's input stays in the form; the form says
 * so and names each field whose saved value now differs from what was typed, with that value, so nothing typed is
 * lost and saving again is a decision taken knowingly (the caller then hands the form the current version).
 */
public final class EditConflict {

    private static final int SHOWN = 200;

    private EditConflict() {}

    /**
     * Adds the conflict to the form's errors: first the explanation, then one line per differing field, its label
     * the message {@code labelPrefix + field}. {@code saved} is the current record as the same kind of form.
     *
     * @return the fields named
     */
    public static List<String> report(BindingResult result, Object saved, String labelPrefix, String... fields) {
        var typed = new BeanWrapperImpl(Objects.requireNonNull(result.getTarget()));
        var current = new BeanWrapperImpl(saved);
        result.reject("platform.edit.conflict");
        var differing = new ArrayList<String>();
        for (var field : fields) {
            var now = current.getPropertyValue(field);
            if (!same(typed.getPropertyValue(field), now)) {
                differing.add(field);
                result.reject(
                        "platform.edit.savedNow",
                        new Object[] {new DefaultMessageSourceResolvable(labelPrefix + field), shown(now)},
                        null);
            }
        }
        return differing;
    }

    static boolean same(Object a, Object b) {
        if (blank(a) || blank(b)) {
            return blank(a) && blank(b);
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.strip().equals(y.strip());
        }
        return a.equals(b);
    }

    private static boolean blank(Object o) {
        return o == null || (o instanceof String s && s.isBlank()) || (o instanceof Collection<?> c && c.isEmpty());
    }

    private static String shown(Object value) {
        if (blank(value)) {
            return "—";
        }
        var text = value instanceof Collection<?> c
                ? String.join(", ", c.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
