package bg.libpartners.survey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The personal-link API ({@code /api/v1/survey-answers/{token}}) is for people without an account: the unguessable
 * token in the path is the key to one organisation's form, so this chain permits all, keeps no session and needs no
 * form token (no cookie of a signed-in user grants anything here).
 */
@Configuration
class SurveyLinkSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain surveyLinkSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/survey-answers/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
