package bg.libpartners.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;

/** XHTML to PDF with the DejaVu fonts (Cyrillic), the one way the modules' documents are rendered. */
public final class PdfPages {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private PdfPages() {}

    public static void render(String html, OutputStream out) throws IOException {
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSans.ttf", 400);
        font(builder, "DejaVuSans-Bold.ttf", 700);
        builder.withHtmlContent(html, "about:blank");
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight) {
        builder.useFont(
                () -> PdfPages.class.getResourceAsStream(FONTS + file),
                "DejaVu Sans",
                weight,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }
}
