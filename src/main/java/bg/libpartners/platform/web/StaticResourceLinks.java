package bg.libpartners.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Versioned links ({@code /css/app.css} → {@code /css/app-<hash>.css}) only for links that can be static files.
 *
 * <p>With the content-version resource chain on, Spring Boot's {@link ResourceUrlEncodingFilter} sends every link a
 * page writes ({@code @{/partnerships/42/edit}}, {@code @{/account}}, …) through the resource resolvers. A link that
 * is no file is looked up in every static location on the whole classpath, and a miss is not cached, so each page
 * paid it again for each of its links: 40 % of the CPU of the partnership page at load (JFR, {@code ZipFile}
 * lookups under {@code PathResourceResolver}). This filter replaces Boot's (same dispatcher types) and resolves only
 * links whose last path segment has a file extension; every other link gets the plain {@code encodeURL}, which is
 * what a miss ends in anyway. A file-like link that the chain leaves as it was ({@code /swagger-ui.html}, a file not
 * versioned) is remembered, up to {@value #REMEMBERED} of them, and not looked up again: the classpath does not change
 * while the application runs.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

    static final int REMEMBERED = 4096;

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new StaticOnlyEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** True when the path's last segment has a dot: {@code /css/app.css}, {@code /webjars/x/htmx.min.js}. */
    static boolean mayBeFile(String url) {
        int end = url.length();
        int query = url.indexOf('?');
        if (query >= 0) {
            end = query;
        }
        int fragment = url.indexOf('#');
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        int slash = url.lastIndexOf('/', end - 1);
        int dot = url.indexOf('.', slash + 1);
        return dot >= 0 && dot < end;
    }

    static final class StaticOnlyEncodingFilter extends ResourceUrlEncodingFilter {

        private final Set<String> unchanged = ConcurrentHashMap.newKeySet();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!(response instanceof HttpServletResponse plain)) {
                super.doFilter(request, response, chain);
                return;
            }
            super.doFilter(
                    request,
                    response,
                    (req, resolving) ->
                            chain.doFilter(req, new StaticOnly((HttpServletResponse) resolving, plain, unchanged)));
        }
    }

    /** Sends file-like links to the resolving response, every other link straight to the container's. */
    static final class StaticOnly extends HttpServletResponseWrapper {

        private final HttpServletResponse plain;
        private final Set<String> unchanged;

        StaticOnly(HttpServletResponse resolving, HttpServletResponse plain, Set<String> unchanged) {
            super(resolving);
            this.plain = plain;
            this.unchanged = unchanged;
        }

        @Override
        public String encodeURL(String url) {
            if (url == null || !mayBeFile(url) || unchanged.contains(url)) {
                return plain.encodeURL(url);
            }
            var resolved = super.encodeURL(url);
            if (resolved != null && resolved.equals(plain.encodeURL(url)) && unchanged.size() < REMEMBERED) {
                unchanged.add(url);
            }
            return resolved;
        }
    }
}
