package bg.libpartners.material;

import bg.libpartners.platform.LibPartnersProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Files on disk under {@code <data>/files/ab/cd/<sha256>}. Content is copied in 64 KiB chunks to a staging file
 * beside the final place (same file system, so the final move is atomic), hashed on the way; the heap stays flat
 * whatever the size. A new file is pending (an empty marker under {@code pending/}) from just before its move into
 * place until its transaction settles it, so what a crash leaves behind can be found without walking every file.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
        name = "libpartners.files.store",
        havingValue = "folder",
        matchIfMissing = true)
class LocalFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path staging;
    private final Path pending;

    @org.springframework.beans.factory.annotation.Autowired
    LocalFileStore(LibPartnersProperties properties) throws IOException {
        this(properties.dataPath().resolve("files"));
    }

    LocalFileStore(Path root) throws IOException {
        this.root = root;
        this.staging = root.resolve("staging");
        this.pending = root.resolve("pending");
        Files.createDirectories(staging);
        Files.createDirectories(pending);
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes, Check check) throws IOException {
        Path staged = Files.createTempFile(staging, "up-", ".part");
        try {
            var copied = stage(content, staged, maxBytes);
            long size = copied.size();
            check.verify(staged);
            var sha = copied.sha256();
            var target = path(sha);
            var marker = pending.resolve(sha);
            if (Files.exists(target)) {
                if (Files.exists(marker)) {
                    // still pending from another upload: a sweep must not take it from under this one
                    Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
                }
                return new StoredFile(sha, size, key(sha), false);
            }
            Files.createDirectories(target.getParent());
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target);
            } catch (FileAlreadyExistsException raced) {
                return new StoredFile(sha, size, key(sha), false);
            }
            return new StoredFile(sha, size, key(sha), true);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** A staged copy: its SHA-256 and its size. */
    record Staged(String sha256, long size) {}

    /**
     * Copies the content to {@code staged} in 64 KiB chunks, hashing and counting it on the way.
     *
     * @throws FileTooLargeException when the content passes {@code maxBytes}
     */
    static Staged stage(InputStream content, Path staged, long maxBytes) throws IOException {
        var digest = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(staged)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = content.read(buffer)) != -1; ) {
                size += n;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return new Staged(HexFormat.of().formatHex(digest.digest()), size);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        try {
            return Files.newInputStream(path(sha256));
        } catch (NoSuchFileException e) {
            throw new java.io.FileNotFoundException(sha256);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(path(sha256));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
        Files.deleteIfExists(pending.resolve(sha256));
    }

    @Override
    public void settle(String sha256) throws IOException {
        path(sha256);
        Files.deleteIfExists(pending.resolve(sha256));
    }

    @Override
    public int sweep(Duration grace, Predicate<String> held) throws IOException {
        var before = Instant.now().minus(grace);
        int removed = 0;
        for (var staged : untouchedSince(staging, before)) {
            if (Files.deleteIfExists(staged)) {
                removed++;
            }
        }
        for (var marker : untouchedSince(pending, before)) {
            var sha = marker.getFileName().toString();
            if (!SHA256.matcher(sha).matches()) {
                Files.deleteIfExists(marker);
            } else if (held.test(sha)) {
                settle(sha);
            } else {
                delete(sha);
                removed++;
            }
        }
        return removed;
    }

    static List<Path> untouchedSince(Path dir, Instant before) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> {
                        try {
                            return Files.isRegularFile(f)
                                    && Files.getLastModifiedTime(f).toInstant().isBefore(before);
                        } catch (IOException gone) {
                            return false;
                        }
                    })
                    .toList();
        }
    }

    Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(key(sha256));
    }

    static String key(String sha) {
        return sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
