package bg.libpartners.account;

import bg.libpartners.platform.ApiTokenAuthenticator;
import bg.libpartners.platform.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created for oneself, shown once, revocable; the API filter authenticates with them. */
@Service
public class ApiTokenService implements ApiTokenAuthenticator {

    static final String PREFIX = "lp_";

    private final ApiTokens tokens;
    private final Users users;

    ApiTokenService(ApiTokens tokens, Users users) {
        this.tokens = tokens;
        this.users = users;
    }

    public record TokenView(Long id, String name, String prefix, java.time.Instant createdAt,
            java.time.Instant lastUsedAt, java.time.Instant revokedAt) {}

    public record CreatedToken(TokenView token, String secret) {}

    @Transactional
    public CreatedToken create(Long userId, String name) {
        var secret = Tokens.newSecret(PREFIX);
        var token = tokens.save(new ApiToken(userId, name.trim(), secret));
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
    }

    @Override
    @Transactional
    public Optional<UserDetails> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Tokens.hash(rawToken)).filter(ApiToken::isActive).flatMap(token -> {
            token.used();
            return users.findById(token.getUserId()).map(UserAccount::toCurrentUser)
                    .filter(u -> u.isEnabled() && u.isAccountNonLocked());
        });
    }

    private static TokenView view(ApiToken t) {
        return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getLastUsedAt(),
                t.getRevokedAt());
    }
}
