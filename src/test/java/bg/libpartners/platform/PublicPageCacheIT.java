package bg.libpartners.platform;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public pages kept rendered for visitors (platform.web.PublicPageCache), over real HTTP: kept and revalidated,
 * forgotten after a write, never served to a signed-in caller or in another language, never kept with a form token.
 */
@IntegrationTest
@TestPropertySource(properties = "libpartners.page-cache.seconds=300")
class PublicPageCacheIT {

    private static final Pattern PRACTICE_LINK = Pattern.compile("href=\"/practices/(\\d+)\"");
    private static final Pattern EVENT_LINK = Pattern.compile("href=\"/events/(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long aPublishedPractice() throws Exception {
        var list = get("/practices");
        var link = PRACTICE_LINK.matcher(list.body());
        assertThat(link.find()).as("a practice on /practices").isTrue();
        return Long.parseLong(link.group(1));
    }

    @Test
    void aVisitorsPageIsKeptWithAnEtagAndAskedAgainGets304() throws Exception {
        var path = "/practices/" + aPublishedPractice();
        var first = get(path);
        var second = get(path);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        var etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-cache");
        // the security headers are kept with the page
        assertThat(second.headers().firstValue("Content-Security-Policy"))
                .as(second.headers().map().toString())
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(second.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(second.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();

        var again = get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aCommittedWriteForgetsKeptPagesAtOnce() throws Exception {
        long id = aPublishedPractice();
        var path = "/practices/" + id;
        get(path);
        assertThat(get(path).headers().firstValue("ETag")).isPresent();
        var title = jdbc.queryForObject("select title from good_practice where id = ?", String.class, id);
        try {
            transactions.executeWithoutResult(status ->
                    jdbc.update("update good_practice set title = ? where id = ?", title + " (променено)", id));
            assertThat(get(path).body()).contains(title + " (променено)");
        } finally {
            transactions.executeWithoutResult(
                    status -> jdbc.update("update good_practice set title = ? where id = ?", title, id));
        }
        assertThat(get(path).body()).doesNotContain("(променено)");
    }

    @Test
    void aSignedInCallerAndAnotherLanguageNeverGetTheVisitorsPage() throws Exception {
        var path = "/practices/" + aPublishedPractice();
        get(path);
        var visitor = get(path);
        assertThat(visitor.body()).contains("lang=\"bg\"").doesNotContain("action=\"/logout\"");

        var admin = get(path, "Authorization", "Bearer lp_test_admin_token_0123456789abcdef");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("action=\"/logout\"");
        assertThat(admin.headers().firstValue("ETag")).isEmpty();

        var english = get(path, "Cookie", "lp_lang=en");
        assertThat(english.body()).contains("lang=\"en\"");
        assertThat(get(path, "Cookie", "lp_lang=en").body()).contains("lang=\"en\"");
        assertThat(get(path).body()).contains("lang=\"bg\"");
    }

    @Test
    void aPageWithAFormForVisitorsIsRenderedForEachOfThem() throws Exception {
        var list = get("/events");
        var link = EVENT_LINK.matcher(list.body());
        assertThat(link.find()).as("an event on /events").isTrue();
        var path = "/events/" + link.group(1);
        var first = get(path);
        assertThat(first.body()).contains("name=\"_csrf\"");
        var second = get(path);
        assertThat(second.headers().firstValue("ETag")).isEmpty();
        assertThat(second.body()).contains("name=\"_csrf\"");
    }
}
