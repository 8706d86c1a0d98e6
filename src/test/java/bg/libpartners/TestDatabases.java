package bg.libpartners;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The databases the integration tests run against: an in-memory H2 by default, a real PostgreSQL (started from a
 * Maven jar, no install) when the build sets {@code -Dlibpartners.test.db=postgres}. One PostgreSQL per JVM.
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {}

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("libpartners.test.db", "h2"));
    }

    private static final java.util.List<org.springframework.context.ConfigurableApplicationContext> CONTEXTS =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    static void opened(org.springframework.context.ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    /**
     * At the JVM's end the cached Spring contexts close in their own shutdown hook, and closing still reads the
     * database (the event publication registry lists unfinished publications): PostgreSQL stops only after they
     * have closed (a context is inactive once its beans are destroyed), or after 20 s.
     */
    private static void awaitContextsClosed() {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (CONTEXTS.stream().anyMatch(c -> c.isActive()) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Datasource properties for a fresh database, one per Spring context. */
    public static synchronized Map<String, String> properties() {
        var name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!postgres()) {
            return Map.of(
                    "spring.datasource.url",
                    "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "spring.datasource.username",
                    "sa",
                    "spring.datasource.password",
                    "");
        }
        var pg = server();
        try (var connection = pg.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database", e);
        }
        // embedded PostgreSQL's own shutdown hook may stop the server while the contexts still close (the event
        // publication registry reads the database then): a short wait for a connection keeps the JVM's exit quick
        return Map.of(
                "spring.datasource.url",
                pg.getJdbcUrl("postgres", name),
                "spring.datasource.username",
                "postgres",
                "spring.datasource.password",
                "postgres",
                "spring.datasource.hikari.connection-timeout",
                "10000");
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                Path dir = Files.createTempDirectory("lp-pg");
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(dir.toFile())
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    awaitContextsClosed();
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
        return postgres;
    }
}
