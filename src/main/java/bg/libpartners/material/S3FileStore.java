package bg.libpartners.material;

import bg.libpartners.platform.LibPartnersProperties;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in a bucket of any S3-compatible store ({@code libpartners.files.store=s3}), for several nodes without a
 * shared folder: the same contract as {@link LocalFileStore}, under the keys {@code <prefix>files/ab/cd/<sha256>}.
 * The upload is staged on this node's disk (hashed, counted and checked there, as on the folder), then put whole
 * with {@code If-None-Match: *}, so two nodes storing the same new file at once keep one and each knows whether it
 * made it. A new file is pending (an empty object {@code <prefix>pending/<sha256>}) until its transaction settles it.
 */
@Component
@ConditionalOnProperty(name = "libpartners.files.store", havingValue = "s3")
class S3FileStore implements FileStore, DisposableBean {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * The store's settings ({@code libpartners.files.*}).
     *
     * @param store {@code folder} (the default: {@code <data>/files}) or {@code s3}
     */
    @ConfigurationProperties("libpartners.files")
    record Settings(
            @DefaultValue("folder") String store,
            @DefaultValue S3 s3) {}

    /**
     * Where and as whom: {@code endpoint} blank for AWS itself; credentials blank for the SDK's usual chain
     * ({@code AWS_ACCESS_KEY_ID}…, a profile, an instance role); {@code pathStyle} for stores that have no bucket
     * sub-domains (MinIO, Ceph, most on-premises ones).
     */
    record S3(
            String endpoint,
            String bucket,
            @DefaultValue("us-east-1") String region,
            String accessKey,
            String secretKey,
            @DefaultValue("") String prefix,
            @DefaultValue("true") boolean pathStyle) {}

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path staging;

    @Autowired
    S3FileStore(Settings settings, LibPartnersProperties properties) throws IOException {
        this(
                client(settings.s3()),
                settings.s3().bucket(),
                settings.s3().prefix(),
                properties.dataPath().resolve("files-staging"));
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            s3.close();
            throw new IllegalStateException(
                    "The S3 bucket '" + bucket + "' cannot be reached at "
                            + settings.s3().endpoint() + " (libpartners.files.s3.*): " + e.getMessage(),
                    e);
        }
    }

    S3FileStore(S3Client s3, String bucket, String prefix, Path staging) throws IOException {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("libpartners.files.s3.bucket (LIBPARTNERS_S3_BUCKET) is not set");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.staging = staging;
        Files.createDirectories(staging);
    }

    static S3Client client(S3 settings) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // checksums only where S3 requires them: not every S3-compatible store knows the newer ones
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes, Check check) throws IOException {
        Path staged = Files.createTempFile(staging, "up-", ".part");
        try {
            var copied = LocalFileStore.stage(content, staged, maxBytes);
            check.verify(staged);
            var sha = copied.sha256();
            var key = LocalFileStore.key(sha);
            try {
                if (exists(sha)) {
                    if (present(marker(sha))) {
                        // still pending from another upload: a sweep must not take it from under this one
                        mark(sha);
                    }
                    return new StoredFile(sha, copied.size(), key, false);
                }
                mark(sha);
                try {
                    s3.putObject(
                            p -> p.bucket(bucket)
                                    .key(prefix + "files/" + key)
                                    .ifNoneMatch("*")
                                    .contentLength(copied.size()),
                            RequestBody.fromFile(staged));
                } catch (S3Exception e) {
                    if (e.statusCode() == 412 || e.statusCode() == 409) { // another node put it first
                        return new StoredFile(sha, copied.size(), key, false);
                    }
                    throw e;
                }
                return new StoredFile(sha, copied.size(), key, true);
            } catch (SdkException e) {
                throw new IOException("S3: " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return s3.getObject(g -> g.bucket(bucket).key(object(sha256)));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException(sha256);
        } catch (SdkException e) {
            throw new IOException("S3: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return present(object(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        var key = object(sha256);
        try {
            s3.deleteObject(d -> d.bucket(bucket).key(key));
            s3.deleteObject(d -> d.bucket(bucket).key(marker(sha256)));
        } catch (SdkException e) {
            throw new IOException("S3: " + e.getMessage(), e);
        }
    }

    @Override
    public void settle(String sha256) throws IOException {
        object(sha256);
        try {
            s3.deleteObject(d -> d.bucket(bucket).key(marker(sha256)));
        } catch (SdkException e) {
            throw new IOException("S3: " + e.getMessage(), e);
        }
    }

    @Override
    public int sweep(Duration grace, Predicate<String> held) throws IOException {
        var before = Instant.now().minus(grace);
        int removed = 0;
        for (var staged : LocalFileStore.untouchedSince(staging, before)) {
            if (Files.deleteIfExists(staged)) {
                removed++;
            }
        }
        try {
            var pending = s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix + "pending/"))
                    .contents();
            for (S3Object marker : pending) {
                if (!marker.lastModified().isBefore(before)) {
                    continue;
                }
                var sha = marker.key().substring(marker.key().lastIndexOf('/') + 1);
                if (!SHA256.matcher(sha).matches()) {
                    s3.deleteObject(d -> d.bucket(bucket).key(marker.key()));
                } else if (held.test(sha)) {
                    settle(sha);
                } else {
                    delete(sha);
                    removed++;
                }
            }
        } catch (SdkException e) {
            throw new IOException("S3: " + e.getMessage(), e);
        }
        return removed;
    }

    /** Marks a file pending, or marks it again (a fresh time) so that a sweep leaves it alone a while longer. */
    private void mark(String sha256) {
        s3.putObject(p -> p.bucket(bucket).key(marker(sha256)), RequestBody.empty());
    }

    private boolean present(String key) {
        try {
            s3.headObject(h -> h.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private String object(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return prefix + "files/" + LocalFileStore.key(sha256);
    }

    private String marker(String sha256) {
        return prefix + "pending/" + sha256;
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
