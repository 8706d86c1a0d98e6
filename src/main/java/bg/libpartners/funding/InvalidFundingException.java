package bg.libpartners.funding;

import bg.libpartners.platform.BadRequestException;
import java.util.List;

/** Bad input: answered with 400 naming the first field; forms show every field. Thrown before anything is written. */
public class InvalidFundingException extends BadRequestException {

    public record FieldProblem(String field, String key, Object[] args) {}

    private final transient List<FieldProblem> problems;

    public InvalidFundingException(String field, String key, Object... args) {
        this(List.of(new FieldProblem(field, key, args)));
    }

    public InvalidFundingException(List<FieldProblem> problems) {
        super(problems.get(0).field(), problems.get(0).key(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
