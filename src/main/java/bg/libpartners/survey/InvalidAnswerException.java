package bg.libpartners.survey;

import bg.libpartners.platform.BadRequestException;
import java.util.List;

/**
 * Answers that cannot be saved or submitted: each problem names its question (the field is {@code key} or
 * {@code group[2].key}, the message the question's label). Thrown before anything is written, so what was saved
 * before stays.
 */
public class InvalidAnswerException extends BadRequestException {

    public record Problem(String field, String key, Object[] args) {}

    private final transient List<Problem> problems;

    public InvalidAnswerException(List<Problem> problems) {
        super(problems.get(0).field(), problems.get(0).key(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public InvalidAnswerException(String field, String key, Object... args) {
        this(List.of(new Problem(field, key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
