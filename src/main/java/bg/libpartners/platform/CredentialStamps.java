package bg.libpartners.platform;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/** When a person's credentials last changed (password reset, role or scope): sessions from before then are over. */
public interface CredentialStamps {

    Optional<Instant> changedAt(UserDetails user);
}
