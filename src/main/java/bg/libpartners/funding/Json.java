package bg.libpartners.funding;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The lists kept beside a record as JSON text (criteria, budget lines, scores, …). */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> List<T> list(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return List.copyOf(MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class, type)));
    }
}
