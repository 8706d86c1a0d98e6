package bg.libpartners.directory;

import bg.libpartners.platform.BadRequestException;
import java.util.Map;

/** One or more fields of an organisation are wrong; each named with the message key that says why. */
public class InvalidOrganisationException extends BadRequestException {

    private final transient Map<String, String> errors;

    InvalidOrganisationException(Map<String, String> errors) {
        super(errors.keySet().iterator().next(), errors.values().iterator().next());
        this.errors = Map.copyOf(errors);
    }

    /** Field name → message key, e.g. {@code eik → directory.error.eik}. */
    public Map<String, String> errors() {
        return errors;
    }
}
