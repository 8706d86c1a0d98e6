package bg.libpartners.platform.pick;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Every {@link PickSource} by kind, for the picker fragment ({@code ${@picks...}}) and the controllers whose forms use
 * it. Without script, a person types a name and presses "Търси" (or simply submits): the form comes back with the
 * matching choices as radio buttons; {@link #searching(HttpServletRequest)} tells a controller that this is such a
 * round and nothing is to be saved yet.
 */
@Component("picks")
public class PickService {

    /** How many choices the type-ahead and the fallback show. */
    public static final int LIMIT = 10;
    /** The request parameter of the fallback's search button; its value is the picker's field name. */
    public static final String SEARCH = "_pick";
    /** Each picker on a form names its field in this hidden parameter, so a plain submit can be recognised too. */
    public static final String FIELD = "_picker";
    /** The suffix of the text field in which a person types the name. */
    public static final String QUERY = "_q";

    private final Map<String, PickSource> sources = new HashMap<>();

    public PickService(List<PickSource> all) {
        for (var source : all) {
            source.kinds().forEach(kind -> sources.put(kind, source));
        }
    }

    public List<Choice> choices(String kind, String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        var trimmed = q.strip();
        return source(kind).suggest(kind, trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed, LIMIT);
    }

    /** The name of what a value names, or the value itself when it names nothing known (the server will refuse it). */
    public String label(String kind, Object value) {
        if (value == null || String.valueOf(value).isBlank()) {
            return "";
        }
        return find(kind, String.valueOf(value)).map(Choice::label).orElse(String.valueOf(value));
    }

    /** The choices that a list of values (one value, a comma-separated list or a collection) names, in that order. */
    public List<Choice> chosen(String kind, Object values) {
        return split(values).stream()
                .map(v -> find(kind, v).orElse(new Choice(v, v, null)))
                .toList();
    }

    private java.util.Optional<Choice> find(String kind, String value) {
        try {
            return source(kind).find(kind, value.strip());
        } catch (RuntimeException e) { // not found, not visible, malformed: shown as typed, refused on save
            return java.util.Optional.empty();
        }
    }

    static List<String> split(Object values) {
        if (values == null) {
            return List.of();
        }
        var stream = values instanceof Collection<?> c
                ? c.stream().map(String::valueOf)
                : values instanceof Object[] a
                        ? java.util.Arrays.stream(a).map(String::valueOf)
                        : java.util.Arrays.stream(String.valueOf(values).split(","));
        return stream.map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private PickSource source(String kind) {
        return Objects.requireNonNull(sources.get(kind), () -> "no pick source for " + kind);
    }

    /**
     * Whether this submission only searches a picker (no script): its search button was pressed, or a name was typed
     * in a single picker and nothing picked. The controller shows the form again, which then lists the choices.
     */
    public static boolean searching(HttpServletRequest request) {
        if (request.getParameter(SEARCH) != null) {
            return true;
        }
        var fields = request.getParameterValues(FIELD);
        if (fields == null) {
            return false;
        }
        for (var field : fields) {
            if (typedNotPicked(request.getParameter(field + QUERY), request.getParameterValues(field))) {
                return true;
            }
        }
        return false;
    }

    /** For the fragment: whether to list the choices for a field (its search was asked, or a name typed unpicked). */
    public boolean listing(String field, boolean multi) {
        var request = request();
        if (request == null) {
            return false;
        }
        if (field.equals(request.getParameter(SEARCH))) {
            return true;
        }
        var typed = request.getParameter(field + QUERY);
        return typed != null && !typed.isBlank() && (multi || typedNotPicked(typed, request.getParameterValues(field)));
    }

    /** For the fragment: what the person typed in a picker's text field in this request, or null. */
    public String typed(String field) {
        var request = request();
        return request == null ? null : request.getParameter(field + QUERY);
    }

    private static HttpServletRequest request() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static boolean typedNotPicked(String typed, String[] values) {
        return typed != null
                && !typed.isBlank()
                && (values == null || java.util.Arrays.stream(values).allMatch(v -> v == null || v.isBlank()));
    }
}
