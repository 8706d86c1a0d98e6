package bg.libpartners.account;

import bg.libpartners.platform.ApiTokenAuthenticator;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: created for oneself, shown once, revocable; the API filter authenticates with them. A token
 * that authenticated is remembered for a short while ({@code libpartners.api-token-cache-seconds}, 30 s by default),
 * so a busy client does not cost three queries per call; revoking a token or changing anyone's scopes on this node
 * forgets all of them at once, and another node notices within that time.
 */
@Service
public class ApiTokenService implements ApiTokenAuthenticator {

    static final String PREFIX = "lp_";

    private static final int MAX_REMEMBERED = 10_000;

    private final ApiTokens tokens;
    private final Users users;
    private final AccountCredentialStamps stamps;
    private final TransactionTemplate transactions;
    private final long rememberNanos;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    static final int MAX_DAYS = 3650;

    private record Remembered(TokenUser user, long until, Instant expiresAt, Instant stamp) {}

    ApiTokenService(ApiTokens tokens, Users users, AccountCredentialStamps stamps,
            PlatformTransactionManager transactionManager, LibPartnersProperties properties) {
        this.tokens = tokens;
        this.users = users;
        this.stamps = stamps;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rememberNanos = Math.max(0, properties.apiTokenCacheSeconds()) * 1_000_000_000L;
    }

    /** Forgets every remembered authentication: after a revocation or a change of roles or scopes. */
    void forgetAll() {
        remembered.clear();
    }

    public record TokenView(Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt, boolean readOnly, Instant expiresAt) {}

    public record CreatedToken(TokenView token, String secret) {}

    /** A token that may do everything its owner may, without expiry. */
    @Transactional
    public CreatedToken create(Long userId, String name) {
        return create(userId, name, false, null);
    }

    /**
     * A token that may only read ({@code readOnly}: GET and HEAD) or do everything its owner may, valid for
     * {@code days} days (1 to 3650) or until revoked when {@code null}.
     */
    @Transactional
    public CreatedToken create(Long userId, String name, boolean readOnly, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new AccountException("days", "account.tokens.daysRange");
        }
        var expiresAt = days == null ? null : Instant.now().plus(Duration.ofDays(days));
        var secret = Tokens.newSecret(PREFIX);
        var token = tokens.save(new ApiToken(userId, name.trim(), secret, readOnly, expiresAt));
        return new CreatedToken(view(token), secret);
    }

    /** Stores a token whose secret was given from outside (the automation token from the environment). */
    @Transactional
    void provision(Long userId, String name, String secret) {
        if (tokens.findByTokenHash(Tokens.hash(secret)).isEmpty()) {
            tokens.save(new ApiToken(userId, name, secret));
        }
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(Long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(ApiTokenService::view).toList();
    }

    @Transactional
    public void revoke(Long userId, Long tokenId) {
        var token = tokens.findById(tokenId).filter(t -> t.getUserId().equals(userId))
                .orElseThrow(() -> new NotFoundException("account.token.notFound", tokenId));
        token.revoke();
        forgetAll();
    }

    /** Revokes every active token of a person (after a password reset, when they ask for it). */
    @Transactional
    public int revokeAll(Long userId) {
        var active = tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().filter(t -> t.getRevokedAt() == null)
                .toList();
        active.forEach(ApiToken::revoke);
        forgetAll();
        return active.size();
    }

    /**
     * The person a token stands for. A token seen lately is answered from memory with one primary-key query of the
     * credential stamp and no transaction: a person disabled or given another role on another node stops at once, not
     * when the remembered answer expires. Otherwise the token is looked up and its use recorded, in a transaction.
     */
    @Override
    public Optional<TokenUser> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var hash = Tokens.hash(rawToken);
        var now = System.nanoTime();
        var known = remembered.get(hash);
        if (known != null && now - known.until() < 0
                && (known.expiresAt() == null || Instant.now().isBefore(known.expiresAt()))
                && java.util.Objects.equals(known.stamp(), stamp(((CurrentUser) known.user().user()).id()))) {
            return Optional.of(known.user());
        }
        return transactions.execute(tx -> lookUp(hash, now));
    }

    private Optional<TokenUser> lookUp(String hash, long now) {
        var token = tokens.findByTokenHash(hash).filter(ApiToken::isActive);
        // the stamp before the person: a change committed between the two reads is then caught at the next request
        var stamp = token.map(t -> stamp(t.getUserId())).orElse(null);
        Optional<TokenUser> user = token.flatMap(t -> {
            t.used();
            return users.findById(t.getUserId()).map(UserAccount::toCurrentUser)
                    .filter(u -> u.isEnabled() && u.isAccountNonLocked())
                    .map(u -> new TokenUser(u, t.isReadOnly()));
        });
        if (user.isPresent() && rememberNanos > 0) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(hash, new Remembered(user.get(), now + rememberNanos, token.get().getExpiresAt(), stamp));
        } else {
            remembered.remove(hash);
        }
        return user;
    }

    private Instant stamp(Long userId) {
        return userId == null ? null : stamps.changedAt(userId).orElse(null);
    }

    private static TokenView view(ApiToken t) {
        return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getLastUsedAt(),
                t.getRevokedAt(), t.isReadOnly(), t.getExpiresAt());
    }
}
