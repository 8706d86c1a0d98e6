package bg.libpartners.practice;

import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.RenderLimit;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A brochure of chosen good practices as PDF: a cover, the contents and a page or two per practice with its
 * pictures. Laid out by the {@code practice/brochure} template and set in DejaVu Sans, so Cyrillic renders on any
 * machine.
 */
@Component
public class BrochureRenderer {

    public static final int MAX_PRACTICES = 40;
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final PracticeService practices;
    private final ITemplateEngine templates;
    private final RenderLimit renders;

    BrochureRenderer(PracticeService practices, ITemplateEngine templates, RenderLimit renders) {
        this.practices = practices;
        this.templates = templates;
        this.renders = renders;
    }

    /**
     * Writes the brochure of the given published practices, in the order given. More than {@value #MAX_PRACTICES}
     * are refused before anything is loaded; the pictures are read, inlined and laid out only once a render permit
     * is held, so no more brochures hold their pictures in memory at once than there are permits.
     */
    public void render(List<Long> ids, Locale locale, OutputStream out) {
        var wanted = ids == null ? List.<Long>of() : ids.stream().distinct().toList();
        if (wanted.size() > MAX_PRACTICES) {
            throw new BadRequestException("id", "practice.brochure.tooMany", MAX_PRACTICES, wanted.size());
        }
        var chosen = practices.published(wanted);
        if (chosen.isEmpty()) {
            throw new BadRequestException("id", "practice.brochure.empty");
        }
        renders.run(() -> {
            var context = new Context(locale);
            context.setVariable("practices", chosen);
            context.setVariable("images", images(chosen));
            context.setVariable("today", LocalDate.now());
            var countries = new java.util.HashMap<String, String>();
            chosen.forEach(p -> countries.put(p.country(), new Locale("", p.country()).getDisplayCountry(locale)));
            context.setVariable("countries", countries);
            var html = templates.process("practice/brochure", context);
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(html, "about:blank");
            builder.toStream(out);
            builder.run();
        });
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(
                () -> BrochureRenderer.class.getResourceAsStream(FONTS + file), "DejaVu Sans", weight, style, true);
    }

    /** Up to two pictures per practice, inlined as data URIs so the renderer needs no access to the store. */
    private Map<Long, List<String>> images(List<PracticeView> chosen) {
        var images = new LinkedHashMap<Long, List<String>>();
        for (var practice : chosen) {
            var uris = new ArrayList<String>();
            for (var image : practice.images().stream().limit(2).toList()) {
                try (InputStream in = practices.open(image.sha256())) {
                    uris.add("data:" + image.mediaType() + ";base64,"
                            + Base64.getEncoder().encodeToString(in.readAllBytes()));
                } catch (IOException | UncheckedIOException missing) {
                    // a picture lost from the store leaves a gap, not a failed brochure
                }
            }
            images.put(practice.id(), uris);
        }
        return images;
    }
}
