package bg.libpartners.platform;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Typed configuration under {@code libpartners.*}; secrets come from the environment. A module's own settings are in
 * its own record ({@code libpartners.<module>.*}).
 *
 * @param apiTokenCacheSeconds how long a node remembers that an API token authenticated (revoking a token or changing
 *     its owner's scopes forgets at once on that node)
 * @param documents the laying out of PDF documents
 */
@Validated
@ConfigurationProperties("libpartners")
public record LibPartnersProperties(
        @NotBlank String dataDir,
        @NotBlank String baseUrl,
        boolean demo,
        @NotBlank String mailFrom,
        Admin admin,
        Security security,
        @DefaultValue("30") @PositiveOrZero long apiTokenCacheSeconds,
        Documents documents) {

    public LibPartnersProperties {
        admin = admin == null ? new Admin(null, null, null) : admin;
        security = security == null ? new Security(5, 15, 14, 60) : security;
        documents = documents == null ? new Documents(0) : documents;
    }

    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** First administrator and automation token, provisioned at first start when set. */
    public record Admin(String email, String password, String token) {}

    public record Security(
            @Min(1) int maxFailedLogins,
            @Min(1) int lockMinutes,
            @Min(1) int invitationDays,
            @Min(5) int resetMinutes) {}

    /** @param concurrentRenders how many PDF layouts run at once; {@code 0}: one per processor */
    public record Documents(@PositiveOrZero int concurrentRenders) {}
}
