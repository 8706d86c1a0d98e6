package bg.libpartners.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The throttles of sign-in and password-reset requests. A sign-in attempt takes a use from the account's and the
 * address's allowance and gives it back when it succeeds, so only failures count and parallel guesses cannot all slip
 * through; a reset request always counts.
 */
@Component
public class Throttles {

    private final Throttle signInAccounts;
    private final Throttle signInAddresses;
    private final Throttle resetEmails;
    private final Throttle resetAddresses;

    Throttles(ThrottleProperties limits) {
        signInAccounts = new Throttle(limits.signInPerAccount(), limits.signInWindow());
        signInAddresses = new Throttle(limits.signInPerAddress(), limits.signInWindow());
        resetEmails = new Throttle(limits.resetPerEmail(), limits.resetWindow());
        resetAddresses = new Throttle(limits.resetPerAddress(), limits.resetWindow());
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
