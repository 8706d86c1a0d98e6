package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.Directory;
import bg.libpartners.platform.RenderLimit;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The grant agreement (Договор за безвъзмездно финансиране) as PDF (the {@code funding/grant-pdf} template laid out
 * by openhtmltopdf in DejaVu Sans) and DOCX (Apache POI), always in Bulgarian, like the cooperation agreement: the
 * programme and the beneficiary (the chitalishte that holds the library signs for it), the project, the amount,
 * the co-financing, the period, the tranches and the reports due.
 */
@Service
public class GrantDocumentRenderer {

    /** What the agreement says. */
    public record Text(
            GrantService.GrantView grant,
            String beneficiary,
            String beneficiaryEik,
            String place,
            String library,
            List<String> partners,
            String date) {}

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final GrantService grants;
    private final Directory directory;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final RenderLimit renders;
    private final bg.libpartners.partnership.PartnershipCatalog partnerships;
    private final FundingFormat format;

    GrantDocumentRenderer(
            GrantService grants,
            Directory directory,
            ITemplateEngine templates,
            MessageSource messages,
            RenderLimit renders,
            bg.libpartners.partnership.PartnershipCatalog partnerships,
            FundingFormat format) {
        this.format = format;
        this.grants = grants;
        this.directory = directory;
        this.templates = templates;
        this.messages = messages;
        this.renders = renders;
        this.partnerships = partnerships;
    }

    @Transactional(readOnly = true)
    public Text text(CurrentUser me, long id) {
        var g = grants.get(me, id);
        var library = directory.find(g.libraryId());
        var signer = directory.holderOf(g.libraryId()).orElse(library);
        List<String> partners = g.partnershipId() == null
                ? List.of()
                : partnerships.findUnchecked(g.partnershipId()).parties().stream()
                        .map(p -> p.organisationName())
                        .toList();
        return new Text(
                g,
                signer.name(),
                signer.eik(),
                library.settlementName(),
                library.name(),
                partners,
                DATE.format(g.startsOn()));
    }

    public void pdf(Text text, OutputStream out) {
        var context = new Context(Money.BG);
        context.setVariable("t", text);
        context.setVariable("g", text.grant());
        context.setVariable("f", format);
        var html = templates.process("funding/grant-pdf", context);
        renders.run(() -> bg.libpartners.platform.PdfPages.render(html, out));
    }

    public void docx(Text t, OutputStream out) {
        var g = t.grant();
        try (var doc = new XWPFDocument()) {
            var title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            var run = title.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(msg("funding.doc.title"));
            para(doc, msg("funding.doc.number", g.number(), t.date()), false);
            heading(doc, msg("funding.doc.parties"));
            para(doc, msg("funding.doc.grantor"), false);
            para(
                    doc,
                    msg(
                            "funding.doc.beneficiary",
                            t.beneficiary(),
                            dash(t.beneficiaryEik()),
                            dash(t.place()),
                            t.library()),
                    false);
            if (!t.partners().isEmpty()) {
                para(doc, msg("funding.doc.partners", String.join(", ", t.partners())), false);
            }
            heading(doc, msg("funding.doc.subject"));
            para(doc, msg("funding.doc.subjectLine", g.title(), g.callTitle()), false);
            heading(doc, msg("funding.doc.money"));
            para(doc, msg("funding.doc.amount", Money.format(g.amount())), false);
            para(doc, msg("funding.doc.cofinancing", Money.format(g.cofinanced())), false);
            heading(doc, msg("funding.doc.period"));
            para(doc, msg("funding.doc.periodLine", DATE.format(g.startsOn()), DATE.format(g.endsOn())), false);
            heading(doc, msg("funding.doc.tranches"));
            for (var tr : g.tranches()) {
                para(
                        doc,
                        msg(
                                tr.afterFinal() ? "funding.doc.trancheFinal" : "funding.doc.trancheAdvance",
                                tr.seq(),
                                tr.share().stripTrailingZeros().toPlainString(),
                                Money.format(tr.amount()),
                                DATE.format(tr.dueOn())),
                        false);
            }
            heading(doc, msg("funding.doc.reports"));
            para(doc, msg("funding.doc.reportsText", DATE.format(g.endsOn())), false);
            heading(doc, msg("funding.doc.signatures"));
            para(doc, msg("funding.doc.grantorSign") + ": ____________________", false);
            para(doc, t.beneficiary() + ": ____________________", false);
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Money.BG);
    }

    static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    public static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }
}
