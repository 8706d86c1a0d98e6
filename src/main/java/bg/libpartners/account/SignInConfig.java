package bg.libpartners.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with the form: Spring Security's {@link DaoAuthenticationProvider} over {@link AccountUserDetailsService}
 * (the password checked against the hash, an old hash upgraded), as Spring Boot would set it up, except that the
 * signed-in person it hands on carries no password hash. That person is what the session keeps (in the database with
 * several nodes, where a copy of the hash would sit beside the session cookie's value); nothing after the check needs
 * the hash, and the credential stamp is read from the database on every request.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfig {

    @Bean
    DaoAuthenticationProvider signInProvider(AccountUserDetailsService users, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(users) {
            @Override
            protected Authentication createSuccessAuthentication(
                    Object principal, Authentication authentication, UserDetails user) {
                var result = super.createSuccessAuthentication(principal, authentication, user);
                if (!(result.getPrincipal() instanceof CurrentUser signedIn)) {
                    return result;
                }
                var withoutHash = UsernamePasswordAuthenticationToken.authenticated(
                        signedIn.withoutPassword(), null, result.getAuthorities());
                withoutHash.setDetails(result.getDetails());
                return withoutHash;
            }
        };
        provider.setPasswordEncoder(encoder);
        provider.setUserDetailsPasswordService(users);
        return provider;
    }
}
