package bg.libpartners.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry a personal token; an unknown or revoked token is answered with 401. */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final ProblemWriter problems;

    ApiTokenFilter(ApiTokenAuthenticator authenticator, ProblemWriter problems) {
        this.authenticator = authenticator;
        this.problems = problems;
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
        var user = authenticator.authenticate(raw);
        if (user.isEmpty()) {
            problems.write(request, response, 401, "platform.error.tokenInvalid");
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
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
