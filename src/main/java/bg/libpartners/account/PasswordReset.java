package bg.libpartners.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link to choose a new password. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {}

    PasswordReset(Long userId, String secret, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = Tokens.hash(secret);
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean isOpen() {
        return usedAt == null && expiresAt.isAfter(Instant.now());
    }

    void used() {
        usedAt = Instant.now();
    }

    Long getUserId() {
        return userId;
    }
}
