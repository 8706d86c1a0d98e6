package bg.libpartners.material;

import bg.libpartners.platform.ZipLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The words inside PDF, DOCX and PPTX files, for search, read within bounds: files above {@value #MAX_BYTES} bytes
 * are not read (their title, tags and description are still searchable); a PDF keeps at most
 * {@value #PDF_MEMORY} bytes in memory and the rest in a scratch file, and only its first {@value #MAX_PAGES} pages
 * are read; an Office file is opened from disk within {@link ZipLimits}. Each extraction runs on its own thread for
 * at most {@code libpartners.materials.extract-timeout} (60 s). A file that is merely unreadable yields no text;
 * one that is a ZIP bomb, runs out of memory or out of time is refused with a message, so the upload's transaction
 * rolls back cleanly and the person knows why.
 */
@Component
class TextExtractor {

    static final long MAX_BYTES = 100L * 1024 * 1024;
    static final int MAX_CHARS = 1_000_000;
    static final long PDF_MEMORY = 16L * 1024 * 1024;
    static final int MAX_PAGES = 2_000;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    private final Duration timeout;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        var t = new Thread(r, "text-extraction");
        t.setDaemon(true);
        return t;
    });

    @Autowired
    TextExtractor(MaterialProperties properties) {
        this(properties.extractTimeout());
    }

    TextExtractor(Duration timeout) {
        this.timeout = timeout;
    }

    String extract(InputStream content, String mediaType, long size) {
        if (size > MAX_BYTES) {
            return null;
        }
        var text = bounded(() -> read(content, mediaType), mediaType);
        if (text == null) {
            return null;
        }
        text = text.replace('\u0000', ' ').strip();
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    }

    /** Runs one extraction within the time limit; out of memory or time refuses the file, other faults give null. */
    String bounded(Callable<String> extraction, String mediaType) {
        var job = workers.submit(extraction);
        try {
            return job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            job.cancel(true);
            log.warn("text extraction of a {} file took longer than {}; the file is refused", mediaType, timeout);
            throw new RefusedFileException("material.file.extractTimeout", timeout.toSeconds());
        } catch (ExecutionException failed) {
            var cause = failed.getCause();
            if (cause instanceof OutOfMemoryError) {
                log.warn("text extraction of a {} file ran out of memory; the file is refused", mediaType);
                throw new RefusedFileException("material.file.extractMemory");
            }
            if (cause instanceof RefusedFileException refused) {
                throw refused;
            }
            log.info("no text from a {} file: {}", mediaType, cause.toString());
            return null;
        } catch (InterruptedException interrupted) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String read(InputStream content, String mediaType) throws IOException {
        return switch (mediaType) {
            case "application/pdf" -> onDisk(content, ".pdf", TextExtractor::pdf);
            case DOCX -> onDisk(content, ".docx", TextExtractor::docx);
            case PPTX -> onDisk(content, ".pptx", TextExtractor::pptx);
            case "text/plain", "text/csv" -> new String(content.readNBytes(MAX_CHARS), StandardCharsets.UTF_8);
            default -> null;
        };
    }

    private interface Reader {
        String read(Path file) throws IOException;
    }

    private static String onDisk(InputStream content, String suffix, Reader reader) throws IOException {
        Path temp = Files.createTempFile("lp-text", suffix);
        try {
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            return reader.read(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String pdf(Path file) throws IOException {
        try (var document = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(PDF_MEMORY).streamCache)) {
            var stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            return stripper.getText(document);
        }
    }

    private static String docx(Path file) throws IOException {
        try (var pkg = office(file);
                var document = new XWPFDocument(pkg);
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String pptx(Path file) throws IOException {
        try (var pkg = office(file);
                var show = new XMLSlideShow(pkg);
                var extractor = new SlideShowExtractor<>(show)) {
            return extractor.getText();
        }
    }

    /** An Office Open XML package read from disk, refused as a ZIP bomb when it passes the limits. */
    private static OPCPackage office(Path file) throws IOException {
        ZipLimits.applyToPoi();
        if (!ZipLimits.fits(file)) {
            throw new RefusedFileException("material.file.zipBomb");
        }
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException broken) {
            throw new IOException(broken);
        }
    }
}
