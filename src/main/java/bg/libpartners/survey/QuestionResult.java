package bg.libpartners.survey;

import java.util.Map;

/**
 * The submitted answers to one question: counts per option (in the questionnaire's order, labels beside), or for a
 * number or scale the counts per value and the average; {@code answered} counts the answers (blocks, for a question
 * of a repeating section).
 */
public record QuestionResult(
        String key,
        String section,
        String label,
        QuestionKind kind,
        Map<String, Long> counts,
        Map<String, String> labels,
        long answered,
        Double average) {}
