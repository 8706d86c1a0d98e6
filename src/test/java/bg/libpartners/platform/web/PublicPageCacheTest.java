package bg.libpartners.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The kept public pages' single flight: visitors asking for a page being rendered wait for it, not render it again. */
class PublicPageCacheTest {

    private final PublicPageCache cache = new PublicPageCache(
            Duration.ofMinutes(1),
            1_000_000,
            new AcceptHeaderLocaleResolver(),
            PublicPageCache.SESSION_COOKIE,
            List.of(),
            new SimpleMeterRegistry());

    private final AtomicInteger renderings = new AtomicInteger();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private final FilterChain slowPage = (request, response) -> {
        renderings.incrementAndGet();
        entered.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<html><body>Добри практики</body></html>");
    };

    private MockHttpServletResponse visit() throws Exception {
        var request = new MockHttpServletRequest("GET", "/practices");
        var response = new MockHttpServletResponse();
        cache.doFilter(request, response, slowPage);
        return response;
    }

    @Test
    void aVisitorAskingForAPageBeingRenderedWaitsForItInsteadOfRenderingItAgain() throws Exception {
        var first = new MockHttpServletResponse[1];
        var firstVisitor = new Thread(() -> {
            try {
                first[0] = visit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        firstVisitor.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        var second = new MockHttpServletResponse[1];
        var secondVisitor = new Thread(() -> {
            try {
                second[0] = visit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        secondVisitor.start();
        // the second visitor parks on the first one's rendering (a timed wait) before the page is released
        for (int i = 0; i < 1_000 && secondVisitor.getState() != Thread.State.TIMED_WAITING; i++) {
            Thread.sleep(5);
        }
        assertThat(secondVisitor.getState()).isEqualTo(Thread.State.TIMED_WAITING);
        release.countDown();
        firstVisitor.join(10_000);
        secondVisitor.join(10_000);

        assertThat(renderings).hasValue(1);
        assertThat(second[0].getStatus()).isEqualTo(200);
        assertThat(second[0].getContentAsString(StandardCharsets.UTF_8)).contains("Добри практики");
        assertThat(second[0].getHeader("ETag")).isNotBlank();
        assertThat(first[0].getContentAsString(StandardCharsets.UTF_8)).contains("Добри практики");
    }

    @Test
    void aPageThatIsNotKeptIsRenderedForEachVisitor() throws Exception {
        release.countDown();
        FilterChain withForm = (request, response) -> {
            renderings.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<form><input name=\"_csrf\" value=\"x\"></form>");
        };
        for (int i = 0; i < 3; i++) {
            var response = new MockHttpServletResponse();
            cache.doFilter(new MockHttpServletRequest("GET", "/login"), response, withForm);
            assertThat(response.getContentAsString()).contains("_csrf");
        }
        assertThat(renderings).hasValue(3);
    }
}
