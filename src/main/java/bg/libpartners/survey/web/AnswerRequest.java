package bg.libpartners.survey.web;

import bg.libpartners.survey.Values;
import java.util.List;
import java.util.Map;

/**
 * Answers as the API takes them: plain questions by key, repeating sections as lists of blocks; a value is a text,
 * a number, a boolean or (multiple choice) a list. {@code version} is the one last read (or {@code If-Match}).
 */
record AnswerRequest(Map<String, Object> answers, Map<String, List<Map<String, Object>>> groups, Long version) {

    Values values() {
        return Values.fromJson(answers, groups);
    }

    boolean empty() {
        return answers == null && groups == null;
    }
}
