package bg.libpartners.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bulgarian first: pages are Bulgarian unless the visitor chose English with {@code ?lang=en} (remembered in a
 * cookie), whatever the browser's language; API callers get the language of their {@code Accept-Language}.
 */
@Configuration
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConfig implements WebMvcConfigurer {

    static final Locale BULGARIAN = Locale.forLanguageTag("bg");
    static final List<Locale> SUPPORTED = List.of(BULGARIAN, Locale.ENGLISH);

    /**
     * One bundle per module ({@code messages/<module>_bg.properties} and {@code _en}); Bulgarian is the fallback for
     * any other language, never the server's own locale.
     */
    @Bean
    MessageSource messageSource(MessageBundles bundles) {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(bundles.basename().toArray(String[]::new));
        source.setDefaultEncoding(bundles.encoding().name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(BULGARIAN);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SupportedLocaleResolver("lp_lang");
        resolver.setDefaultLocale(BULGARIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** Cookie first, then (API only) Accept-Language restricted to Bulgarian and English, then Bulgarian. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver(String cookieName) {
            super(cookieName);
            setDefaultLocaleFunction(request -> {
                var header = request.getHeader("Accept-Language");
                boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
                if (!api || header == null || header.isBlank()) {
                    return BULGARIAN;
                }
                try {
                    var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                    return match == null ? BULGARIAN : match;
                } catch (IllegalArgumentException malformed) {
                    return BULGARIAN;
                }
            });
        }

        @Override
        public void setLocale(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                Locale locale) {
            Locale supported = locale == null
                    ? null
                    : SUPPORTED.stream()
                            .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                            .findFirst()
                            .orElse(BULGARIAN);
            super.setLocale(request, response, supported);
        }
    }
}
