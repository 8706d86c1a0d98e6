package bg.libpartners.account;

import bg.libpartners.platform.LibPartnersProperties;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in by e-mail and password. Repeated failures lock the account for a while; the sign-in page says the same
 * thing whether or not an e-mail has an account, so nobody learns who is registered. The failure counter is one
 * atomic SQL update, so parallel failures all count. A password hashed the old way (BCrypt) is rehashed with Argon2id
 * when its owner signs in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final Users users;
    private final LibPartnersProperties properties;

    AccountUserDetailsService(Users users, LibPartnersProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(UserAccount.normalise(email))
                .map(UserAccount::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var security = properties.security();
        users.signInFailed(
                UserAccount.normalise(String.valueOf(event.getAuthentication().getPrincipal())),
                security.maxFailedLogins(),
                Instant.now().plus(Duration.ofMinutes(security.lockMinutes())));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user && user.id() != null) {
            users.signedIn(user.id());
            users.lastSignIn(user.id(), Instant.now());
        }
    }

    /** Called by Spring Security after a successful sign-in whose hash uses an older algorithm. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        var current = (CurrentUser) user;
        users.rehash(current.id(), newHash);
        return new CurrentUser(
                current.id(),
                current.email(),
                current.displayName(),
                current.role(),
                current.scopes(),
                newHash,
                current.active(),
                current.locked(),
                current.locale());
    }
}
