package bg.libpartners.material;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files for upload tests. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf(String text) throws IOException {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            var font = PDType0Font.load(
                    document, TestFiles.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"));
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String text) throws IOException {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] png() throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The start of a Windows executable: "MZ", a DOS stub and a PE header. */
    public static byte[] windowsExecutable() {
        var bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        var stub = "This program cannot be run in DOS mode.".getBytes();
        System.arraycopy(stub, 0, bytes, 0x4e, stub.length);
        return bytes;
    }

    /** The same ZIP (an XLSX, a DOCX) with one more entry, e.g. megabytes of zeros that pack to almost nothing. */
    public static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
                var copy = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                copy.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new java.util.zip.ZipEntry(name));
            copy.write(content);
            copy.closeEntry();
        }
        return out.toByteArray();
    }

    /** A PNG whose header claims {@code width} × {@code height} pixels (its few bytes decode to far less). */
    public static byte[] pngClaiming(int width, int height) throws IOException {
        var bytes = png();
        var header = java.nio.ByteBuffer.wrap(bytes);
        header.putInt(16, width).putInt(20, height); // IHDR data starts after the signature, length and type
        var crc = new java.util.zip.CRC32();
        crc.update(bytes, 12, 17); // the chunk type and its 13 data bytes
        header.putInt(29, (int) crc.getValue());
        return bytes;
    }

    /** A small ZIP archive with one text file. */
    public static byte[] zip() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("Материали за партньорството".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
