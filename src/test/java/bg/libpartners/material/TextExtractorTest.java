package bg.libpartners.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Extraction is bounded: out of time or memory refuses the file with a message, a broken file gives no text. */
class TextExtractorTest {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    final TextExtractor extractor = new TextExtractor(Duration.ofSeconds(60));
    final TextExtractor impatient = new TextExtractor(Duration.ofMillis(200));

    @Test
    void readsTheWordsOfAPdfAndADocx() throws Exception {
        var pdf = TestFiles.pdf("Партньорство с училището");
        assertThat(extractor.extract(new ByteArrayInputStream(pdf), PDF, pdf.length))
                .contains("Партньорство");
        var docx = TestFiles.docx("Читалище „Светлина“");
        assertThat(extractor.extract(new ByteArrayInputStream(docx), DOCX, docx.length))
                .contains("Светлина");
    }

    @Test
    void anExtractionThatDoesNotFinishInTimeRefusesTheFile() {
        var never = new CountDownLatch(1);
        assertThatThrownBy(() -> impatient.bounded(
                        () -> {
                            never.await();
                            return "never";
                        },
                        PDF))
                .isInstanceOfSatisfying(RefusedFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("material.file.extractTimeout");
                    assertThat(e.getParameter()).isEqualTo("file");
                });
    }

    @Test
    void anExtractionThatRunsOutOfMemoryRefusesTheFile() {
        assertThatThrownBy(() -> extractor.bounded(
                        () -> {
                            throw new OutOfMemoryError("Java heap space");
                        },
                        PDF))
                .isInstanceOfSatisfying(
                        RefusedFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("material.file.extractMemory"));
    }

    @Test
    void aBrokenFileGivesNoTextAndNoError() {
        var broken = "%PDF-1.7 not really".getBytes();
        assertThat(extractor.extract(new ByteArrayInputStream(broken), PDF, broken.length))
                .isNull();
    }

    @Test
    void aDocxThatUnpacksToAZipBombIsRefused() throws Exception {
        var bomb = TestFiles.withEntry(TestFiles.docx("Бомба"), "word/media/filler.bin", new byte[16 * 1024 * 1024]);
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(bomb), DOCX, bomb.length))
                .isInstanceOfSatisfying(
                        RefusedFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("material.file.zipBomb"));
    }
}
