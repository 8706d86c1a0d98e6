package bg.libpartners.survey.web;

import bg.libpartners.survey.Definition;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A questionnaire's definition as JSON, written once per definition. Definitions are values, never changed in place
 * (an edit makes a new one), and the survey module keeps one instance per questionnaire version, so the text is kept
 * per instance, compared by identity (a record's own equality would walk the whole definition at every look-up).
 * At most {@link #KEPT} are kept; past that the cache starts again.
 */
@Component
class DefinitionJson {

    static final int KEPT = 64;

    private final JsonMapper json;
    private final ConcurrentHashMap<Same, String> written = new ConcurrentHashMap<>();

    DefinitionJson(JsonMapper json) {
        this.json = json;
    }

    String of(Definition d) {
        var key = new Same(d);
        var text = written.get(key);
        if (text == null) {
            text = json.writeValueAsString(d);
            if (written.size() >= KEPT) {
                written.clear();
            }
            written.put(key, text);
        }
        return text;
    }

    /** A definition by identity. */
    private record Same(Definition d) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.d == d;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(d);
        }
    }
}
