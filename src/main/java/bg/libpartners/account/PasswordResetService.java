package bg.libpartners.account;

import bg.libpartners.notification.Mailer;
import bg.libpartners.platform.LibPartnersProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by an e-mailed one-time link. Asking never tells whether the address has an account. */
@Service
public class PasswordResetService {

    private final PasswordResets resets;
    private final Users users;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final LibPartnersProperties properties;

    PasswordResetService(PasswordResets resets, Users users, PasswordEncoder encoder, Mailer mailer,
            LibPartnersProperties properties) {
        this.resets = resets;
        this.users = users;
        this.encoder = encoder;
        this.mailer = mailer;
        this.properties = properties;
    }

    @Transactional
    public void request(String email) {
        users.findByEmail(UserAccount.normalise(email)).filter(UserAccount::isEnabled).ifPresent(user -> {
            var secret = Tokens.newSecret("");
            var minutes = properties.security().resetMinutes();
            resets.save(new PasswordReset(user.getId(), secret, Instant.now().plus(Duration.ofMinutes(minutes))));
            mailer.send(user.getEmail(), Locale.forLanguageTag(user.getLocale()), "account.mail.reset",
                    user.getDisplayName(), properties.baseUrl() + "/password/reset?token=" + secret, minutes);
        });
    }

    @Transactional(readOnly = true)
    public void checkOpen(String secret) {
        resets.findByTokenHash(Tokens.hash(secret == null ? "" : secret)).filter(PasswordReset::isOpen)
                .orElseThrow(InvalidTokenException::new);
    }

    @Transactional
    public void reset(String secret, String password) {
        var reset = resets.findByTokenHash(Tokens.hash(secret == null ? "" : secret)).filter(PasswordReset::isOpen)
                .orElseThrow(InvalidTokenException::new);
        Passwords.check(password);
        var user = users.findById(reset.getUserId()).orElseThrow(InvalidTokenException::new);
        user.setPasswordHash(encoder.encode(password));
        reset.used();
    }
}
