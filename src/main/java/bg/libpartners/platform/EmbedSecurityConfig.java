package bg.libpartners.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embeddable public map ({@code /embed/**}) may be framed by any site; everything else keeps
 * {@code frame-ancestors 'self'}. Embedded pages show only public data and need no session, so this chain permits
 * all, keeps no session and has no CSRF (they carry no forms).
 */
@Configuration
class EmbedSecurityConfig {

    static final String CSP = SecurityConfig.CSP.replace("frame-ancestors 'self'", "frame-ancestors *");

    @Bean
    @Order(1)
    SecurityFilterChain embedSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/embed/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.disable()));
        return http.build();
    }
}
