package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import java.util.Locale;
import java.util.Set;

/**
 * A made-up administrator, only for {@link RegisterReimportSoakIT}: it runs its own context over its own file
 * database and checks the import, not who may run it. Every other test signs in as a person in the database
 * ({@link bg.libpartners.account.TestPeople}), so that scope checks run against real rows.
 */
final class DirectoryTestUsers {

    private DirectoryTestUsers() {}

    static CurrentUser admin() {
        return new CurrentUser(
                9_000L + Role.ADMIN.ordinal(),
                "admin@test.libpartners.bg",
                Role.ADMIN.name(),
                Role.ADMIN,
                Set.of(),
                "{noop}x",
                true,
                false,
                Locale.forLanguageTag("bg"));
    }
}
