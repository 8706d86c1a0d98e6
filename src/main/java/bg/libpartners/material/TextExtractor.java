package bg.libpartners.material;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The words inside PDF, DOCX and PPTX files, for search. Files above {@value #MAX_BYTES} bytes are not read (their
 * title, tags and description are still searchable); a file that cannot be read yields no text rather than an error.
 */
@Component
class TextExtractor {

    static final long MAX_BYTES = 100L * 1024 * 1024;
    static final int MAX_CHARS = 1_000_000;
    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    String extract(InputStream content, String mediaType, long size) {
        if (size > MAX_BYTES) {
            return null;
        }
        try {
            String text = switch (mediaType) {
                case "application/pdf" -> pdf(content);
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> docx(content);
                case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> pptx(content);
                case "text/plain", "text/csv" -> new String(content.readNBytes(MAX_CHARS),
                        java.nio.charset.StandardCharsets.UTF_8);
                default -> null;
            };
            if (text == null) {
                return null;
            }
            text = text.replace('\u0000', ' ').strip();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (IOException | RuntimeException unreadable) {
            log.info("no text from a {} file: {}", mediaType, unreadable.toString());
            return null;
        }
    }

    private static String pdf(InputStream content) throws IOException {
        Path temp = Files.createTempFile("lp-pdf", ".pdf");
        try {
            Files.copy(content, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (var document = Loader.loadPDF(temp.toFile())) {
                return new PDFTextStripper().getText(document);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String docx(InputStream content) throws IOException {
        try (var document = new XWPFDocument(content); var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String pptx(InputStream content) throws IOException {
        try (var show = new XMLSlideShow(content); var extractor = new SlideShowExtractor<>(show)) {
            return extractor.getText();
        }
    }

}
