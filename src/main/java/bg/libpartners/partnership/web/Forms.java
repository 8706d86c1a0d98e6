package bg.libpartners.partnership.web;

import bg.libpartners.partnership.InvalidPartnershipException;
import org.springframework.validation.BindingResult;

/** Puts the service's field problems on the form, each under its field. */
final class Forms {

    private Forms() {}

    static void reject(BindingResult result, InvalidPartnershipException e) {
        for (var problem : e.problems()) {
            try {
                result.rejectValue(problem.field(), problem.key(), problem.args(), null);
            } catch (RuntimeException notAFormField) {
                result.reject(problem.key(), problem.args(), null);
            }
        }
    }
}
