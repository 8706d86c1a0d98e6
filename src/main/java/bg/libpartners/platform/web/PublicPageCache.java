package bg.libpartners.platform.web;

import bg.libpartners.platform.Commits;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Public pages as a visitor sees them, kept rendered: a GET without a session, a token or a sign-in cookie gets the
 * page another visitor in the same language got a moment ago, without the security chain, the query or the template.
 * Only a complete HTML page with status 200 is kept, and only when it sets no cookie and holds no form token (a page
 * with a form that posts is rendered for each visitor). A page is kept for a few seconds at most and forgotten at once
 * when anything is written (when {@link Commits#any()} moves: after each commit on this node that may have written, and
 * each commit another node signals); a page whose rendering started before a change is not kept. A page answered from here carries an ETag, so a browser asking again with it
 * gets 304. The first visitor's page is written through as it is rendered; a copy is kept of HTML only. Visitors who
 * ask for a page while it is being rendered wait for that rendering (at most {@link #WAIT_FOR_OTHER}) instead of
 * rendering it again each: when a kept page expires under load, one request renders it, not every open connection.
 */
public class PublicPageCache extends OncePerRequestFilter {

    /** The headers a kept page is answered with, as the application wrote them (security headers among them). */
    private record Page(
            long generation,
            String contentType,
            String contentLanguage,
            String etag,
            List<Map.Entry<String, String>> headers,
            byte[] body) {}

    private record Key(String path, String query, String language) {}

    private static final byte[] FORM_TOKEN = "name=\"_csrf\"".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> NOT_KEPT_HEADERS = List.of(
            HttpHeaders.SET_COOKIE,
            HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.TRANSFER_ENCODING,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.DATE,
            HttpHeaders.CACHE_CONTROL,
            HttpHeaders.PRAGMA,
            HttpHeaders.EXPIRES,
            HttpHeaders.ETAG);

    /** The session cookie: the servlet container's, and Spring Session's on several nodes (same name). */
    public static final String SESSION_COOKIE = "JSESSIONID";

    /** How long a visitor waits for the same page another visitor's request is rendering before rendering it too. */
    static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(2);

    /** The longest page kept. */
    static final int MAX_PAGE = 512 * 1024;

    private final Cache<Key, Page> pages;
    /** The renderings under way, one per page: a visitor who asks for a page being rendered waits for it. */
    private final ConcurrentHashMap<Key, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    /** Pages lately found not to be kept (a form, a cookie): rendered for each visitor without waiting for others. */
    private final Cache<Key, Boolean> unkept;

    private final LocaleResolver locales;
    private final String sessionCookie;
    private final List<String> excluded;

    public PublicPageCache(
            Duration keep,
            long maxBytes,
            LocaleResolver locales,
            String sessionCookie,
            List<String> excluded,
            MeterRegistry meters) {
        this.locales = locales;
        this.sessionCookie = sessionCookie;
        this.excluded = excluded;
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(keep)
                .maximumWeight(maxBytes)
                .weigher((Key key, Page page) -> page.body().length + 512)
                .recordStats()
                .build();
        this.unkept =
                Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(10_000).build();
        CaffeineCacheMetrics.monitor(meters, pages, "public-pages");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader("HX-Request") != null) {
            return true;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")
                || path.startsWith("/actuator")
                || excluded.stream().anyMatch(path::startsWith)) {
            return true;
        }
        var cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie) || cookie.getName().equals("remember-me")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var generation = Commits.any();
        var key = new Key(request.getRequestURI(), request.getQueryString(), language(request));
        var page = pages.getIfPresent(key);
        if (page != null && page.generation() == generation) {
            answer(request, response, page);
            return;
        }
        if (unkept.getIfPresent(key) != null) {
            render(request, response, chain, key, generation);
            return;
        }
        var mine = new CompletableFuture<Page>();
        var other = rendering.putIfAbsent(key, mine);
        if (other != null) {
            page = awaitOther(other);
            if (page != null && page.generation() == generation) {
                answer(request, response, page);
                return;
            }
            render(request, response, chain, key, generation); // not kept, or too slow: rendered for this visitor
            return;
        }
        Page kept = null;
        try {
            kept = render(request, response, chain, key, generation);
        } finally {
            rendering.remove(key, mine);
            mine.complete(kept);
        }
    }

    private Page render(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, Key key, long generation)
            throws ServletException, IOException {
        var recording = new Recording(response);
        chain.doFilter(request, recording);
        var kept = keepable(request, recording, generation);
        if (kept == null) {
            unkept.put(key, Boolean.TRUE);
        } else if (Commits.any() == generation) {
            pages.put(key, kept);
            unkept.invalidate(key);
            return kept;
        }
        return null;
    }

    /** The page another request is rendering, when it is done; null when it was not kept or took too long. */
    private static Page awaitOther(CompletableFuture<Page> other) throws IOException {
        try {
            return other.get(WAIT_FOR_OTHER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException slowOrFailed) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }

    private String language(HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        return locale.getLanguage();
    }

    private Page keepable(HttpServletRequest request, Recording response, long generation) {
        var type = response.getContentType();
        var body = response.recorded();
        if (body == null
                || response.getStatus() != 200
                || request.isAsyncStarted()
                || response.getHeader(HttpHeaders.SET_COOKIE) != null
                || request.getSession(false) != null) {
            return null;
        }
        if (body.length == 0 || contains(body, FORM_TOKEN)) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (var name : response.getHeaderNames()) {
            if (NOT_KEPT_HEADERS.stream().noneMatch(name::equalsIgnoreCase)) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        var language = response.getHeader(HttpHeaders.CONTENT_LANGUAGE);
        return new Page(generation, type, language, etag(body), List.copyOf(headers), body);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        page.headers().forEach(h -> response.addHeader(h.getKey(), h.getValue()));
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        var asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && asked.contains(page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /**
     * Writes through to the visitor as the application writes, and keeps a copy of an HTML page up to
     * {@link #MAX_PAGE} bytes; anything else (a file, a picture, a long page) only passes through.
     */
    private static final class Recording extends HttpServletResponseWrapper {
        private ByteArrayOutputStream copy;
        private boolean decided;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Recording(HttpServletResponse response) {
            super(response);
        }

        byte[] recorded() {
            return copy == null ? null : copy.toByteArray();
        }

        private void decide() {
            if (!decided) {
                decided = true;
                var type = getContentType();
                if (type != null && type.startsWith("text/html")) {
                    copy = new ByteArrayOutputStream(32 * 1024);
                }
            }
        }

        private void record(byte[] bytes, int offset, int length) {
            decide();
            if (copy != null) {
                if (copy.size() + length > MAX_PAGE) {
                    copy = null;
                } else {
                    copy.write(bytes, offset, length);
                }
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                var target = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        record(new byte[] {(byte) b}, 0, 1);
                        target.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        record(b, off, len);
                        target.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        target.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return target.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        target.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                var charset = getCharacterEncoding() == null
                        ? StandardCharsets.ISO_8859_1
                        : Charset.forName(getCharacterEncoding());
                var out = getOutputStream();
                // each write is encoded and passed on at once (into the container's buffer, which is not flushed
                // here: a flush would commit the response before the security headers are written); a high
                // surrogate that ends one write waits for the low one of the next
                writer = new PrintWriter(
                        new Writer() {
                            private char pending;

                            @Override
                            public void write(char[] chars, int offset, int length) throws IOException {
                                if (length == 0) {
                                    return;
                                }
                                var text = new StringBuilder(length + 1);
                                if (pending != 0) {
                                    text.append(pending);
                                    pending = 0;
                                }
                                text.append(chars, offset, length);
                                if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                                    pending = text.charAt(text.length() - 1);
                                    text.setLength(text.length() - 1);
                                }
                                var bytes = text.toString().getBytes(charset);
                                out.write(bytes, 0, bytes.length);
                            }

                            @Override
                            public void flush() throws IOException {
                                out.flush();
                            }

                            @Override
                            public void close() throws IOException {
                                out.close();
                            }
                        },
                        false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }

    private static String etag(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
