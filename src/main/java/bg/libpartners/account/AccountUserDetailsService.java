package bg.libpartners.account;

import bg.libpartners.platform.LibPartnersProperties;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in by e-mail and password. Repeated failures lock the account for a while; the sign-in page says the same
 * thing whether or not an e-mail has an account, so nobody learns who is registered.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Users users;
    private final LibPartnersProperties properties;

    AccountUserDetailsService(Users users, LibPartnersProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(UserAccount.normalise(email)).map(UserAccount::toCurrentUser)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var security = properties.security();
        users.findByEmail(UserAccount.normalise(String.valueOf(event.getAuthentication().getPrincipal())))
                .ifPresent(u -> u.signInFailed(security.maxFailedLogins(), Duration.ofMinutes(security.lockMinutes())));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user && user.id() != null) {
            users.findById(user.id()).ifPresent(UserAccount::signedIn);
        }
    }
}
