package bg.libpartners.platform;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/** Turns a personal API token ({@code Authorization: Bearer …}) into the user it belongs to. */
public interface ApiTokenAuthenticator {

    /** The owner of an active token, and whether the token may only read (GET and HEAD). */
    record TokenUser(UserDetails user, boolean readOnly) {}

    Optional<TokenUser> authenticate(String rawToken);
}
