package bg.libpartners.account;

import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.Mailer;
import bg.libpartners.platform.ThrottleService;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Password reset by an e-mailed one-time link. Asking never tells whether the address has an account: the mail goes
 * out after the answer, on another thread, so the answer takes as long either way. Requests are throttled per
 * address asked for and per client address. A new password ends every session signed in before it.
 */
@Service
public class PasswordResetService {

    private final PasswordResets resets;
    private final Users users;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final LibPartnersProperties properties;
    private final ThrottleService throttles;
    private final ApiTokenService tokens;
    private final TaskExecutor mailSender;

    PasswordResetService(
            PasswordResets resets,
            Users users,
            PasswordEncoder encoder,
            Mailer mailer,
            LibPartnersProperties properties,
            ThrottleService throttles,
            ApiTokenService tokens,
            @Qualifier("applicationTaskExecutor") TaskExecutor mailSender) {
        this.resets = resets;
        this.users = users;
        this.encoder = encoder;
        this.mailer = mailer;
        this.properties = properties;
        this.throttles = throttles;
        this.tokens = tokens;
        this.mailSender = mailSender;
    }

    /** Asks for a reset link for {@code email}, from the client {@code address}; refused when asked too often. */
    @Transactional
    public void request(String email, String address) {
        var wait = throttles.tryResetRequest(email, address);
        if (wait.isPresent()) {
            throw new AccountException("email", "account.forgot.throttled", ThrottleService.minutes(wait.get()));
        }
        users.findByEmail(UserAccount.normalise(email))
                .filter(UserAccount::isEnabled)
                .ifPresent(user -> {
                    var secret = Tokens.newSecret("");
                    var minutes = properties.security().resetMinutes();
                    resets.save(new PasswordReset(
                            user.getId(), secret, Instant.now().plus(Duration.ofMinutes(minutes))));
                    var to = user.getEmail();
                    var locale = Locale.forLanguageTag(user.getLocale());
                    var name = user.getDisplayName();
                    var link = properties.baseUrl() + "/password/reset?token=" + secret;
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            mailSender.execute(
                                    () -> mailer.send(to, locale, "account.mail.reset", name, link, minutes));
                        }
                    });
                });
    }

    @Transactional(readOnly = true)
    public void checkOpen(String secret) {
        resets.findByTokenHash(Tokens.hash(secret == null ? "" : secret))
                .filter(PasswordReset::isOpen)
                .orElseThrow(InvalidTokenException::new);
    }

    /**
     * Sets the new password: every session signed in before ends, and with {@code revokeTokens} every API token of
     * the person is revoked too (someone who knew the old password may have made one).
     */
    @Transactional
    public void reset(String secret, String password, boolean revokeTokens) {
        var reset = resets.findByTokenHash(Tokens.hash(secret == null ? "" : secret))
                .filter(PasswordReset::isOpen)
                .orElseThrow(InvalidTokenException::new);
        Passwords.check(password);
        var user = users.findById(reset.getUserId()).orElseThrow(InvalidTokenException::new);
        user.setPasswordHash(encoder.encode(password));
        reset.used();
        if (revokeTokens) {
            tokens.revokeAll(user.getId());
        }
    }
}
