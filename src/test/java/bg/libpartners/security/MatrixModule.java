package bg.libpartners.security;

import bg.libpartners.account.CurrentUser;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * A module's part of the role × endpoint test, kept in the module's own test package so that modules do not edit one
 * shared class: the records its path variables name, and the inputs its writes need. Implementations are found on the
 * test class path under {@code bg.libpartners} (a public class with a public no-argument constructor); their rows
 * go to {@code security/role-endpoints/<module>.csv}.
 */
public interface MatrixModule {

    /**
     * Makes this module's records, all hanging on the demo librarian's library and the demo coordinator's oblast
     * (see {@code security/README.md}), and puts their ids into {@code values} under {@code segment/name} (e.g.
     * {@code surveys/id}).
     *
     * @param actors the users of the columns ({@code admin}, {@code librarian}, {@code librarian_other}, …)
     * @param values the shared placeholders so far ({@code library}, {@code partner}, {@code partnerships/id}, …)
     */
    void addRecords(ApplicationContext context, Map<String, CurrentUser> actors, Map<String, String> values)
            throws Exception;

    /** Inputs per {@code "METHOD pattern"}, in the form of {@link SampleInputs}. */
    default Map<String, String> inputs() {
        return Map.of();
    }
}
