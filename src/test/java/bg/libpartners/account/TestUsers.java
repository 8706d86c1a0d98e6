package bg.libpartners.account;

import java.util.Locale;
import java.util.Set;

/** Signed-in users made up for a test, with exactly the role and scopes it needs. */
public final class TestUsers {

    private TestUsers() {}

    /** User {@code id}, Bulgarian interface, active, with the given role and scopes. */
    public static CurrentUser someone(long id, Role role, Scope... scopes) {
        return new CurrentUser(id, "someone" + id + "@example.org", "Някой " + id, role, Set.of(scopes), null, true,
                false, Locale.forLanguageTag("bg"));
    }
}
