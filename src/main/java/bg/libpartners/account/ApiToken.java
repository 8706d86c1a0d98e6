package bg.libpartners.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal token for the REST API, stored hashed; revoking keeps the row for the record. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    /** Read-only tokens may only GET and HEAD. */
    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    protected ApiToken() {}

    ApiToken(Long userId, String name, String rawToken) {
        this(userId, name, rawToken, false, null);
    }

    ApiToken(Long userId, String name, String rawToken, boolean readOnly, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = Tokens.hash(rawToken);
        this.tokenPrefix = rawToken.substring(0, Math.min(10, rawToken.length()));
        this.createdAt = Instant.now();
        this.readOnly = readOnly;
        this.expiresAt = expiresAt;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    /** Notes use at most once a minute, so a busy client does not turn every read into a write. */
    void used() {
        var now = Instant.now();
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
        }
    }

    boolean isActive() {
        return revokedAt == null && !isExpired(Instant.now());
    }

    boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getTokenPrefix() {
        return tokenPrefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isReadOnly() {
        return readOnly;
    }
}
