package bg.libpartners.agreement;

import bg.libpartners.platform.RenderLimit;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The agreement as PDF (the {@code agreement/pdf} template rendered by openhtmltopdf in DejaVu Sans, so Cyrillic
 * renders anywhere) and as DOCX (Apache POI), always in Bulgarian: it is a legal document under Bulgarian law.
 */
@Component
class AgreementDocumentRenderer {

    static final Locale BG = Locale.forLanguageTag("bg");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final RenderLimit renders;

    AgreementDocumentRenderer(ITemplateEngine templates, MessageSource messages, RenderLimit renders) {
        this.templates = templates;
        this.messages = messages;
        this.renders = renders;
    }

    void pdf(AgreementService.VersionView version, OutputStream out) {
        var context = new Context(BG);
        context.setVariable("v", version);
        context.setVariable("t", version.text());
        context.setVariable("leadLine", leadLine(version.text()));
        var html = templates.process("agreement/pdf", context);
        renders.run(() -> bg.libpartners.platform.PdfPages.render(html, out));
    }

    void docx(AgreementService.VersionView version, OutputStream out) {
        var t = version.text();
        try (var doc = new XWPFDocument()) {
            var title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            var run = title.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(msg("agreement.doc.title"));
            para(doc, msg("agreement.doc.versionLine", version.number()), false);
            para(doc, msg("agreement.doc.today"), false);
            heading(doc, msg("agreement.doc.parties"));
            para(doc, leadLine(t), false);
            int n = 2;
            for (var s : t.parties()) {
                para(
                        doc,
                        msg("agreement.doc.partyLine", n++, s.name(), dash(s.eik()), dash(s.representative())),
                        false);
            }
            heading(doc, msg("agreement.doc.subject"));
            para(doc, msg("agreement.doc.subjectLine", t.title()), false);
            para(doc, msg("agreement.doc.need") + " " + dash(t.need()), false);
            para(doc, msg("agreement.doc.goals") + " " + dash(t.goals()), false);
            heading(doc, msg("agreement.doc.obligations"));
            for (var s : t.sides()) {
                para(doc, s.name(), true);
                para(doc, msg("agreement.doc.role") + " " + dash(s.role()), false);
                para(doc, msg("agreement.doc.responsibilities") + " " + dash(s.responsibilities()), false);
                para(doc, msg("agreement.doc.contributions") + " " + contributions(s.contributions()), false);
                para(doc, msg("agreement.doc.benefits") + " " + dash(s.benefits()), false);
            }
            heading(doc, msg("agreement.doc.finance"));
            for (var s : t.sides()) {
                if (s.moneyEur() != null && s.moneyEur().signum() > 0) {
                    para(doc, msg("agreement.doc.moneyLine", s.name(), money(s.moneyEur())), false);
                }
            }
            para(doc, msg("agreement.doc.total", money(t.totalMoney())), false);
            para(doc, msg("agreement.doc.sharedCosts") + " " + dash(t.sharedCosts()), false);
            para(doc, msg("agreement.doc.sharedPremises") + " " + dash(t.sharedPremises()), false);
            heading(doc, msg("agreement.doc.duration"));
            para(doc, msg("agreement.doc.durationLine", date(t.startDate()), date(t.endDate())), false);
            heading(doc, msg("agreement.doc.communication"));
            para(doc, msg("agreement.doc.channels") + " " + dash(t.channels()), false);
            para(doc, msg("agreement.doc.meetings") + " " + dash(t.meetingRhythm()), false);
            para(doc, msg("agreement.doc.reporting") + " " + dash(t.reporting()), false);
            para(doc, msg("agreement.doc.evaluation") + " " + dash(t.evaluation()), false);
            heading(doc, msg("agreement.doc.termination"));
            para(doc, msg("agreement.doc.terminationText"), false);
            heading(doc, msg("agreement.doc.signatures"));
            for (var s : t.sides()) {
                para(
                        doc,
                        s.name() + (s.representative() == null ? "" : " (" + s.representative() + ")")
                                + ": ____________________",
                        false);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lead's line in the parties section: who signs, for which library, represented by whom. */
    String leadLine(AgreementText t) {
        var lead = t.lead();
        return msg(
                "agreement.doc.leadLine",
                lead.name(),
                dash(lead.eik()),
                dash(lead.place()),
                t.leadUnit() == null ? "" : msg("agreement.doc.leadUnit", t.leadUnit()),
                dash(lead.representative()));
    }

    private void heading(XWPFDocument doc, String text) {
        var p = doc.createParagraph();
        p.setSpacingBefore(200);
        var r = p.createRun();
        r.setBold(true);
        r.setFontSize(13);
        r.setText(text);
    }

    private static void para(XWPFDocument doc, String text, boolean bold) {
        var r = doc.createParagraph().createRun();
        r.setBold(bold);
        r.setText(text);
    }

    private String contributions(List<String> codes) {
        return codes.isEmpty()
                ? "—"
                : String.join(
                        ", ",
                        codes.stream()
                                .map(c -> messages.getMessage("taxonomy.Contribution." + c, null, c, BG))
                                .toList());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, BG);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "0,00" : String.format(BG, "%,.2f", amount);
    }

    static String date(java.time.LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
