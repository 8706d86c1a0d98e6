package bg.libpartners.partnership;

import bg.libpartners.platform.BadRequestException;
import java.util.List;

/**
 * Bad input or a transition out of order: answered with 400 naming the first field; forms show every field. Thrown
 * before anything is written, so nothing changes.
 */
public class InvalidPartnershipException extends BadRequestException {

    public record FieldProblem(String field, String key, Object[] args) {}

    private final transient List<FieldProblem> problems;

    public InvalidPartnershipException(String field, String key, Object... args) {
        this(List.of(new FieldProblem(field, key, args)));
    }

    public InvalidPartnershipException(List<FieldProblem> problems) {
        super(problems.get(0).field(), problems.get(0).key(), problems.get(0).args());
        this.problems = problems;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
