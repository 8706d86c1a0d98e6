package bg.libpartners.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A person who signs in. The password is kept only as a hash; the e-mail is the sign-in name. */
@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private boolean enabled;

    @Column(nullable = false)
    private String locale;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_scope", joinColumns = @JoinColumn(name = "user_id"))
    private Set<Scope> scopes = new HashSet<>();

    protected UserAccount() {}

    UserAccount(String email, String displayName, Role role, Locale locale) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.role = role;
        this.locale = locale.getLanguage();
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    void setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void grant(Scope scope) {
        scopes.add(scope);
    }

    /** Counts a failed sign-in; after {@code max} in a row the account is locked for a while. */
    void signInFailed(int max, Duration lock) {
        failedLogins++;
        if (failedLogins >= max) {
            lockedUntil = Instant.now().plus(lock);
            failedLogins = 0;
        }
    }

    void signedIn() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLocked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }

    /** Personal-data erasure: the record stays for the audit trail and references, the person does not. */
    void erase() {
        email = "erased-" + id + "@invalid";
        displayName = "—";
        passwordHash = null;
        enabled = false;
        scopes.clear();
        erasedAt = Instant.now();
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, email, displayName, role, Set.copyOf(scopes), passwordHash,
                enabled && erasedAt == null, isLocked(), Locale.forLanguageTag(locale));
    }

    Long getId() { return id; }
    String getEmail() { return email; }
    String getDisplayName() { return displayName; }
    Role getRole() { return role; }
    boolean isEnabled() { return enabled; }
    String getLocale() { return locale; }
    Instant getCreatedAt() { return createdAt; }
    Instant getLockedUntil() { return lockedUntil; }
    Set<Scope> getScopes() { return scopes; }
}
