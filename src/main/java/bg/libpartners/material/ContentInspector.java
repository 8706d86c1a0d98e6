package bg.libpartners.material;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Decides what a file is from its bytes, never from its name alone. The name may only refine what the content says
 * (a ZIP named .docx is a DOCX); when it claims something the content contradicts (an .exe named .pdf, text named
 * .png) the file is refused as disguised. Executables and scripts are refused whatever they are called.
 */
@Component
public class ContentInspector {

    /** Exactly these media types, by kind; images, video and plain text are matched by family below. */
    private static final Map<String, FileKind> TYPES = Map.ofEntries(
            Map.entry("application/pdf", FileKind.DOCUMENT),
            Map.entry("application/msword", FileKind.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKind.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.text", FileKind.DOCUMENT),
            Map.entry("application/rtf", FileKind.DOCUMENT),
            Map.entry("text/plain", FileKind.DOCUMENT),
            Map.entry("application/epub+zip", FileKind.DOCUMENT),
            Map.entry("application/vnd.ms-powerpoint", FileKind.PRESENTATION),
            Map.entry(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation", FileKind.PRESENTATION),
            Map.entry("application/vnd.oasis.opendocument.presentation", FileKind.PRESENTATION),
            Map.entry("application/vnd.ms-excel", FileKind.SPREADSHEET),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileKind.SPREADSHEET),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", FileKind.SPREADSHEET),
            Map.entry("text/csv", FileKind.SPREADSHEET),
            Map.entry("application/zip", FileKind.ARCHIVE),
            Map.entry("application/x-7z-compressed", FileKind.ARCHIVE),
            Map.entry("application/x-rar-compressed", FileKind.ARCHIVE),
            Map.entry("application/vnd.rar", FileKind.ARCHIVE),
            Map.entry("application/gzip", FileKind.ARCHIVE),
            Map.entry("application/x-gzip", FileKind.ARCHIVE),
            Map.entry("application/x-tar", FileKind.ARCHIVE),
            Map.entry("application/x-iso9660-image", FileKind.ARCHIVE));

    private static final Set<String> EXECUTABLE = Set.of(
            "application/x-msdownload",
            "application/x-dosexec",
            "application/x-executable",
            "application/x-elf",
            "application/x-sharedlib",
            "application/x-mach-o",
            "application/x-mach-o-executable",
            "application/x-sh",
            "application/x-shellscript",
            "text/x-sh",
            "application/x-bat",
            "application/x-msi",
            "application/x-ms-installer",
            "application/java-archive",
            "application/x-java-archive",
            "application/java-vm",
            "application/x-java-jnlp-file",
            "application/vnd.android.package-archive",
            "application/javascript",
            "text/javascript",
            "application/x-python-code",
            "text/x-python",
            "application/x-ms-shortcut",
            "application/x-msdos-program",
            "application/x-object",
            "application/x-coredump",
            "application/vnd.microsoft.portable-executable");

    /** Office formats that carry macros by design; accepted only from those who may upload active content. */
    static final Set<String> MACRO_ENABLED = Set.of(
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-word.template.macroenabled.12",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.ms-excel.template.macroenabled.12",
            "application/vnd.ms-excel.addin.macroenabled.12",
            "application/vnd.ms-excel.sheet.binary.macroenabled.12",
            "application/vnd.ms-powerpoint.presentation.macroenabled.12",
            "application/vnd.ms-powerpoint.slideshow.macroenabled.12",
            "application/vnd.ms-powerpoint.template.macroenabled.12");

    /** Old (OLE) Office formats, whose macros sit in a storage of their own when there are any. */
    private static final Set<String> OLE_OFFICE =
            Set.of("application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint");

    private static final Set<String> IMAGES =
            Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff");

    static final long MAX_PIXELS = 40_000_000;

    /**
     * Tika, made on the first file inspected rather than at every start: reading its media types and detectors took
     * 0.2–0.3 s of the start (BENCHMARKS.md, #21 session 15). Its detection is thread-safe.
     */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    /**
     * What was found: the media type, its kind, and whether it may run code when opened (an archive, whose content
     * is not looked into, or an Office file with macros).
     */
    public record Detected(String mediaType, FileKind kind, boolean activeContent) {}

    public Detected inspect(Path file, String claimedName, Set<FileKind> allowed) throws IOException {
        var byContent = detect(file, null);
        var combined = claimedName == null ? byContent : detect(file, claimedName);
        var byName = claimedName == null ? MimeTypes.OCTET_STREAM : Detector.TIKA.detect(claimedName);
        if (executable(byContent) || executable(combined) || executable(byName)) {
            throw new RefusedFileException("material.file.executable");
        }
        boolean nameClaims = !MimeTypes.OCTET_STREAM.equals(byName) && !MimeTypes.PLAIN_TEXT.equals(byName);
        if (nameClaims && !sameFamily(byName, combined)) {
            throw new RefusedFileException("material.file.disguised", claimedName);
        }
        var kind = kindOf(combined);
        if (kind == null || !allowed.contains(kind)) {
            throw new RefusedFileException("material.file.notAllowed", combined);
        }
        if (kind == FileKind.IMAGE && !byContent.startsWith("image/")) {
            throw new RefusedFileException("material.file.notImage");
        }
        if (kind == FileKind.IMAGE && !decodable(file, combined)) {
            throw new RefusedFileException("material.file.notImage");
        }
        boolean openXml = combined.startsWith("application/vnd.openxmlformats") || MACRO_ENABLED.contains(combined);
        if (openXml && !ooxml(file)) {
            throw new RefusedFileException("material.file.disguised", claimedName);
        }
        boolean active = kind == FileKind.ARCHIVE
                || MACRO_ENABLED.contains(combined)
                || openXml && ooxmlMacros(file)
                || OLE_OFFICE.contains(combined) && oleMacros(file);
        return new Detected(combined, kind, active);
    }

    private String detect(Path file, String name) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            return MediaType.parse(Detector.TIKA.detect(in, name)).getBaseType().toString();
        }
    }

    private static boolean executable(String type) {
        return EXECUTABLE.contains(type) || type.startsWith("application/x-mach-o");
    }

    /** The name and the content agree when they are the same type or one refines the other (zip → docx). */
    private boolean sameFamily(String byName, String combined) {
        if (byName.equals(combined)) {
            return true;
        }
        var registry = org.apache.tika.mime.MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
        return registry.isSpecializationOf(MediaType.parse(combined), MediaType.parse(byName))
                || registry.isSpecializationOf(MediaType.parse(byName), MediaType.parse(combined))
                || (byName.startsWith("video/") && combined.startsWith("video/"))
                || (byName.startsWith("text/") && combined.startsWith("text/"));
    }

    static FileKind kindOf(String type) {
        if (IMAGES.contains(type)) {
            return FileKind.IMAGE;
        }
        if (MACRO_ENABLED.contains(type)) {
            return type.contains("excel")
                    ? FileKind.SPREADSHEET
                    : type.contains("powerpoint") ? FileKind.PRESENTATION : FileKind.DOCUMENT;
        }
        if (type.startsWith("video/")) {
            return FileKind.VIDEO;
        }
        return TYPES.get(type);
    }

    /**
     * Raster images the JDK can read must also decode their header, and hold at most {@value #MAX_PIXELS} pixels
     * (a small file can claim a picture that takes gigabytes once decoded, e.g. for the brochure); WebP is trusted
     * to its magic bytes.
     */
    private static boolean decodable(Path file, String type) throws IOException {
        if (type.equals("image/webp")) {
            return true;
        }
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            var reader = readers.next();
            int width;
            int height;
            try {
                reader.setInput(in);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException broken) {
                return false;
            } finally {
                reader.dispose();
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new RefusedFileException("material.file.tooManyPixels", width, height, MAX_PIXELS / 1_000_000);
            }
            return width > 0 && height > 0;
        }
    }

    /** A VBA project inside an Office Open XML package, whatever the file is called. */
    private static boolean ooxmlMacros(Path file) {
        try (var zip = new ZipFile(file.toFile())) {
            return zip.stream()
                    .anyMatch(
                            e -> e.getName().toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Macros in an old Word ("Macros") or Excel ("_VBA_PROJECT_CUR") file; PowerPoint's are not detectable here. */
    private static boolean oleMacros(Path file) {
        try (var ole = new POIFSFileSystem(file.toFile(), true)) {
            var root = ole.getRoot();
            return root.hasEntryCaseInsensitive("Macros")
                    || root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")
                    || root.hasEntryCaseInsensitive("VBA");
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** An Office Open XML file is a ZIP with a content-types part; a bare ZIP renamed .docx is not. */
    private static boolean ooxml(Path file) {
        try (var zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
