package bg.libpartners.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The answers of a response as rows: item 0 for plain questions, 1..n for the blocks of a repeating section (the
 * question key tells which section); a multiple choice keeps its codes separated by {@code |}.
 */
@Component
class AnswerStore {

    static final String SEPARATOR = "|";

    private final JdbcTemplate jdbc;

    AnswerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Values load(long responseId, Definition definition) {
        var plain = new LinkedHashMap<String, List<String>>();
        var byGroup = new LinkedHashMap<String, TreeMap<Integer, Map<String, List<String>>>>();
        jdbc.query(
                "select item_index, question_key, answer from survey_answer where response_id = ?"
                        + " order by item_index, question_key",
                rs -> {
                    int item = rs.getInt(1);
                    String key = rs.getString(2);
                    var value = split(rs.getString(3));
                    if (item == 0) {
                        plain.put(key, value);
                    } else {
                        definition
                                .question(key)
                                .ifPresent(
                                        l -> byGroup.computeIfAbsent(l.section().key(), k -> new TreeMap<>())
                                                .computeIfAbsent(item, k -> new LinkedHashMap<>())
                                                .put(key, value));
                    }
                },
                responseId);
        var groups = new LinkedHashMap<String, List<Map<String, List<String>>>>();
        byGroup.forEach((k, items) -> groups.put(k, new ArrayList<>(items.values())));
        // keep the questionnaire's order of questions within a block
        return new Values(plain, groups);
    }

    void replace(long responseId, Values values) {
        jdbc.update("delete from survey_answer where response_id = ?", responseId);
        var rows = new ArrayList<Object[]>();
        values.plain().forEach((k, v) -> rows.add(new Object[] {responseId, 0, k, join(v)}));
        values.groups().forEach((g, items) -> {
            for (int i = 0; i < items.size(); i++) {
                int item = i + 1;
                items.get(i).forEach((k, v) -> rows.add(new Object[] {responseId, item, k, join(v)}));
            }
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into survey_answer (response_id, item_index, question_key, answer)"
                            + " values (?, ?, ?, ?)",
                    rows);
        }
    }

    /** The values as {@link #load} gives them back once {@link #replace} has stored them. */
    static Values asStored(Values values) {
        var plain = new LinkedHashMap<String, List<String>>();
        values.plain().forEach((k, v) -> plain.put(k, split(join(v))));
        var groups = new LinkedHashMap<String, List<Map<String, List<String>>>>();
        values.groups().forEach((g, items) -> {
            // a block without answers has no rows, so a read does not give it back
            var blocks = items.stream()
                    .filter(block -> !block.isEmpty())
                    .map(block -> {
                        var m = new LinkedHashMap<String, List<String>>();
                        block.forEach((k, v) -> m.put(k, split(join(v))));
                        return (Map<String, List<String>>) m;
                    })
                    .toList();
            if (!blocks.isEmpty()) {
                groups.put(g, blocks);
            }
        });
        return new Values(plain, groups);
    }

    static String join(List<String> values) {
        return String.join(
                SEPARATOR, values.stream().map(v -> v.replace(SEPARATOR, "/")).toList());
    }

    static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|", -1));
    }
}
