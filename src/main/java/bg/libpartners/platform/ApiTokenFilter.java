package bg.libpartners.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry a personal token; an unknown, expired or revoked token is answered with 401. A
 * read-only token may only GET and HEAD, and no token may create tokens or change the password: that takes a session
 * signed in with the password (403 otherwise).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final ProblemWriter problems;

    ApiTokenFilter(ApiTokenAuthenticator authenticator, ProblemWriter problems) {
        this.authenticator = authenticator;
        this.problems = problems;
    }

    private static final Set<String> READS = Set.of("GET", "HEAD");

    /** Creating a token (API or page) or anything about the password. */
    static boolean managesCredentials(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var creates = "POST".equals(request.getMethod())
                && (path.equals("/api/v1/account/tokens") || path.startsWith("/account/tokens"));
        return creates || path.startsWith("/api/v1/account/password") || path.startsWith("/account/password");
    }

    static boolean carriesToken(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        var raw = request.getHeader("Authorization").substring(PREFIX.length()).trim();
        var token = authenticator.authenticate(raw);
        if (token.isEmpty()) {
            problems.write(request, response, 401, "platform.error.tokenInvalid");
            return;
        }
        if (token.get().readOnly() && !READS.contains(request.getMethod())) {
            problems.write(request, response, 403, "platform.error.tokenReadOnly");
            return;
        }
        if (managesCredentials(request)) {
            problems.write(request, response, 403, "platform.error.tokenNotForCredentials");
            return;
        }
        var user = token.get().user();
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        auth.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
