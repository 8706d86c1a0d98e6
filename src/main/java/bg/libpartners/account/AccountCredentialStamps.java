package bg.libpartners.account;

import bg.libpartners.platform.CredentialStamps;
import bg.libpartners.platform.SqlInstants;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Reads a person's credential stamp for the per-request checks of sessions and API tokens: one primary-key query in
 * plain SQL, outside any transaction, because it runs before every request of a signed-in person.
 */
@Component
class AccountCredentialStamps implements CredentialStamps {

    private final JdbcClient jdbc;
    private final SqlInstants instants;

    AccountCredentialStamps(JdbcClient jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    @Override
    public Optional<Instant> changedAt(UserDetails user) {
        return user instanceof CurrentUser current && current.id() != null ? changedAt(current.id()) : Optional.empty();
    }

    /** When the person's password, role, scopes or state last changed (empty for no such person or never). */
    Optional<Instant> changedAt(long userId) {
        return jdbc.sql("select credentials_changed_at from app_user where id = ?")
                .param(userId)
                .query((rs, n) -> Optional.ofNullable(instants.read(rs, "credentials_changed_at")))
                .optional()
                .flatMap(at -> at);
    }
}
