package bg.libpartners.account;

import bg.libpartners.platform.ApiTokenAuthenticator;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.nodes.NodeSignals;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: created for oneself, shown once, revocable; the API filter authenticates with them. A token
 * that authenticated is remembered for a short while ({@code libpartners.api-token-cache-seconds}, 30 s by default),
 * so a busy client does not cost three queries per call; revoking a token or changing anyone's scopes on this node
 * forgets all of them at once, on this node and (several nodes) on the others, told through the platform's
 * {@link NodeSignals} once the change has committed. The memory is a Caffeine cache of at most
 * {@value #MAX_REMEMBERED} tokens (the least used go first when it is full), with its statistics on Micrometer as
 * {@code cache=api-tokens}; the credential stamp is checked at every request ({@link AccountCredentialStamps}: kept
 * only until the next committed write on any node, 5 s at most).
 */
@Service
public class ApiTokenService implements ApiTokenAuthenticator {

    static final String PREFIX = "lp_";

    /** What the other nodes are told when this one forgets the remembered tokens. */
    static final String FORGET_TOPIC = "account.api-tokens";

    private static final int MAX_REMEMBERED = 10_000;

    private final ApiTokens tokens;
    private final Users users;
    private final AccountCredentialStamps stamps;
    private final TransactionTemplate transactions;
    /** Tokens that authenticated lately, by hash; null when {@code api-token-cache-seconds} is 0. */
    private final Cache<String, Remembered> remembered;
    /** The other nodes, told when the remembered tokens are forgotten; null in tests of this class alone. */
    private NodeSignals signals;

    static final int MAX_DAYS = 3650;

    private record Remembered(TokenUser user, Instant expiresAt, Instant stamp) {}

    @Autowired
    ApiTokenService(
            ApiTokens tokens,
            Users users,
            AccountCredentialStamps stamps,
            PlatformTransactionManager transactionManager,
            LibPartnersProperties properties,
            MeterRegistry meters,
            NodeSignals signals) {
        this(tokens, users, stamps, transactionManager, properties.apiTokenCacheSeconds(), MAX_REMEMBERED);
        if (remembered != null) {
            CaffeineCacheMetrics.monitor(meters, remembered, "api-tokens");
        }
        this.signals = signals;
        signals.subscribe(FORGET_TOPIC, this::forgetHere);
    }

    /** For tests: a cache of {@code maxRemembered} tokens. */
    ApiTokenService(
            ApiTokens tokens,
            Users users,
            AccountCredentialStamps stamps,
            PlatformTransactionManager transactionManager,
            long rememberSeconds,
            int maxRemembered) {
        this.tokens = tokens;
        this.users = users;
        this.stamps = stamps;
        this.transactions = new TransactionTemplate(transactionManager);
        this.remembered = rememberSeconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(maxRemembered)
                        .expireAfterWrite(Duration.ofSeconds(rememberSeconds))
                        .recordStats()
                        .build();
    }

    /**
     * Forgets every remembered authentication: after a revocation or a change of roles or scopes. The other nodes
     * forget theirs once the current transaction commits.
     */
    void forgetAll() {
        forgetHere();
        if (signals != null) {
            signals.publish(FORGET_TOPIC);
        }
    }

    private void forgetHere() {
        if (remembered != null) {
            remembered.invalidateAll();
        }
    }

    /** The remembered tokens' hits, misses and evictions (for tests; Micrometer publishes the same). */
    com.github.benmanes.caffeine.cache.stats.CacheStats rememberedStats() {
        return remembered == null ? com.github.benmanes.caffeine.cache.stats.CacheStats.empty() : remembered.stats();
    }

    /** How many tokens are remembered now, after pending upkeep. */
    long rememberedCount() {
        if (remembered == null) {
            return 0;
        }
        remembered.cleanUp();
        return remembered.estimatedSize();
    }

    public record TokenView(
            Long id,
            String name,
            String prefix,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt,
            boolean readOnly,
            Instant expiresAt)
            implements java.io.Serializable {}

    public record CreatedToken(TokenView token, String secret) implements java.io.Serializable {}

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
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(ApiTokenService::view)
                .toList();
    }

    @Transactional
    public void revoke(Long userId, Long tokenId) {
        var token = tokens.findById(tokenId)
                .filter(t -> t.getUserId().equals(userId))
                .orElseThrow(() -> new NotFoundException("account.token.notFound", tokenId));
        token.revoke();
        forgetAll();
    }

    /** Revokes every active token of a person (after a password reset, when they ask for it). */
    @Transactional
    public int revokeAll(Long userId) {
        var active = tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .filter(t -> t.getRevokedAt() == null)
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
        var known = remembered == null ? null : remembered.getIfPresent(hash);
        if (known != null
                && (known.expiresAt() == null || Instant.now().isBefore(known.expiresAt()))
                && Objects.equals(
                        known.stamp(), stamp(((CurrentUser) known.user().user()).id()))) {
            return Optional.of(known.user());
        }
        return transactions.execute(tx -> lookUp(hash));
    }

    private Optional<TokenUser> lookUp(String hash) {
        var token = tokens.findByTokenHash(hash).filter(ApiToken::isActive);
        // the stamp before the person: a change committed between the two reads is then caught at the next request
        var stamp = token.map(t -> stamp(t.getUserId())).orElse(null);
        Optional<TokenUser> user = token.flatMap(t -> {
            t.used();
            return users.findById(t.getUserId())
                    .map(UserAccount::toCurrentUser)
                    .filter(u -> u.isEnabled() && u.isAccountNonLocked())
                    .map(u -> new TokenUser(u, t.isReadOnly()));
        });
        if (remembered != null) {
            if (user.isPresent()) {
                remembered.put(hash, new Remembered(user.get(), token.get().getExpiresAt(), stamp));
            } else {
                remembered.invalidate(hash);
            }
        }
        return user;
    }

    private Instant stamp(Long userId) {
        return userId == null ? null : stamps.changedAt(userId).orElse(null);
    }

    private static TokenView view(ApiToken t) {
        return new TokenView(
                t.getId(),
                t.getName(),
                t.getTokenPrefix(),
                t.getCreatedAt(),
                t.getLastUsedAt(),
                t.getRevokedAt(),
                t.isReadOnly(),
                t.getExpiresAt());
    }
}
