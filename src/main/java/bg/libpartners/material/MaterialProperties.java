package bg.libpartners.material;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The materials' settings ({@code libpartners.materials.*}); the largest upload is Spring's
 * {@code spring.servlet.multipart.max-file-size}.
 *
 * @param extractTimeout how long the extraction of one file's text for search may run
 */
@ConfigurationProperties("libpartners.materials")
record MaterialProperties(@DefaultValue("60s") Duration extractTimeout) {}
