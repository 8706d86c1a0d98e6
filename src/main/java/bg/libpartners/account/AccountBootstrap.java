package bg.libpartners.account;

import bg.libpartners.platform.LibPartnersProperties;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: the first admin from {@code LIBPARTNERS_ADMIN_EMAIL}/{@code _PASSWORD} (else a random password,
 * printed once), the automation token from {@code LIBPARTNERS_ADMIN_TOKEN}, and in demo mode one account per role.
 * Demo mode is for the development run ({@code ./mvnw spring-boot:run}, profile {@code demo}); every other start has
 * it off, and then demo accounts left from an earlier demo run are disabled.
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final LibPartnersProperties properties;

    AccountBootstrap(AccountService accounts, ApiTokenService tokens, LibPartnersProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            var disabled = accounts.enableDemoAccounts(false);
            if (disabled > 0) {
                log.info("Demo mode is off: {} demo accounts disabled", disabled);
            }
        }
        var admin = properties.admin();
        if (admin.email() != null && !admin.email().isBlank() && !accounts.exists(admin.email())) {
            var password = admin.password();
            if (password == null || password.isBlank()) {
                password = Tokens.newSecret("").substring(0, 20);
                announce(admin.email(), password);
            }
            accounts.create(admin.email(), admin.email(), Role.ADMIN, password, Locale.forLanguageTag("bg"));
        } else if (!properties.demo() && !accounts.anyAdmin()) {
            var email = "admin@libpartners.local";
            var password = Tokens.newSecret("").substring(0, 20);
            accounts.create(email, "Administrator", Role.ADMIN, password, Locale.forLanguageTag("bg"));
            announce(email, password);
        }
        if (properties.demo()) {
            createDemoAccounts();
        }
        if (admin.token() != null && !admin.token().isBlank()) {
            provisionAdminToken(admin.token().trim());
        }
    }

    /**
     * Says the generated first password once, at INFO (not WARN, which log alerting forwards and keeps longest).
     * Setting {@code LIBPARTNERS_ADMIN_PASSWORD} avoids it altogether.
     */
    private static void announce(String email, String password) {
        log.info(
                "First administrator {} created with a generated one-time password: {} (set LIBPARTNERS_ADMIN_PASSWORD"
                        + " to choose it instead; change it on the My profile page after signing in)",
                email,
                password);
    }

    private void createDemoAccounts() {
        accounts.enableDemoAccounts(true);
        for (var demo : DemoAccounts.ALL) {
            if (accounts.exists(demo.email())) {
                continue;
            }
            var scopes = demo.role() == Role.COORDINATOR
                    ? new Scope[] {Scope.of(ScopeKind.OBLAST, DemoAccounts.COORDINATOR_OBLAST)}
                    : new Scope[0];
            accounts.create(
                    demo.email(),
                    demo.displayName(),
                    demo.role(),
                    DemoAccounts.PASSWORD,
                    Locale.forLanguageTag("bg"),
                    scopes);
        }
    }

    private void provisionAdminToken(String secret) {
        if (!secret.startsWith(ApiTokenService.PREFIX) || secret.length() < 24) {
            log.error(
                    "LIBPARTNERS_ADMIN_TOKEN must start with '{}' and be at least 24 characters; ignored",
                    ApiTokenService.PREFIX);
            return;
        }
        var adminEmail = admin().orElse(null);
        if (adminEmail == null) {
            log.error("LIBPARTNERS_ADMIN_TOKEN given but there is no administrator to own it; ignored");
            return;
        }
        accounts.idOf(adminEmail).ifPresent(id -> tokens.provision(id, "LIBPARTNERS_ADMIN_TOKEN", secret));
    }

    private java.util.Optional<String> admin() {
        var configured = properties.admin().email();
        if (configured != null && !configured.isBlank()) {
            return java.util.Optional.of(configured);
        }
        if (properties.demo()) {
            return java.util.Optional.of(DemoAccounts.of(Role.ADMIN).email());
        }
        return accounts.exists("admin@libpartners.local")
                ? java.util.Optional.of("admin@libpartners.local")
                : java.util.Optional.empty();
    }
}
