package bg.libpartners.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentInspectorTest {

    @TempDir
    Path dir;

    final ContentInspector inspector = new ContentInspector();

    @Test
    void refusesAnExecutableRenamedToPdf() throws Exception {
        var file = write("mz.bin", TestFiles.windowsExecutable());
        assertThatThrownBy(() -> inspector.inspect(file, "brochure.pdf", FileKind.ALL))
                .isInstanceOf(RefusedFileException.class)
                .satisfies(e -> assertThat(((RefusedFileException) e).getMessageKey())
                        .isIn("material.file.executable", "material.file.disguised"));
    }

    @Test
    void refusesTextPretendingToBeAnImage() throws Exception {
        var file = write("fake", "това не е снимка".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> inspector.inspect(file, "photo.png", FileKind.IMAGES))
                .isInstanceOf(RefusedFileException.class);
    }

    @Test
    void refusesAShellScript() throws Exception {
        var file = write("s", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> inspector.inspect(file, "notes.txt", FileKind.ALL))
                .isInstanceOf(RefusedFileException.class);
    }

    @Test
    void acceptsRealPdfDocxAndPng() throws Exception {
        assertThat(inspector
                        .inspect(write("a", TestFiles.pdf("Партньорство")), "a.pdf", FileKind.ALL)
                        .kind())
                .isEqualTo(FileKind.DOCUMENT);
        assertThat(inspector
                        .inspect(write("b", TestFiles.docx("Читалище")), "b.docx", FileKind.ALL)
                        .mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(inspector
                        .inspect(write("c", TestFiles.png()), "c.png", FileKind.IMAGES)
                        .kind())
                .isEqualTo(FileKind.IMAGE);
    }

    @Test
    void refusesAZipRenamedToDocx() throws Exception {
        var zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        var file = write("z", zip.toByteArray());
        assertThatThrownBy(() -> inspector.inspect(file, "report.docx", FileKind.ALL))
                .isInstanceOf(RefusedFileException.class);
    }

    @Test
    void refusesAnImageWhoseHeaderClaimsMoreThanFortyMegapixels() throws Exception {
        var file = write("huge.png", TestFiles.pngClaiming(20_000, 20_000));
        assertThatThrownBy(() -> inspector.inspect(file, "huge.png", FileKind.IMAGES))
                .isInstanceOfSatisfying(RefusedFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("material.file.tooManyPixels");
                    assertThat(e.getArgs()).containsExactly(20_000, 20_000, 40L);
                });
        assertThat(inspector
                        .inspect(write("fine.png", TestFiles.pngClaiming(6_000, 4_000)), "fine.png", FileKind.IMAGES)
                        .kind())
                .isEqualTo(FileKind.IMAGE);
    }

    @Test
    void flagsArchivesAndOfficeFilesWithMacrosAsActiveContent() throws Exception {
        var macros = TestFiles.withEntry(TestFiles.docx("Макроси"), "word/vbaProject.bin", new byte[64]);
        var docm = inspector.inspect(write("m.docm", macros), "m.docm", FileKind.ALL);
        assertThat(docm.activeContent()).isTrue();
        assertThat(docm.kind()).isEqualTo(FileKind.DOCUMENT);
        // the same macros in a file called .docx are found by content
        assertThat(inspector
                        .inspect(write("m.docx", macros), "m.docx", FileKind.ALL)
                        .activeContent())
                .isTrue();
        assertThat(inspector.inspect(write("a.zip", TestFiles.zip()), "a.zip", FileKind.ALL))
                .satisfies(d -> assertThat(d.kind()).isEqualTo(FileKind.ARCHIVE))
                .satisfies(d -> assertThat(d.activeContent()).isTrue());
        assertThat(inspector
                        .inspect(write("plain.docx", TestFiles.docx("Без макроси")), "plain.docx", FileKind.ALL)
                        .activeContent())
                .isFalse();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        var file = dir.resolve(name);
        Files.copy(new ByteArrayInputStream(bytes), file);
        return file;
    }
}
