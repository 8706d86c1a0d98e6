package bg.libpartners.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers when it signed in; on every request it is compared with the person's credential stamp in the
 * database ({@link CredentialStamps}), so a password reset or a change of role or scope ends the sessions signed in
 * before it, on every node. The request then goes on as anonymous (sign-in page, or 401 for the API).
 */
public final class SignedInSessions extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";

    private final CredentialStamps stamps;

    SignedInSessions(CredentialStamps stamps) {
        this.stamps = stamps;
    }

    /** Keeps the current session valid after a change the person made themselves (their own new password). */
    public static void renew(HttpServletRequest request, Instant changedAt) {
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SIGNED_IN_AT, changedAt);
        }
    }

    /** After a successful form sign-in: notes the moment, then goes where the person was going (or to their start page). */
    static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/work"); // the start page "Моята работа"
        return handler;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && auth != null
                && auth.getPrincipal() instanceof UserDetails user
                && stamps.changedAt(user)
                        .filter(changed -> changed.isAfter(signedInAt))
                        .isPresent()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
