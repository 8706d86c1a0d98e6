package bg.libpartners.platform;

import java.nio.charset.Charset;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The message bundles Spring Boot's own {@code spring.messages.*} names: one per module, Bulgarian and English side by
 * side. Read here because {@link WebConfig} builds the message source itself (Bulgarian as the fallback, which Spring
 * Boot's cannot be told).
 */
@ConfigurationProperties("spring.messages")
record MessageBundles(
        List<String> basename, @DefaultValue("UTF-8") Charset encoding) {}
