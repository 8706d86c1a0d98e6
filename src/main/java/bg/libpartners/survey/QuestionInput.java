package bg.libpartners.survey;

import bg.libpartners.survey.Definition.Option;
import java.util.List;

/**
 * One question's edit, as the builder's form and the API send it (the key stays: answers are stored by it).
 * {@code version} is the questionnaire version last read.
 */
public record QuestionInput(
        String labelBg,
        String labelEn,
        String helpBg,
        String helpEn,
        QuestionKind kind,
        Boolean required,
        List<Option> options,
        Integer min,
        Integer max,
        String showIfQuestion,
        String showIfValue,
        Long version) {

    public QuestionInput withVersion(Long v) {
        return new QuestionInput(
                labelBg, labelEn, helpBg, helpEn, kind, required, options, min, max, showIfQuestion, showIfValue, v);
    }
}
