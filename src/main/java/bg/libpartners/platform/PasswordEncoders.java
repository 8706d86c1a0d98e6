package bg.libpartners.platform;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id, which takes a passphrase of any length (BCrypt reads only 72 bytes, 36
 * Cyrillic letters). Hashes made with BCrypt before still match and are rehashed with Argon2id at the next sign-in.
 */
final class PasswordEncoders {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    private PasswordEncoders() {}

    static PasswordEncoder create() {
        return new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new Bcrypt72()));
    }

    /** BCrypt for old hashes only; input it cannot have hashed (over 72 bytes) simply does not match. */
    private static final class Bcrypt72 extends BCryptPasswordEncoder {

        @Override
        protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
            return rawPassword.getBytes(StandardCharsets.UTF_8).length <= 72
                    && super.matchesNonNull(rawPassword, encodedPassword);
        }
    }
}
