package bg.libpartners.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on ZIP containers people upload (XLSX, DOCX, PPTX): at most {@value #MAX_ENTRIES} entries, none larger than
 * {@value #MAX_ENTRY_BYTES} bytes unpacked, {@value #MAX_TOTAL_BYTES} in all, and none packed more than
 * 1 : {@value #MAX_RATIO} (a zip bomb). {@link #fits} checks the central directory before a reader opens the file;
 * {@link #applyToPoi} sets the same limits in Apache POI, which enforces them while it reads, whatever the directory
 * claims.
 */
public final class ZipLimits {

    public static final int MAX_ENTRIES = 1_000;
    public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    public static final int MAX_RATIO = 100;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private ZipLimits() {}

    /** Makes sure POI reads with these limits (they are global to POI; setting them again is harmless). */
    public static void applyToPoi() {
        // the static initialiser did the work once the class is loaded
    }

    /** Whether the ZIP file at {@code path} stays within the limits by what its directory says. */
    public static boolean fits(Path path) throws IOException {
        try (var zip = new ZipFile(path.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                return false;
            }
            long total = 0;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                long size = entry.getSize();
                long packed = Math.max(1, entry.getCompressedSize());
                if (size > MAX_ENTRY_BYTES || size > 4096 && size / packed > MAX_RATIO) {
                    return false;
                }
                total += Math.max(0, size);
                if (total > MAX_TOTAL_BYTES) {
                    return false;
                }
            }
            return true;
        }
    }
}
