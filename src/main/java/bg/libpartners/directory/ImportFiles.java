package bg.libpartners.directory;

import bg.libpartners.platform.BadRequestException;
import java.io.IOException;
import org.springframework.core.io.InputStreamSource;

/**
 * An uploaded import file (register or partners), taken in only after its declared size is checked against the
 * {@value SpreadsheetReader#MAX_BYTES}-byte limit, and read with a bound whatever the request declared: a larger
 * file is refused before a byte of it is read into memory.
 */
public final class ImportFiles {

    private ImportFiles() {}

    public static byte[] read(InputStreamSource file, long declaredSize) throws IOException {
        if (file == null) {
            throw new BadRequestException("file", "directory.import.error.noFile");
        }
        if (declaredSize > SpreadsheetReader.MAX_BYTES) {
            throw SpreadsheetReader.tooLarge();
        }
        try (var in = file.getInputStream()) {
            var bytes = in.readNBytes(SpreadsheetReader.MAX_BYTES + 1);
            if (bytes.length > SpreadsheetReader.MAX_BYTES) {
                throw SpreadsheetReader.tooLarge();
            }
            return bytes;
        }
    }
}
