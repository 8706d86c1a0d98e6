package bg.libpartners.event;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.RenderLimit;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable sign-in sheet of an event (PDF, A4, in Bulgarian): the event, then one row per registered person
 * with space to sign, and empty rows for those who come without registering. Set in DejaVu Sans like the
 * agreements and brochures, so Cyrillic renders on any machine; laid out within the shared {@link RenderLimit}.
 */
@Component
public class SignInSheetRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    static final int EMPTY_ROWS = 8;

    private final Events events;
    private final Registrations registrations;
    private final EventAccess access;
    private final EventReads reads;
    private final ITemplateEngine templates;
    private final RenderLimit renders;

    SignInSheetRenderer(
            Events events,
            Registrations registrations,
            EventAccess access,
            EventReads reads,
            ITemplateEngine templates,
            RenderLimit renders) {
        this.events = events;
        this.registrations = registrations;
        this.access = access;
        this.reads = reads;
        this.templates = templates;
        this.renders = renders;
    }

    /** The sheet's HTML, built in a read transaction; only the organisers may print it (names and e-mails). */
    @Transactional(readOnly = true)
    public String html(CurrentUser me, long eventId, Locale locale) {
        var event = events.findById(eventId).orElseThrow(() -> EventService.notFound(eventId));
        if (!access.mayManage(me, event)) {
            throw new AccessDeniedException("event " + eventId);
        }
        var context = new Context(locale);
        context.setVariable("event", reads.view(event, true));
        context.setVariable("when", EventTimes.format(event.getStartsAt()));
        context.setVariable(
                "people",
                registrations.findByEventIdAndStatusOrderByPosition(eventId, RegistrationStatus.REGISTERED).stream()
                        .map(r -> RegistrationView.of(r, null))
                        .toList());
        context.setVariable(
                "empty",
                java.util.stream.IntStream.rangeClosed(1, EMPTY_ROWS).boxed().toList());
        return templates.process("event/sheet", context);
    }

    public void render(String html, OutputStream out) {
        renders.run(() -> {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSans.ttf", 400);
            font(builder, "DejaVuSans-Bold.ttf", 700);
            builder.withHtmlContent(html, "about:blank");
            builder.toStream(out);
            builder.run();
        });
    }

    private static void font(PdfRendererBuilder builder, String file, int weight) {
        builder.useFont(
                () -> SignInSheetRenderer.class.getResourceAsStream(FONTS + file),
                "DejaVu Sans",
                weight,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }
}
