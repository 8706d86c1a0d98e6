package bg.libpartners;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Keeps a test context's files in a bucket of a real S3-compatible server: S3Proxy ({@code org.gaul:s3proxy}, from
 * Maven Central, in a JVM of its own: see {@link ExternalServer}) over an in-memory blob store, with signed requests.
 * One server for the whole test run, a fresh bucket for each context. A test class using it checks {@link #server()}
 * first and is skipped when the server could not start.
 */
public class S3Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ACCESS_KEY = "libpartners-test";
    public static final String SECRET_KEY = "libpartners-test-secret";
    private static final ExternalServer SERVER = new ExternalServer("s3proxy");
    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static int port;

    public static synchronized ExternalServer server() {
        if (port == 0) {
            port = ExternalServer.freePort();
            try {
                var properties = Path.of("target", "s3proxy.properties").toAbsolutePath();
                Files.createDirectories(properties.getParent());
                Files.writeString(
                        properties,
                        String.join(
                                "\n",
                                "s3proxy.endpoint=" + endpoint(),
                                "s3proxy.authorization=aws-v2-or-v4",
                                "s3proxy.identity=" + ACCESS_KEY,
                                "s3proxy.credential=" + SECRET_KEY,
                                "jclouds.provider=transient",
                                "jclouds.identity=unused",
                                "jclouds.credential=unused",
                                ""));
                SERVER.start(
                        "org.gaul.s3proxy.Main",
                        List.of("-Xmx256m"),
                        List.of("--properties", properties.toString()),
                        URI.create(endpoint() + "/"),
                        Duration.ofMinutes(2));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return SERVER;
    }

    public static String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** A client of the server, as the tests look into the bucket behind the application's back. */
    public static S3Client client() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .endpointOverride(URI.create(endpoint()))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var server = server();
        if (!server.running()) {
            throw new IllegalStateException(server.failure());
        }
        var bucket = "libpartners-test-" + CONTEXTS.incrementAndGet();
        try (var s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "s3",
                        Map.of(
                                "libpartners.files.store", "s3",
                                "libpartners.files.s3.endpoint", endpoint(),
                                "libpartners.files.s3.bucket", bucket,
                                "libpartners.files.s3.access-key", ACCESS_KEY,
                                "libpartners.files.s3.secret-key", SECRET_KEY)));
    }

    /** The bucket of the context, as the application was told. */
    public static String bucket(org.springframework.core.env.Environment environment) {
        return environment.getProperty("libpartners.files.s3.bucket");
    }
}
