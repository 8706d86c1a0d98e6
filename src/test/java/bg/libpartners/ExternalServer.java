package bg.libpartners;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real server for a test, from Maven Central, in a JVM of its own (its libraries would clash with the application's:
 * OpenSearch 2 brings Lucene 9, S3Proxy its own Jetty and jclouds). Its class path is that of a small pom under
 * {@code src/test/<name>/pom.xml}, resolved with the Maven wrapper ({@code dependency:build-classpath}) the first time
 * and kept in {@code target/<name>.classpath}. {@link #start} waits until the server answers; when it cannot start
 * (no network for the first resolution, too little memory, a kernel setting), {@link #failure} says why and the tests
 * that need it are skipped with that message.
 */
public final class ExternalServer {

    private final String name;
    private Process process;
    private String failure;

    public ExternalServer(String name) {
        this.name = name;
    }

    /** Why the server is not running; null when it is. */
    public String failure() {
        return failure;
    }

    public boolean running() {
        return failure == null && process != null && process.isAlive();
    }

    public Path log() {
        return Path.of("target", name + ".log").toAbsolutePath();
    }

    /**
     * Starts {@code mainClass} with {@code args} on the resolved class path and waits up to {@code wait} until
     * {@code ready} answers with a status below 500. Standard input stays open: some servers stop when it closes.
     */
    public synchronized ExternalServer start(
            String mainClass, List<String> jvmOptions, List<String> args, URI ready, Duration wait) {
        if (process != null || failure != null) {
            return this;
        }
        try {
            var classPath = classPath();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", classPath, mainClass));
            command.addAll(args);
            Files.createDirectories(log().getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log().toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, name + "-stop"));
            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    failure = name + " stopped at start (exit " + process.exitValue() + "), see " + log();
                    return this;
                }
                try {
                    var response = http.send(
                            HttpRequest.newBuilder(ready)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() < 500) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            failure = name + " did not answer at " + ready + " within " + wait.toSeconds() + " s, see " + log();
            stop();
        } catch (IOException | RuntimeException e) {
            failure = name + " could not be started: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = name + " start interrupted";
        }
        return this;
    }

    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The server's class path, resolved once by the Maven wrapper: offline first, then from Maven Central. */
    String classPath() throws IOException, InterruptedException {
        var file = Path.of("target", name + ".classpath").toAbsolutePath();
        if (usable(file)) {
            return Files.readString(file).strip();
        }
        var pom = Path.of("src", "test", name, "pom.xml").toAbsolutePath();
        var wrapper = Path.of("mvnw").toAbsolutePath();
        Files.createDirectories(file.getParent());
        var output = Path.of("target", name + "-resolve.log").toAbsolutePath();
        for (boolean offline : new boolean[] {true, false}) {
            List<String> command = new ArrayList<>(List.of(wrapper.toString(), "-B", "-q", "-f", pom.toString()));
            if (offline) {
                command.add("-o");
            }
            command.addAll(List.of("dependency:build-classpath", "-Dmdep.outputFile=" + file));
            var resolve = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!resolve.waitFor(10, TimeUnit.MINUTES)) {
                resolve.destroyForcibly();
            } else if (resolve.exitValue() == 0 && usable(file)) {
                return Files.readString(file).strip();
            }
        }
        throw new IOException("the class path of " + pom + " could not be resolved, see " + output);
    }

    private static boolean usable(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        var entries = Files.readString(file, StandardCharsets.UTF_8).strip();
        return !entries.isEmpty()
                && Arrays.stream(entries.split(File.pathSeparator)).allMatch(e -> Files.isRegularFile(Path.of(e)));
    }

    /** A port that was free a moment ago. */
    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
