package bg.libpartners.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ThrottleService the sign-in form per account and per client address ({@link ThrottleService}). A throttled attempt is not
 * checked at all: the page says so in words (the sign-in page with {@code ?throttled=minutes}), an API client gets 429
 * with {@code Retry-After}. Everyone else signs in as usual.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final ThrottleService throttles;
    private final ProblemWriter problems;

    SignInThrottleFilter(ThrottleService throttles, ProblemWriter problems) {
        this.throttles = throttles;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter("username");
        var address = request.getRemoteAddr();
        var wait = throttles.trySignIn(email, address);
        if (wait.isPresent()) {
            var minutes = ThrottleService.minutes(wait.get());
            response.setHeader(
                    "Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            var accept = request.getHeader("Accept");
            if (accept != null && accept.contains("json")) {
                problems.write(request, response, 429, "platform.error.signInThrottled", minutes);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
            }
            return;
        }
        chain.doFilter(request, response);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            throttles.signedIn(email, address);
        }
    }
}
