package bg.libpartners.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The warm-up against a real HTTP server: what it asks, how it counts the answers, and that its budget bounds it. */
class WarmUpTest {

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> languages = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().toString());
            languages.add(exchange.getRequestHeaders().getFirst("Accept-Language"));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = exchange.getRequestURI().getPath().equals("/broken") ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void asksEveryPathInEveryRoundAsABulgarianVisitorAndCountsServerErrorsAsFailed() {
        var settings = new WarmUp.Settings(
                true,
                List.of("/map", "/api/v1/atlas/features?bbox=22.3,41.2&zoom=7", "/broken"),
                2,
                Duration.ofSeconds(10));

        var report = WarmUp.warmUp(base(), settings);

        assertThat(asked)
                .containsExactly(
                        "/map",
                        "/api/v1/atlas/features?bbox=22.3,41.2&zoom=7",
                        "/broken",
                        "/map",
                        "/api/v1/atlas/features?bbox=22.3,41.2&zoom=7",
                        "/broken");
        assertThat(languages).containsOnly("bg");
        assertThat(report.answered()).isEqualTo(4);
        assertThat(report.failed()).isEqualTo(2);
    }

    @Test
    void stopsWhenItsBudgetIsSpent() {
        delayMillis = 300;
        var settings = new WarmUp.Settings(true, List.of("/a", "/b", "/c", "/d"), 3, Duration.ofMillis(500));

        var report = WarmUp.warmUp(base(), settings);

        // the first request is answered after 300 ms; the second is cut at the budget's end; no third is asked
        assertThat(asked.size()).isLessThanOrEqualTo(2);
        assertThat(report.answered()).isEqualTo(1);
        assertThat(report.answered() + report.failed()).isLessThanOrEqualTo(2);
    }

    @Test
    void aServerThatIsNotThereIsAFailureNotAnError() {
        server.stop(0);
        var settings = new WarmUp.Settings(true, List.of("/"), 1, Duration.ofSeconds(5));

        var report = WarmUp.warmUp(base(), settings);

        assertThat(report.answered()).isZero();
        assertThat(report.failed()).isEqualTo(1);
    }
}
