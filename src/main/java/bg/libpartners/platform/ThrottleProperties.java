package bg.libpartners.platform;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of sign-in and password-reset attempts ({@code libpartners.security.throttle.*}): per account (the e-mail
 * typed, known or not) and per client address, each within a sliding window. In memory on one node; shared in the
 * database by several nodes ({@link ThrottleService}).
 */
@Validated
@ConfigurationProperties("libpartners.security.throttle")
public record ThrottleProperties(
        @Min(1) Integer signInPerAccount,
        @Min(1) Integer signInPerAddress,
        Duration signInWindow,
        @Min(1) Integer resetPerEmail,
        @Min(1) Integer resetPerAddress,
        Duration resetWindow) {

    public ThrottleProperties {
        signInPerAccount = signInPerAccount == null ? 5 : signInPerAccount;
        signInPerAddress = signInPerAddress == null ? 50 : signInPerAddress;
        signInWindow = signInWindow == null ? Duration.ofMinutes(15) : signInWindow;
        resetPerEmail = resetPerEmail == null ? 3 : resetPerEmail;
        resetPerAddress = resetPerAddress == null ? 10 : resetPerAddress;
        resetWindow = resetWindow == null ? Duration.ofHours(1) : resetWindow;
    }
}
