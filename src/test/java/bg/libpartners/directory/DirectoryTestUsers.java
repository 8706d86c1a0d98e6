package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import java.util.Locale;
import java.util.Set;

/** Signed-in users for MockMvc's {@code user(...)}, with the scopes a test needs. */
final class DirectoryTestUsers {

    private DirectoryTestUsers() {}

    static CurrentUser user(Role role, Scope... scopes) {
        return new CurrentUser(9_000L + role.ordinal(), role.name().toLowerCase(Locale.ROOT) + "@test.libpartners.bg",
                role.name(), role, Set.of(scopes), "{noop}x", true, false, Locale.forLanguageTag("bg"));
    }

    static CurrentUser admin() {
        return user(Role.ADMIN);
    }
}
