package bg.libpartners.platform.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import bg.libpartners.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The outbox-polling coordination of Hibernate Search for a search backend all nodes share, on one node: its tables
 * (Flyway V35) pass Hibernate's validation and an organisation written goes through the outbox into the index.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "libpartners.test.db", matches = "postgres")
@TestPropertySource(properties = {"libpartners.nodes.several=true", "libpartners.nodes.search=outbox-polling"})
class OutboxPollingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeReachesTheIndexThroughTheOutbox() throws Exception {
        // the demo data written at start (thousands of organisations) goes through the outbox first
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("select count(*) from hsearch_outbox_event")
                                .query(Long.class)
                                .single()
                        == 0);
        var http = HttpClient.newHttpClient();
        var admin = "Bearer lp_test_admin_token_0123456789abcdef";
        // the register imported at start is inserted with plain SQL: it reaches the index through the outbox too
        long rows =
                jdbc.sql("select count(*) from organisation").query(Long.class).single();
        assertThat(rows).isGreaterThan(7000);
        var all = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations?size=1"))
                        .header("Authorization", admin)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(all.body()).contains("\"totalElements\":" + rows);
        var name = "Фирма през опашката " + UUID.randomUUID().toString().substring(0, 6);
        var created = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations"))
                        .POST(HttpRequest.BodyPublishers.ofString("""
                        {"kind":"PARTNER","name":"%s","partnerType":"BUSINESS","ekatte":"68134"}""".formatted(name)))
                        .header("Content-Type", "application/json")
                        .header("Authorization", admin)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        var search = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations?q="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", admin)
                .build();
        long written = System.nanoTime();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.send(search, HttpResponse.BodyHandlers.ofString())
                        .body()
                        .contains(name));
        System.out.println("OutboxPollingIT: written, found by search after ~"
                + (System.nanoTime() - written) / 1_000_000 + " ms");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from hsearch_outbox_event")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(jdbc.sql("select count(*) from hsearch_agent")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
