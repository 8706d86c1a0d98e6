package bg.libpartners.account;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the other modules see them: role and scopes, nothing of the password. Modules ask
 * {@link #covers(ScopeKind, Object)} before they let someone touch a record.
 */
public record CurrentUser(
        Long id,
        String email,
        String displayName,
        Role role,
        Set<Scope> scopes,
        String passwordHash,
        boolean active,
        boolean locked,
        Locale locale)
        implements UserDetails {

    /** The user of the current request, if someone is signed in. */
    public static Optional<CurrentUser> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }

    /** The same person without the password hash: what a signed-in session keeps ({@code SignInConfig}). */
    public CurrentUser withoutPassword() {
        return passwordHash == null
                ? this
                : new CurrentUser(id, email, displayName, role, scopes, null, active, locked, locale);
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when this user holds the given scope (admins hold every scope). */
    public boolean covers(ScopeKind kind, Object ref) {
        return isAdmin() || scopes.contains(Scope.of(kind, ref));
    }

    public Set<String> refs(ScopeKind kind) {
        return scopes.stream().filter(s -> s.kind() == kind).map(Scope::ref).collect(Collectors.toSet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + ", " + role + "]";
    }
}
