package bg.libpartners.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mailed link that lets a person create an account with a given role and scope, until it expires. */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind")
    private ScopeKind scopeKind;

    @Column(name = "scope_ref")
    private String scopeRef;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(nullable = false)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {}

    Invitation(String email, Role role, Scope scope, String secret, Long invitedBy, String locale, Instant expiresAt) {
        this.email = UserAccount.normalise(email);
        this.role = role;
        this.scopeKind = scope == null ? null : scope.kind();
        this.scopeRef = scope == null ? null : scope.ref();
        this.tokenHash = Tokens.hash(secret);
        this.invitedBy = invitedBy;
        this.locale = locale;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean isOpen() {
        return acceptedAt == null && expiresAt.isAfter(Instant.now());
    }

    void accepted() {
        acceptedAt = Instant.now();
    }

    Scope scope() {
        return scopeKind == null ? null : new Scope(scopeKind, scopeRef);
    }

    Long getId() { return id; }
    String getEmail() { return email; }
    Role getRole() { return role; }
    String getLocale() { return locale; }
    Instant getExpiresAt() { return expiresAt; }
}
