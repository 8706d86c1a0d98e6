package bg.libpartners.platform;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Typed configuration under {@code libpartners.*}; secrets come from the environment. */
@Validated
@ConfigurationProperties("libpartners")
public record LibPartnersProperties(
        @NotBlank String dataDir,
        @NotBlank String baseUrl,
        boolean demo,
        @NotBlank String mailFrom,
        Admin admin,
        Security security) {

    public LibPartnersProperties {
        admin = admin == null ? new Admin(null, null, null) : admin;
        security = security == null ? new Security(5, 15, 14, 60) : security;
    }

    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** First administrator and automation token, provisioned at first start when set. */
    public record Admin(String email, String password, String token) {}

    public record Security(@Min(1) int maxFailedLogins, @Min(1) int lockMinutes, @Min(1) int invitationDays,
            @Min(5) int resetMinutes) {}
}
