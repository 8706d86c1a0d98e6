package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.survey.Definition.Condition;
import bg.libpartners.survey.Definition.Option;
import bg.libpartners.survey.Definition.Question;
import bg.libpartners.survey.Definition.Text;
import bg.libpartners.survey.InvalidAnswerException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The builder's changes to one question: its texts, kind, required flag, range and options; its place in its section
 * (up or down); its removal. Each checks the input field by field first (nothing is written when one is wrong), then
 * goes through {@link QuestionnaireService#update}, which changes the version in place while no launched campaign uses
 * it and nobody answered it, and otherwise copies it into the next version.
 */
@Service
public class QuestionEditor {

    /** Which way a question moves within its section. */
    public enum Direction {
        UP,
        DOWN
    }

    private final QuestionnaireService questionnaires;

    QuestionEditor(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Transactional
    public QuestionnaireView edit(CurrentUser me, long id, String key, QuestionInput in) {
        var q = questionnaires.get(me, id);
        var old = question(q, key);
        check(in);
        var edited = new Question(
                key,
                in.kind(),
                new Text(in.labelBg().strip(), blankToNull(in.labelEn())),
                blank(in.helpBg()) ? null : new Text(in.helpBg().strip(), blankToNull(in.helpEn())),
                Boolean.TRUE.equals(in.required()),
                in.kind().hasOptions() ? in.options() : List.of(),
                in.kind() == QuestionKind.NUMBER || in.kind() == QuestionKind.SCALE ? in.min() : null,
                in.kind() == QuestionKind.NUMBER || in.kind() == QuestionKind.SCALE ? in.max() : null,
                blank(in.showIfQuestion())
                        ? null
                        : new Condition(in.showIfQuestion().strip(), blankToNull(in.showIfValue())));
        if (edited.equals(old)) {
            return q;
        }
        return save(me, q, q.definition().replacing(key, edited), in.version());
    }

    @Transactional
    public QuestionnaireView move(CurrentUser me, long id, String key, Direction direction, Long version) {
        var q = questionnaires.get(me, id);
        question(q, key);
        if (direction == null) {
            throw new InvalidAnswerException("direction", "survey.error.field.direction");
        }
        var moved = q.definition().moving(key, direction == Direction.UP ? -1 : 1);
        if (moved.equals(q.definition())) {
            return q; // already first or last in its section
        }
        return save(me, q, moved, version);
    }

    @Transactional
    public QuestionnaireView remove(CurrentUser me, long id, String key, Long version) {
        var q = questionnaires.get(me, id);
        question(q, key);
        return save(me, q, q.definition().without(key), version);
    }

    /** In place, or the next version: the answer names the version now in use. */
    private QuestionnaireView save(CurrentUser me, QuestionnaireView q, Definition d, Long version) {
        return questionnaires.update(me, q.id(), new QuestionnaireInput(q.titleBg(), q.titleEn(), d, version));
    }

    private static Question question(QuestionnaireView q, String key) {
        return q.definition()
                .question(key)
                .map(Definition.Located::question)
                .orElseThrow(() -> new NotFoundException("survey.error.questionNotFound", key));
    }

    /** Every wrong field at once, each under its own name. */
    static void check(QuestionInput in) {
        var problems = new ArrayList<Problem>();
        if (in == null) {
            throw new InvalidAnswerException("labelBg", "survey.error.field.labelBg");
        }
        if (blank(in.labelBg())) {
            problems.add(new Problem("labelBg", "survey.error.field.labelBg", new Object[0]));
        } else if (in.labelBg().length() > 500) {
            problems.add(new Problem("labelBg", "survey.error.field.tooLong", new Object[] {500}));
        }
        if (in.labelEn() != null && in.labelEn().length() > 500) {
            problems.add(new Problem("labelEn", "survey.error.field.tooLong", new Object[] {500}));
        }
        if (in.kind() == null) {
            problems.add(new Problem("kind", "survey.error.field.kind", new Object[0]));
        } else if (in.kind().hasOptions()) {
            checkOptions(in.options(), problems);
        }
        if (in.min() != null && in.max() != null && in.min() > in.max()) {
            problems.add(new Problem("max", "survey.error.field.range", new Object[] {in.min(), in.max()}));
        }
        if (blank(in.showIfQuestion()) != blank(in.showIfValue())) {
            problems.add(new Problem(
                    blank(in.showIfQuestion()) ? "showIfQuestion" : "showIfValue",
                    "survey.error.field.condition",
                    new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
    }

    private static void checkOptions(List<Option> options, List<Problem> problems) {
        if (options == null || options.isEmpty()) {
            problems.add(new Problem("options", "survey.error.field.options", new Object[0]));
            return;
        }
        var codes = new HashSet<String>();
        for (var o : options) {
            if (o == null || o.code() == null || !o.code().matches("[A-Z0-9_]{1,64}") || !codes.add(o.code())) {
                problems.add(new Problem("options", "survey.error.field.optionCode", new Object[] {
                    o == null ? "" : String.valueOf(o.code())
                }));
                return;
            }
            if (o.label() == null || blank(o.label().bg())) {
                problems.add(new Problem("options", "survey.error.field.optionLabel", new Object[] {o.code()}));
                return;
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
