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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Files on disk under {@code <data>/files/ab/cd/<sha256>}. Content is copied in 64 KiB chunks to a staging file
 * beside the final place (same file system, so the final move is atomic), hashed on the way; the heap stays flat
 * whatever the size.
 */
@Component
class LocalFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path staging;

    @org.springframework.beans.factory.annotation.Autowired
    LocalFileStore(LibPartnersProperties properties) throws IOException {
        this(properties.dataPath().resolve("files"));
    }

    LocalFileStore(Path root) throws IOException {
        this.root = root;
        this.staging = root.resolve("staging");
        Files.createDirectories(staging);
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes, Check check) throws IOException {
        Path staged = Files.createTempFile(staging, "up-", ".part");
        try {
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
            check.verify(staged);
            var sha = HexFormat.of().formatHex(digest.digest());
            var target = path(sha);
            if (Files.exists(target)) {
                return new StoredFile(sha, size, key(sha), false);
            }
            Files.createDirectories(target.getParent());
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
