package bg.libpartners.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The last step of the start, before the application says it is ready: asks its own most visited pages and API a few
 * times, as an anonymous visitor over HTTP, so that the first visitors after a start do not pay for what the JVM,
 * Thymeleaf and the caches do on first use (BENCHMARKS.md: the first page after a start took 0.8–1 s, the same page
 * again a few milliseconds). Nothing is written: the paths are public GETs, and a visitor gets no session.
 * {@code libpartners.warm-up.paths} lists them, {@code …rounds} says how often, {@code …budget} bounds the time;
 * {@code …enabled=false} turns it off (the tests do).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@EnableConfigurationProperties(WarmUp.Settings.class)
class WarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    @ConfigurationProperties("libpartners.warm-up")
    record Settings(Boolean enabled, List<String> paths, Integer rounds, Duration budget) {
        Settings {
            enabled = enabled == null || enabled;
            paths = paths == null ? List.of("/") : List.copyOf(paths);
            rounds = rounds == null ? 2 : rounds;
            budget = budget == null ? Duration.ofSeconds(10) : budget;
        }
    }

    /** What a warm-up did: requests answered (any status below 500), failed, and how long it took. */
    record Report(int answered, int failed, long millis) {}

    private final Settings settings;
    private final ApplicationContext context;
    private final Environment environment;

    WarmUp(Settings settings, ApplicationContext context, Environment environment) {
        this.settings = settings;
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || !(context instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        if (port <= 0) {
            return;
        }
        var base = "http://127.0.0.1:" + port + environment.getProperty("server.servlet.context-path", "");
        var report = warmUp(base, settings);
        log.info(
                "Warm-up: {} requests answered, {} failed, in {} ms",
                report.answered(),
                report.failed(),
                report.millis());
    }

    /** Asks {@code base + path} for every path, round after round, until the rounds are done or the budget is spent. */
    static Report warmUp(String base, Settings settings) {
        long start = System.nanoTime();
        long deadline = start + settings.budget().toNanos();
        int answered = 0;
        int failed = 0;
        var client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        rounds:
        for (int round = 0; round < settings.rounds(); round++) {
            for (var path : settings.paths()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break rounds;
                }
                var request = HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Language", "bg")
                        .timeout(Duration.ofNanos(left))
                        .GET()
                        .build();
                try {
                    long asked = System.nanoTime();
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    log.debug(
                            "Warm-up round {}: {} answered {} in {} ms",
                            round + 1,
                            path,
                            status,
                            (System.nanoTime() - asked) / 1_000_000);
                    if (status < 500) {
                        answered++;
                    } else {
                        failed++;
                        log.warn("Warm-up: {} answered {}", path, status);
                    }
                } catch (IOException e) {
                    failed++;
                    log.warn("Warm-up: {} not answered: {}", path, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break rounds;
                }
            }
        }
        return new Report(answered, failed, (System.nanoTime() - start) / 1_000_000);
    }
}
