package bg.libpartners;

import bg.libpartners.account.CurrentUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a service call as a user that exists in the database, for services that read the signed-in user. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(CurrentUser user, Supplier<T> call) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(CurrentUser user, Runnable call) {
        as(user, () -> {
            call.run();
            return null;
        });
    }
}
