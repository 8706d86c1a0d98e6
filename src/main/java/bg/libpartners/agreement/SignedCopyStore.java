package bg.libpartners.agreement;

import bg.libpartners.platform.LibPartnersProperties;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/** Signed copies on disk under {@code <data>/agreements/}; accepted only when the content is a PDF, PNG or JPEG. */
@Component
class SignedCopyStore {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    record Stored(String path, String sha256, String contentType) {}

    private final Path root;

    SignedCopyStore(LibPartnersProperties properties) {
        this.root = properties.dataPath().resolve("agreements");
    }

    /** By content, never by the name or the browser's claim. */
    static String detect(byte[] head) {
        if (startsWith(head, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        return null;
    }

    /**
     * Checks the size the upload declares before reading a byte, then streams the content to a temporary file in the
     * store (hashing it and stopping past the limit, whatever was declared), checks its type and moves it in place.
     * Nothing is held in memory beyond a buffer, and nothing is left behind when the file is refused.
     */
    Stored store(long partnershipId, int number, InputStreamSource content, long declaredSize) {
        if (content == null || declaredSize == 0) {
            throw new InvalidAgreementException("file", "agreement.error.fileMissing");
        }
        if (declaredSize > MAX_BYTES) {
            throw tooLarge();
        }
        Path tmp = null;
        try {
            Files.createDirectories(root);
            tmp = Files.createTempFile(root, "upload", ".tmp");
            var digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (var in = new DigestInputStream(content.getInputStream(), digest);
                    var out = Files.newOutputStream(tmp)) {
                size = in.transferTo(new BoundedOutput(out, MAX_BYTES));
            }
            if (size == 0) {
                throw new InvalidAgreementException("file", "agreement.error.fileMissing");
            }
            var type = detect(head(tmp));
            if (type == null) {
                throw new InvalidAgreementException("file", "agreement.error.fileType");
            }
            var sha = HexFormat.of().formatHex(digest.digest());
            var ext = switch (type) {
                case "application/pdf" -> ".pdf";
                case "image/png" -> ".png";
                default -> ".jpg";
            };
            var name = partnershipId + "-v" + number + "-" + sha.substring(0, 16) + ext;
            Files.move(tmp, root.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return new Stored(name, sha, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static InvalidAgreementException tooLarge() {
        return new InvalidAgreementException("file", "agreement.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
    }

    private static byte[] head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file in the store's folder; the next upload's cleanup is not needed for correctness
            }
        }
    }

    /** Passes bytes through until the limit, then refuses the file as too large. */
    private static final class BoundedOutput extends FilterOutputStream {
        private final long limit;
        private long written;

        BoundedOutput(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) {
            written += n;
            if (written > limit) {
                throw tooLarge();
            }
        }
    }

    InputStream open(String path) throws IOException {
        var file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("outside the store");
        }
        return Files.newInputStream(file);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
