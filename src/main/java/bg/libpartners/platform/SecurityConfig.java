package bg.libpartners.platform;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One place that says who may reach what. Pages sign in with a form and CSRF; the API takes a session with CSRF or a
 * personal token. Finer rules (a librarian's own library, a coordinator's oblasts) live in the modules' services.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    private static final String[] PUBLIC_PAGES = {
        "/",
        "/login",
        "/password/**",
        "/invitations/**",
        "/error",
        "/error/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/webjars/**",
        "/geodata/**",
        "/favicon.ico",
        "/geography",
        "/practices/**",
        "/map",
        "/embed/**",
        "/calls/**",
        "/open-data/**",
        "/s/**",
        "/actuator/health/**",
        "/actuator/info",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/help",
        "/help/**",
        "/support/answers/**",
        "/events",
        "/events/**",
        "/img/**"
    };

    private static final String[] PUBLIC_API_READS = {
        "/api/v1/geography/**",
        "/api/v1/practices/**",
        "/api/v1/atlas/**",
        "/api/v1/calls/**",
        "/api/v1/open-data/**",
        "/api/v1/support/answers/**",
        "/api/v1/support/topics",
        "/api/v1/events",
        "/api/v1/events/**",
        "/api/v1/calendar/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoders.create();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ApiTokenAuthenticator tokens,
            ProblemWriter problems,
            ThrottleService throttles,
            CredentialStamps stamps,
            CsrfTokenRepository formTokens)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(auth -> auth
                        // the second dispatch of an asynchronous answer (a PDF rendered off the request thread)
                        // continues a
                        // request already authorised; a caller with an API token keeps no session to show again
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(GET, PUBLIC_API_READS)
                        .permitAll()
                        .requestMatchers("/admin/invitations/**", "/api/v1/admin/invitations/**")
                        .hasAnyRole("ADMIN", "COORDINATOR")
                        .requestMatchers("/admin/users/**", "/api/v1/admin/users/**")
                        .hasAnyRole("ADMIN", "COORDINATOR")
                        .requestMatchers("/admin/**", "/api/v1/admin/**", "/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureUrl("/login?error")
                        .successHandler(SignedInSessions.successHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                // the form token lives in a cookie, not in a session: a visitor never gets a session, not even on the
                // sign-in page, so memory (and, on several nodes, the session table) does not grow with visitors
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::carriesToken)
                        .csrfTokenRepository(formTokens))
                .addFilterBefore(new SignedInSessions(stamps), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new SignInThrottleFilter(throttles, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                (request, response, e) ->
                                        problems.write(request, response, 401, "platform.error.unauthenticated"),
                                api)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) ->
                                        problems.write(request, response, 403, "platform.error.forbidden"),
                                api)
                        .defaultAccessDeniedHandlerFor(forbiddenPage(), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.sameOrigin())
                        // Sent on secure requests only; behind a TLS proxy that needs server.forward-headers-strategy.
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** Form tokens in a cookie (see the chain): a bean, so that a test can tell what the application uses. */
    @Bean
    CsrfTokenRepository formTokens() {
        return new CookieCsrfTokenRepository();
    }

    private static AccessDeniedHandlerImpl forbiddenPage() {
        var handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage("/error/403");
        return handler;
    }
}
