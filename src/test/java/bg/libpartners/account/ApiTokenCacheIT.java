package bg.libpartners.account;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The memory of tokens that authenticated lately, with room for two: a full memory lets the least used go and keeps
 * answering (the cache it replaced forgot everything when full), and a remembered token still meets the person's
 * credential stamp on every call.
 */
@IntegrationTest
class ApiTokenCacheIT {

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    Users users;

    @Autowired
    AccountCredentialStamps stamps;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate inTransaction;

    private final List<Long> people = new ArrayList<>();

    @AfterEach
    void revoke() {
        people.forEach(tokens::revokeAll);
    }

    private ApiTokenService smallCache() {
        return new ApiTokenService(apiTokens, users, stamps, transactions, 60, 2);
    }

    private Long person() {
        var email = "token-cache-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var id =
                accounts.create(email, "Кеш Токенов", Role.EXPERT, "token cache password", Locale.forLanguageTag("bg"));
        people.add(id);
        return id;
    }

    private static Long owner(ApiTokenService service, String secret) {
        return service.authenticate(secret)
                .map(t -> ((CurrentUser) t.user()).id())
                .orElse(null);
    }

    @Test
    void aFullCacheKeepsAnsweringEveryTokenAndHoldsNoMoreThanItsSize() {
        var id = person();
        var secrets = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            secrets.add(tokens.create(id, "cache " + i).secret());
        }
        var service = smallCache();
        for (int round = 0; round < 3; round++) {
            for (var secret : secrets) {
                assertThat(owner(service, secret))
                        .as("token %s, round %d", secrets.indexOf(secret), round)
                        .isEqualTo(id);
            }
        }
        assertThat(service.rememberedCount()).isLessThanOrEqualTo(2);
        assertThat(service.rememberedStats().evictionCount())
                .as("the least used went, not all at once")
                .isPositive();

        var last = secrets.get(4);
        owner(service, last);
        var hits = service.rememberedStats().hitCount();
        assertThat(owner(service, last)).isEqualTo(id);
        assertThat(service.rememberedStats().hitCount())
                .as("a token just used is answered from memory")
                .isEqualTo(hits + 1);
    }

    @Test
    void aRememberedTokenStopsOnceTheCredentialStampMoves() {
        var id = person();
        var secret = tokens.create(id, "stamp").secret();
        var service = smallCache();
        assertThat(owner(service, secret)).isEqualTo(id);
        assertThat(owner(service, secret)).isEqualTo(id);

        // committed as the application commits a change of password, role or state: the stamp kept for the
        // per-request check (AccountCredentialStamps) is forgotten at the commit
        inTransaction.executeWithoutResult(status -> jdbc.update(
                "update app_user set credentials_changed_at = ?, enabled = ? where id = ?",
                Timestamp.from(Instant.now()),
                false,
                id));
        try {
            assertThat(service.authenticate(secret))
                    .as("the stamp moved: the token is looked up again")
                    .isEmpty();
        } finally {
            jdbc.update("update app_user set enabled = ? where id = ?", true, id);
        }
    }
}
