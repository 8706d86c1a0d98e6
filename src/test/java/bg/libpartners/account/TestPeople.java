package bg.libpartners.account;

import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * People in the database for a test, created through the account module and signed in as the application loads
 * them, so that a scope check runs against real rows (a made-up principal names a user and organisations that are not
 * there). Each call makes a new person: tests share the database.
 */
@Component
public class TestPeople {

    private final AccountService accounts;
    private final UserDetailsService users;
    private final JdbcClient jdbc;

    TestPeople(AccountService accounts, UserDetailsService users, JdbcClient jdbc) {
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A new person with that role and those scopes. */
    public CurrentUser create(Role role, Scope... scopes) {
        return create(
                role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                        + UUID.randomUUID().toString().substring(0, 8) + "@test.libpartners.bg",
                role,
                scopes);
    }

    /** A new person with that e-mail (kept as the account module keeps it: in lower case), role and scopes. */
    public CurrentUser create(String email, Role role, Scope... scopes) {
        accounts.create(
                email, "Тест " + role.name(), role, "a test person's password", Locale.forLanguageTag("bg"), scopes);
        return load(email.toLowerCase(Locale.ROOT));
    }

    /** The demo person of that role (created at start). */
    public CurrentUser demo(Role role) {
        return load(DemoAccounts.of(role).email());
    }

    /**
     * A scope naming a real organisation of the kind the scope names (a library, a chitalishte, a partner) that is
     * none of {@code except} and lies in another oblast than they do: "a librarian of a library elsewhere", whom
     * neither the organisation nor its oblast lets in.
     */
    public Scope another(ScopeKind kind, long... except) {
        String organisationKind = switch (kind) {
            case LIBRARY -> "LIBRARY";
            case CHITALISHTE -> "CHITALISHTE";
            case ORGANISATION -> "PARTNER";
            default -> throw new IllegalArgumentException(kind + " does not name an organisation");
        };
        var sql = new StringBuilder(
                "select min(o.id) from organisation o where o.kind = :kind" + " and o.oblast_code is not null");
        if (except.length > 0) {
            sql.append(" and o.id not in (:except) and o.oblast_code not in (select x.oblast_code from organisation x"
                    + " where x.id in (:except) and x.oblast_code is not null)");
        }
        var query = jdbc.sql(sql.toString()).param("kind", organisationKind);
        if (except.length > 0) {
            query = query.param(
                    "except", java.util.Arrays.stream(except).boxed().toList());
        }
        return Scope.of(kind, query.query(Long.class).single());
    }

    private CurrentUser load(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }
}
