package bg.libpartners.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers {@link PublicPageCache} ahead of the security chain (it forgets its pages after every commit it is told of
 * through {@link bg.libpartners.platform.Commits}).
 */
@Configuration
@EnableConfigurationProperties(PublicPageCacheConfig.Settings.class)
class PublicPageCacheConfig {

    /** The servlet container's session cookie (server.servlet.session.cookie.name is not changed here). */
    static final String SESSION_COOKIE = PublicPageCache.SESSION_COOKIE;

    /**
     * {@code libpartners.page-cache.seconds} (0 turns the cache off) and {@code …max-megabytes}; pages under
     * {@code …excluded} paths (sign-in, links with a token, forms for visitors) are always rendered afresh.
     */
    @ConfigurationProperties("libpartners.page-cache")
    record Settings(Integer seconds, Integer maxMegabytes, List<String> excluded) {
        Settings {
            seconds = seconds == null ? 10 : seconds;
            maxMegabytes = maxMegabytes == null ? 64 : maxMegabytes;
            excluded = excluded == null
                    ? List.of("/login", "/logout", "/password", "/invitations", "/s/", "/error")
                    : List.copyOf(excluded);
        }
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(
            Settings settings, LocaleResolver locales, MeterRegistry meters) {
        var filter = new PublicPageCache(
                Duration.ofSeconds(Math.max(1, settings.seconds())),
                settings.maxMegabytes() * 1024L * 1024L,
                locales,
                SESSION_COOKIE,
                settings.excluded(),
                meters);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("publicPageCache");
        // before Spring Security's chain (-100): a kept page needs neither the chain nor a security context
        registration.setOrder(-110);
        registration.setEnabled(settings.seconds() > 0);
        return registration;
    }
}
