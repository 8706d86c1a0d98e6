package bg.libpartners.platform;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The throttles of sign-in and password-reset requests. A sign-in attempt takes a use from the account's and the
 * address's allowance and gives it back when it succeeds, so only failures count and parallel guesses cannot all slip
 * through; a reset request always counts. On one node the allowances live in memory; with
 * {@code libpartners.nodes.several=true} in the database, shared by every node ({@link Throttle}).
 */
@Component
public class ThrottleService {

    static final String TABLE = "throttle_bucket";

    private final Throttle signInAccounts;
    private final Throttle signInAddresses;
    private final Throttle resetEmails;
    private final Throttle resetAddresses;
    /** Several nodes: the buckets in the database; null on one node. */
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

    ThrottleService(
            ThrottleProperties limits,
            bg.libpartners.platform.nodes.NodesProperties nodes,
            ObjectProvider<DataSource> dataSource) {
        boolean several = nodes.several();
        this.shared = several
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource.getObject())
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table(TABLE)
                        .idColumn("id")
                        .stateColumn("state")
                        .expiresAtColumn("expires_at")
                        .expirationAfterWrite(
                                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                        .build()
                : null;
        signInAccounts = throttle("sign-in-account", limits.signInPerAccount(), limits.signInWindow());
        signInAddresses = throttle("sign-in-address", limits.signInPerAddress(), limits.signInWindow());
        resetEmails = throttle("reset-email", limits.resetPerEmail(), limits.resetWindow());
        resetAddresses = throttle("reset-address", limits.resetPerAddress(), limits.resetWindow());
    }

    private Throttle throttle(String name, long capacity, Duration window) {
        return new Throttle(name, capacity, window, shared);
    }

    /** Whether the allowances are shared by several nodes (kept in the database). */
    public boolean shared() {
        return shared != null;
    }

    /** Several nodes: removes the rows of buckets that are full again (what a missing row means anyway). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = "platform.throttle-buckets")
    public void removeExpired() {
        if (shared != null) {
            while (shared.removeExpired(1000) == 1000) {
                // another batch
            }
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Takes one sign-in attempt; empty when allowed, else how long to wait. */
    Optional<Duration> trySignIn(String email, String address) {
        return take(signInAccounts, key(email), signInAddresses, address);
    }

    /** The attempt succeeded: it does not count against the account nor the address. */
    void signedIn(String email, String address) {
        signInAccounts.giveBack(key(email));
        signInAddresses.giveBack(address);
    }

    /** Takes one password-reset request; empty when allowed, else how long to wait. */
    public Optional<Duration> tryResetRequest(String email, String address) {
        return take(resetEmails, key(email), resetAddresses, address);
    }

    private static Optional<Duration> take(Throttle byAccount, String account, Throttle byAddress, String address) {
        if (!byAccount.tryTake(account)) {
            return Optional.of(byAccount.waitFor(account));
        }
        if (!byAddress.tryTake(address)) {
            byAccount.giveBack(account);
            return Optional.of(byAddress.waitFor(address));
        }
        return Optional.empty();
    }

    /** Whole minutes to tell a person, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
