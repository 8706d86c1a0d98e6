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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    /** Sessions that signed in before this moment end at their next request (password reset, role or scope change). */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

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

    /** Sets a new password; returns the moment from which earlier sessions no longer count. */
    Instant setPasswordHash(String hash) {
        this.passwordHash = hash;
        this.failedLogins = 0;
        this.lockedUntil = null;
        return credentialsChanged();
    }

    /** Ends every session signed in before now (checked per request against the database, so on every node). */
    Instant credentialsChanged() {
        credentialsChangedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        return credentialsChangedAt;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void grant(Scope scope) {
        scopes.add(scope);
    }

    void rename(String displayName) {
        this.displayName = displayName.strip();
    }

    void setLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    /** A confirmed new address; it is also the sign-in name, so every session ends. */
    void changeEmail(String email) {
        this.email = normalise(email);
        credentialsChanged();
    }

    /** A new role and scopes (an admin's or coordinator's decision); the person's sessions end at once. */
    void assign(Role role, java.util.Collection<Scope> newScopes) {
        this.role = role;
        scopes.clear();
        scopes.addAll(newScopes);
        credentialsChanged();
    }

    /** Disables or re-enables the account; sessions signed in before end at their next request. */
    void disable(boolean disabled) {
        this.enabled = !disabled;
        credentialsChanged();
    }

    boolean isErased() {
        return erasedAt != null;
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
        credentialsChanged();
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(
                id,
                email,
                displayName,
                role,
                Set.copyOf(scopes),
                passwordHash,
                enabled && erasedAt == null,
                isLocked(),
                Locale.forLanguageTag(locale));
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    String getLocale() {
        return locale;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Set<Scope> getScopes() {
        return scopes;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    long getVersion() {
        return version;
    }
}
