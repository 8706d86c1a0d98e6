package bg.libpartners.funding;

import java.util.List;

/** A submission refused by the eligibility check: answered with 422 listing every failed rule; nothing is written. */
public class IneligibleApplicationException extends RuntimeException {

    private final transient List<Eligibility.Rule> failed;

    public IneligibleApplicationException(List<Eligibility.Rule> failed) {
        super("ineligible: " + failed.stream().map(Eligibility.Rule::code).toList());
        this.failed = List.copyOf(failed);
    }

    public List<Eligibility.Rule> failed() {
        return failed;
    }
}
