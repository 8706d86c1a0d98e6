package bg.libpartners.platform;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/** Turns a personal API token ({@code Authorization: Bearer …}) into the user it belongs to. */
public interface ApiTokenAuthenticator {

    Optional<UserDetails> authenticate(String rawToken);
}
