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
    private final AuditTrail auditTrail;

    AccountService(Users users, PasswordEncoder encoder, ApiTokenService tokens, AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
    }

    public record UserView(
            Long id,
            String email,
            String displayName,
            Role role,
            Set<Scope> scopes,
            boolean enabled,
            Instant lockedUntil,
            Instant createdAt) {

        static UserView of(UserAccount u) {
            return new UserView(
                    u.getId(),
                    u.getEmail(),
                    u.getDisplayName(),
                    u.getRole(),
                    Set.copyOf(u.getScopes()),
                    u.isEnabled(),
                    u.getLockedUntil(),
                    u.getCreatedAt());
        }
    }

    @Transactional(readOnly = true)
    public Page<UserView> list(Pageable pageable) {
        return users.findActive(pageable).map(UserView::of);
    }

    /**
     * The enabled people of one role, by name (the experts an admin assigns as reviewers, or a coordinator to
     * support requests).
     */
    @Transactional(readOnly = true)
    public java.util.List<UserView> withRole(Role role) {
        return users.findEnabledByRole(role).stream().map(UserView::of).toList();
    }

    @Transactional(readOnly = true)
    public UserView get(Long id) {
        return users.findById(id)
                .map(UserView::of)
                .orElseThrow(() -> new NotFoundException("account.user.notFound", id));
    }

    /** Which of these scope refs an active user holds (e.g. the libraries that have a librarian with an account). */
    @Transactional(readOnly = true)
    public Set<String> heldRefs(ScopeKind kind, java.util.Collection<String> refs) {
        var held = new java.util.HashSet<String>();
        var list = java.util.List.copyOf(refs);
        for (int i = 0; i < list.size(); i += 1000) {
            held.addAll(users.heldRefs(kind, list.subList(i, Math.min(list.size(), i + 1000))));
        }
        return held;
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
        if (currentPassword == null
                || user.getPasswordHash() == null
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
        return users.existsByRoleAndEnabledTrueAndEmailNot(
                Role.ADMIN, DemoAccounts.of(Role.ADMIN).email());
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Long> idOf(String email) {
        return users.idByEmail(UserAccount.normalise(email));
    }

    /** Everything the platform keeps about a person, for their own download (GDPR art. 15 and 20). */
    @Transactional(readOnly = true)
    public Map<String, Object> export(Long userId) {
        var user = users.findById(userId).orElseThrow(() -> new NotFoundException("account.user.notFound", userId));
        var data = new LinkedHashMap<String, Object>();
        data.put("email", user.getEmail());
        data.put("displayName", user.getDisplayName());
        data.put("role", user.getRole());
        data.put(
                "scopes",
                user.getScopes().stream().map(Scope::toString).sorted().toList());
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
        var emails = new java.util.LinkedHashSet<String>();
        emails.add(user.getEmail());
        var name = user.getDisplayName();
        var changes = entityManager
                .createQuery("select c from EmailChange c where c.userId = :id", EmailChange.class)
                .setParameter("id", userId)
                .getResultList();
        changes.forEach(c -> {
            emails.add(c.getOldEmail());
            emails.add(c.getNewEmail());
        });
        user.erase();
        var pseudonym = "erased-" + userId;
        changes.forEach(c -> c.erase(pseudonym + "@invalid"));
        entityManager.flush(); // the audit trail's own entries of this erasure are written now, then pseudonymised too
        auditTrail.writePending(entityManager);
        pseudonymiseAudit(userId, emails, name, pseudonym);
    }

    /**
     * The audit trail keeps what happened but no longer says to or by whom: the person's addresses become the
     * pseudonym everywhere (they are unique), their name only in the entries by them or about their account.
     */
    private void pseudonymiseAudit(Long userId, java.util.Collection<String> emails, String name, String pseudonym) {
        for (var email : emails) {
            entityManager
                    .createNativeQuery("update audit_entry set actor = :p where actor = :e")
                    .setParameter("p", pseudonym)
                    .setParameter("e", email)
                    .executeUpdate();
            entityManager
                    .createNativeQuery(
                            "update audit_entry set changes = replace(changes, :e, :p)" + " where changes like :like")
                    .setParameter("e", email)
                    .setParameter("p", pseudonym)
                    .setParameter(
                            "like",
                            "%"
                                    + email.replace("\\", "\\\\")
                                            .replace("%", "\\%")
                                            .replace("_", "\\_") + "%")
                    .executeUpdate();
        }
        // What was recorded about their own account and their erasure requests is personal through and through.
        entityManager
                .createNativeQuery("update audit_entry set changes = '—' where (entity = 'UserAccount'"
                        + " and entity_id = :id) or (entity = 'ErasureRequest' and entity_id in"
                        + " (select cast(r.id as varchar(20)) from erasure_request r where r.user_id = :uid))")
                .setParameter("id", String.valueOf(userId))
                .setParameter("uid", userId)
                .executeUpdate();
        if (name != null && !name.isBlank() && !"—".equals(name)) {
            entityManager
                    .createNativeQuery("update audit_entry set changes = replace(changes, :n, :p)"
                            + " where actor = :p or (entity = 'UserAccount' and entity_id = :id)")
                    .setParameter("n", name)
                    .setParameter("p", pseudonym)
                    .setParameter("id", String.valueOf(userId))
                    .executeUpdate();
        }
    }

    /** Gives a user one more scope (used when a module creates the record the user is responsible for). */
    @Transactional
    public void grant(Long userId, Scope scope) {
        users.findById(userId)
                .orElseThrow(() -> new NotFoundException("account.user.notFound", userId))
                .grant(scope);
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

    /** A person to notify: who, where to write and in which language. */
    public record Addressee(Long id, String email, String displayName, Locale locale) {

        static Addressee of(UserAccount u) {
            return new Addressee(u.getId(), u.getEmail(), u.getDisplayName(), Locale.forLanguageTag(u.getLocale()));
        }
    }

    /** The enabled, not erased people among these ids (for the notification module). */
    @Transactional(readOnly = true)
    public java.util.List<Addressee> activeUsers(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? java.util.List.of()
                : users.findActiveByIdIn(ids).stream().map(Addressee::of).toList();
    }

    /**
     * The enabled, not erased people of a role holding the scope {@code kind:ref}, or every one of the role when
     * {@code kind} is null (for the notification module: the coordinators of an oblast, every admin).
     */
    @Transactional(readOnly = true)
    public java.util.List<Addressee> activeUsers(Role role, ScopeKind kind, String ref) {
        var found = kind == null ? users.findActiveByRole(role) : users.findActiveByRoleAndScope(role, kind, ref);
        return found.stream().map(Addressee::of).toList();
    }

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    /**
     * Moves every user's scope on {@code from} to {@code to} (two directory records were merged); a user who held
     * both keeps one. Runs in the caller's transaction. Returns how many users changed.
     */
    @Transactional
    public int repointScopes(ScopeKind kind, String from, String to) {
        var holders = entityManager
                .createQuery(
                        "select distinct u from UserAccount u join u.scopes s"
                                + " where s.kind = :kind and s.ref = :ref",
                        UserAccount.class)
                .setParameter("kind", kind)
                .setParameter("ref", from)
                .getResultList();
        for (var u : holders) {
            u.getScopes().remove(Scope.of(kind, from));
            u.getScopes().add(Scope.of(kind, to));
            u.credentialsChanged();
        }
        tokens.forgetAll();
        return holders.size();
    }
}
