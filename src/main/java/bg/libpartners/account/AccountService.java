package bg.libpartners.account;

import bg.libpartners.platform.NotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users as the rest of the application and the admins see them. */
@Service
public class AccountService {

    private final Users users;
    private final PasswordEncoder encoder;
    private final ApiTokenService tokens;

    AccountService(Users users, PasswordEncoder encoder, ApiTokenService tokens) {
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
    }

    public record UserView(Long id, String email, String displayName, Role role, Set<Scope> scopes, boolean enabled,
            Instant lockedUntil, Instant createdAt) {

        static UserView of(UserAccount u) {
            return new UserView(u.getId(), u.getEmail(), u.getDisplayName(), u.getRole(), Set.copyOf(u.getScopes()),
                    u.isEnabled(), u.getLockedUntil(), u.getCreatedAt());
        }
    }

    @Transactional(readOnly = true)
    public Page<UserView> list(Pageable pageable) {
        return users.findActive(pageable).map(UserView::of);
    }

    /** The enabled people of one role, by name (e.g. the experts an admin assigns as reviewers). */
    @Transactional(readOnly = true)
    public java.util.List<UserView> withRole(Role role) {
        return users.findEnabledByRole(role).stream().map(UserView::of).toList();
    }

    @Transactional(readOnly = true)
    public UserView get(Long id) {
        return users.findById(id).map(UserView::of).orElseThrow(() -> new NotFoundException("account.user.notFound", id));
    }

    /** Creates a user directly (first admin, demo accounts); people otherwise come in by invitation. */
    @Transactional
    public Long create(String email, String displayName, Role role, String password, Locale locale, Scope... scopes) {
        Passwords.check(password);
        var user = new UserAccount(email, displayName, role, locale);
        user.setPasswordHash(encoder.encode(password));
        for (var scope : scopes) {
            user.grant(scope);
        }
        return users.save(user).getId();
    }

    /**
     * The signed-in person changes their own password, proving the current one. Their other sessions end; returns the
     * moment of the change, for keeping the current session ({@code SignedInSessions.renew}).
     */
    @Transactional
    public Instant changePassword(Long userId, String currentPassword, String newPassword) {
        var user = users.findById(userId).orElseThrow(() -> new NotFoundException("account.user.notFound", userId));
        if (currentPassword == null || user.getPasswordHash() == null
                || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountException("currentPassword", "account.password.currentWrong");
        }
        Passwords.check(newPassword);
        return user.setPasswordHash(encoder.encode(newPassword));
    }

    /** Turns the demo accounts off (a run without demo mode) or on again (demo mode). */
    @Transactional
    public int enableDemoAccounts(boolean enabled) {
        var changed = 0;
        for (var demo : DemoAccounts.ALL) {
            var user = users.findByEmail(demo.email()).filter(u -> u.isEnabled() != enabled);
            if (user.isPresent()) {
                user.get().setEnabled(enabled);
                user.get().credentialsChanged();
                changed++;
            }
        }
        tokens.forgetAll();
        return changed;
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return users.findByEmail(UserAccount.normalise(email)).isPresent();
    }

    /** Whether an enabled administrator other than the demo one exists. */
    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return users.existsByRoleAndEnabledTrueAndEmailNot(Role.ADMIN, DemoAccounts.of(Role.ADMIN).email());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String email) {
        return users.findByEmail(UserAccount.normalise(email)).map(UserAccount::getId);
    }

    /** Everything the platform keeps about a person, for their own download (GDPR art. 15 and 20). */
    @Transactional(readOnly = true)
    public Map<String, Object> export(Long userId) {
        var user = users.findById(userId).orElseThrow(() -> new NotFoundException("account.user.notFound", userId));
        var data = new LinkedHashMap<String, Object>();
        data.put("email", user.getEmail());
        data.put("displayName", user.getDisplayName());
        data.put("role", user.getRole());
        data.put("scopes", user.getScopes().stream().map(Scope::toString).sorted().toList());
        data.put("language", user.getLocale());
        data.put("createdAt", user.getCreatedAt());
        data.put("apiTokens", tokens.list(userId));
        return data;
    }

    /** Erases the person (GDPR art. 17): name, e-mail and password go, tokens are revoked, the row stays. */
    @Transactional
    public void erase(Long userId) {
        var user = users.findById(userId).orElseThrow(() -> new NotFoundException("account.user.notFound", userId));
        tokens.list(userId).stream().filter(t -> t.revokedAt() == null).forEach(t -> tokens.revoke(userId, t.id()));
        user.erase();
    }

    /** Gives a user one more scope (used when a module creates the record the user is responsible for). */
    @Transactional
    public void grant(Long userId, Scope scope) {
        users.findById(userId).orElseThrow(() -> new NotFoundException("account.user.notFound", userId)).grant(scope);
        tokens.forgetAll();
    }

    /** Whom to write to: an address and the language the person chose. */
    public record Recipient(String email, Locale locale) {}

    /**
     * The enabled people holding a scope, for modules that notify them (the staff of a library, the board of a
     * chitalishte). Read only; nothing about the person beyond the address and language leaves the module.
     */
    @Transactional(readOnly = true)
    public java.util.List<Recipient> usersWithScope(ScopeKind kind, String ref) {
        return users.findByScope(kind, ref).stream()
                .map(u -> new Recipient(u.getEmail(), Locale.forLanguageTag(u.getLocale())))
                .toList();
    }

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    /**
     * Moves every user's scope on {@code from} to {@code to} (two directory records were merged); a user who held
     * both keeps one. Runs in the caller's transaction. Returns how many users changed.
     */
    @Transactional
    public int repointScopes(ScopeKind kind, String from, String to) {
        var holders = entityManager.createQuery("select distinct u from UserAccount u join u.scopes s"
                + " where s.kind = :kind and s.ref = :ref", UserAccount.class)
                .setParameter("kind", kind).setParameter("ref", from).getResultList();
        for (var u : holders) {
            u.getScopes().remove(Scope.of(kind, from));
            u.getScopes().add(Scope.of(kind, to));
            u.credentialsChanged();
        }
        tokens.forgetAll();
        return holders.size();
    }
}
