package bg.libpartners.agreement;

import bg.libpartners.platform.LibPartnersProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** Signed copies on disk under {@code <data>/agreements/}; accepted only when the content is a PDF, PNG or JPEG. */
@Component
class SignedCopies {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    record Stored(String path, String sha256, String contentType) {}

    private final Path root;

    SignedCopies(LibPartnersProperties properties) {
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

    Stored store(long partnershipId, int number, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidAgreementException("file", "agreement.error.fileMissing");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidAgreementException("file", "agreement.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        var type = detect(content);
        if (type == null) {
            throw new InvalidAgreementException("file", "agreement.error.fileType");
        }
        try {
            var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            var ext = switch (type) {
                case "application/pdf" -> ".pdf";
                case "image/png" -> ".png";
                default -> ".jpg";
            };
            var name = partnershipId + "-v" + number + "-" + sha.substring(0, 16) + ext;
            Files.createDirectories(root);
            var tmp = Files.createTempFile(root, "upload", ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, root.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(name, sha, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
