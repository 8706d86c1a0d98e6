package bg.libpartners.account;

import bg.libpartners.platform.Commits;
import bg.libpartners.platform.CredentialStamps;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.platform.cache.AnswerCache;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Reads a person's credential stamp for the per-request checks of sessions and API tokens: one primary-key query in
 * plain SQL, outside any transaction, because it runs before every request of a signed-in person. The stamp read is
 * kept for at most {@link #KEPT} and only until the next write this node commits or hears of from another node
 * ({@link AnswerCache}): a password, role or state change is a committed write, so the next request reads it again.
 */
@Component
class AccountCredentialStamps implements CredentialStamps {

    /** The longest a stamp is kept, should a write's signal from another node be lost. */
    static final Duration KEPT = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final AnswerCache<Long, Optional<Instant>> kept = new AnswerCache<>(100_000, KEPT, Commits::generation);

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
        return kept.get(userId, () -> read(userId));
    }

    private Optional<Instant> read(long userId) {
        return jdbc.sql("select credentials_changed_at from app_user where id = ?")
                .param(userId)
                .query((rs, n) -> Optional.ofNullable(instants.read(rs, "credentials_changed_at")))
                .optional()
                .flatMap(at -> at);
    }
}
