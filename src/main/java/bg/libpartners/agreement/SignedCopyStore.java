package bg.libpartners.agreement;

import bg.libpartners.material.FileTooLargeException;
import bg.libpartners.material.RefusedFileException;
import bg.libpartners.material.StoredFileOwner;
import bg.libpartners.material.UploadService;
import bg.libpartners.platform.LibPartnersProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed copies, kept in the platform's one file store through the material module's {@link UploadService}: streamed,
 * cut at 20 MB, accepted only when the house's content sniffer (Tika; a picture must decode) finds a PDF, PNG or JPEG
 * in the bytes, whatever the file is called, kept once per checksum, and removed again when the agreement's transaction rolls back. The version
 * records the checksum as its path. Copies kept before this (a file name under {@code <data>/agreements/}) are still
 * read from there.
 */
@Component
class SignedCopyStore implements StoredFileOwner {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    record Stored(String path, String sha256, String contentType) {}

    private final UploadService uploads;
    private final JdbcClient jdbc;
    private final Path legacyRoot;

    SignedCopyStore(UploadService uploads, JdbcClient jdbc, LibPartnersProperties properties) {
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.legacyRoot = properties.dataPath().resolve("agreements");
    }

    /**
     * Checks the size the upload declares before reading a byte, then streams the content into the file store, which
     * stops past the limit whatever was declared and leaves nothing behind when the file is refused.
     */
    Stored store(InputStreamSource content, long declaredSize) {
        if (content == null || declaredSize == 0) {
            throw new InvalidAgreementException("file", "agreement.error.fileMissing");
        }
        if (declaredSize > MAX_BYTES) {
            throw tooLarge();
        }
        try (var in = new PushbackInputStream(content.getInputStream())) {
            int first = in.read();
            if (first < 0) {
                throw new InvalidAgreementException("file", "agreement.error.fileMissing");
            }
            in.unread(first);
            var accepted = uploads.acceptOnly(in, null, TYPES, MAX_BYTES);
            return new Stored(accepted.sha256(), accepted.sha256(), accepted.mediaType());
        } catch (FileTooLargeException e) {
            throw tooLarge();
        } catch (RefusedFileException e) {
            throw new InvalidAgreementException("file", "agreement.error.fileType");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InvalidAgreementException tooLarge() {
        return new InvalidAgreementException("file", "agreement.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
    }

    InputStream open(String path) throws IOException {
        if (SHA256.matcher(path).matches()) {
            return uploads.open(path);
        }
        var file = legacyRoot.resolve(path).normalize();
        if (!file.startsWith(legacyRoot)) {
            throw new IOException("outside the store");
        }
        return Files.newInputStream(file);
    }

    /** A signed copy left pending by a crash is kept when its version was committed. */
    @Override
    public boolean uses(String sha256) {
        return jdbc.sql("select count(*) from agreement_version where signed_sha256 = ?")
                        .param(sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
