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

    /** What the person will be responsible for (one or more oblasts, libraries, ...); none for admins and experts. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(
            name = "invitation_scope",
            joinColumns = @jakarta.persistence.JoinColumn(name = "invitation_id"))
    private java.util.Set<Scope> scopes = new java.util.LinkedHashSet<>();

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

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {}

    Invitation(
            String email,
            Role role,
            java.util.Collection<Scope> scopes,
            String secret,
            Long invitedBy,
            String locale,
            Instant expiresAt) {
        this.email = UserAccount.normalise(email);
        this.role = role;
        this.scopes.addAll(scopes);
        this.tokenHash = Tokens.hash(secret);
        this.invitedBy = invitedBy;
        this.locale = locale;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean isOpen() {
        return acceptedAt == null && revokedAt == null && expiresAt.isAfter(Instant.now());
    }

    /** Whether it can still be sent again or revoked: neither accepted nor revoked (it may have expired). */
    boolean isPending() {
        return acceptedAt == null && revokedAt == null;
    }

    void revoke() {
        revokedAt = Instant.now();
    }

    /** A new link (the old one stops working) valid until {@code until}. */
    void renew(String secret, Instant until) {
        this.tokenHash = Tokens.hash(secret);
        this.expiresAt = until;
    }

    void accepted() {
        acceptedAt = Instant.now();
    }

    /** The first scope, or null (most invitations have one). */
    Scope scope() {
        return scopes.isEmpty() ? null : scopes.iterator().next();
    }

    java.util.Set<Scope> getScopes() {
        return scopes;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getAcceptedAt() {
        return acceptedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Long getInvitedBy() {
        return invitedBy;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    Role getRole() {
        return role;
    }

    String getLocale() {
        return locale;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
