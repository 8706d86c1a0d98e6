package bg.libpartners.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A new e-mail address a person asked for, waiting for the link sent to it; only the token's hash is kept. */
@Entity
@Table(name = "email_change")
class EmailChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "old_email", nullable = false)
    private String oldEmail;

    @Column(name = "new_email", nullable = false)
    private String newEmail;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected EmailChange() {}

    EmailChange(Long userId, String oldEmail, String newEmail, String secret, Instant expiresAt) {
        this.userId = userId;
        this.oldEmail = oldEmail;
        this.newEmail = UserAccount.normalise(newEmail);
        this.tokenHash = Tokens.hash(secret);
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean isOpen() {
        return confirmedAt == null && expiresAt.isAfter(Instant.now());
    }

    void confirmed() {
        confirmedAt = Instant.now();
    }

    /** After erasure nothing of the person's addresses stays. */
    void erase(String pseudonym) {
        oldEmail = pseudonym;
        newEmail = pseudonym;
    }

    Long getUserId() {
        return userId;
    }

    String getOldEmail() {
        return oldEmail;
    }

    String getNewEmail() {
        return newEmail;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }
}
