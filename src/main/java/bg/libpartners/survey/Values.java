package bg.libpartners.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one response: plain questions by key, and for each repeating section its blocks in order, each
 * block its answers by key. An answer is a list of texts (one for most kinds, the chosen codes for a multiple
 * choice). The API reads and writes the same shape with single values unwrapped.
 */
public record Values(Map<String, List<String>> plain, Map<String, List<Map<String, List<String>>>> groups) {

    public Values {
        plain = plain == null ? new LinkedHashMap<>() : plain;
        groups = groups == null ? new LinkedHashMap<>() : groups;
    }

    public static Values empty() {
        return new Values(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** From the API's JSON: a value is a text, a number, a boolean or a list of them. */
    @SuppressWarnings("unchecked")
    public static Values fromJson(Map<String, Object> answers, Map<String, List<Map<String, Object>>> groups) {
        var plain = new LinkedHashMap<String, List<String>>();
        if (answers != null) {
            answers.forEach((k, v) -> plain.put(k, texts(v)));
        }
        var blocks = new LinkedHashMap<String, List<Map<String, List<String>>>>();
        if (groups != null) {
            groups.forEach((k, items) -> {
                var list = new ArrayList<Map<String, List<String>>>();
                if (items != null) {
                    for (var item : items) {
                        var block = new LinkedHashMap<String, List<String>>();
                        if (item != null) {
                            item.forEach((q, v) -> block.put(q, texts(v)));
                        }
                        list.add(block);
                    }
                }
                blocks.put(k, list);
            });
        }
        return new Values(plain, blocks);
    }

    static List<String> texts(Object v) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().filter(x -> x != null).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }

    /** For the API: one value as a text, a multiple choice as a list. */
    public Map<String, Object> plainJson(Definition definition) {
        var out = new LinkedHashMap<String, Object>();
        plain.forEach((k, v) -> out.put(k, unwrap(definition, k, v)));
        return out;
    }

    public Map<String, List<Map<String, Object>>> groupsJson(Definition definition) {
        var out = new LinkedHashMap<String, List<Map<String, Object>>>();
        groups.forEach((k, items) -> out.put(
                k,
                items.stream()
                        .map(block -> {
                            var m = new LinkedHashMap<String, Object>();
                            block.forEach((q, v) -> m.put(q, unwrap(definition, q, v)));
                            return (Map<String, Object>) m;
                        })
                        .toList()));
        return out;
    }

    private static Object unwrap(Definition d, String key, List<String> v) {
        boolean multiple = d.question(key)
                .map(l -> l.question().kind() == QuestionKind.MULTIPLE)
                .orElse(false);
        return multiple ? v : v.isEmpty() ? null : v.get(0);
    }

    /** How many answers there are (for telling an empty draft from a started one). */
    public int count() {
        return plain.size()
                + groups.values().stream()
                        .mapToInt(items -> items.stream().mapToInt(Map::size).sum())
                        .sum();
    }
}
