package bg.libpartners;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.mock.web.MockMultipartFile;

/**
 * An uploaded file for MockMvc that fails the test when the application reads it whole into memory
 * ({@code getBytes}), or reads it at all when sealed; its declared size (what the request claims) is chosen freely.
 */
public final class StreamedOnlyFile extends MockMultipartFile {

    private final long declared;
    private final boolean sealed;

    private StreamedOnlyFile(
            String field, String filename, String type, byte[] content, long declared, boolean sealed) {
        super(field, filename, type, content);
        this.declared = declared;
        this.sealed = sealed;
    }

    /** A file that may be streamed, never read whole. */
    public static StreamedOnlyFile streamed(String field, String filename, String type, byte[] content) {
        return new StreamedOnlyFile(field, filename, type, content, content.length, false);
    }

    /** A file that must be refused before any byte of it is read; it claims {@code declared} bytes. */
    public static StreamedOnlyFile sealed(String field, String filename, String type, byte[] content, long declared) {
        return new StreamedOnlyFile(field, filename, type, content, declared, true);
    }

    /** A file that claims {@code declared} bytes but carries {@code content}, streamed only. */
    public static StreamedOnlyFile understated(
            String field, String filename, String type, byte[] content, long declared) {
        return new StreamedOnlyFile(field, filename, type, content, declared, false);
    }

    @Override
    public byte[] getBytes() {
        throw new AssertionError("the upload was read whole into memory");
    }

    @Override
    public InputStream getInputStream() throws IOException {
        if (sealed) {
            throw new AssertionError("the upload was read before access and size were checked");
        }
        return super.getInputStream();
    }

    @Override
    public long getSize() {
        return declared;
    }
}
