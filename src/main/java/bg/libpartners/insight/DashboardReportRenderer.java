package bg.libpartners.insight;

import bg.libpartners.platform.RenderLimit;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A dashboard as a report. XLSX: one sheet per section (POI's streaming workbook, a window of rows in memory), each
 * figure with its breakdown below it, numbers as numeric cells with a number format (euro with two decimals), never
 * as text; a first sheet says the scope, the filters and when the figures were computed. PDF: the same tables laid out
 * by the {@code insight/report} template, set in DejaVu Sans (Cyrillic on any machine); a yearly programme report is
 * the programme dashboard of one year with its own title.
 */
@Component
public class DashboardReportRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Sofia"));

    private final FigureFormat labels;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final RenderLimit renders;

    DashboardReportRenderer(
            FigureFormat labels, MessageSource messages, ITemplateEngine templates, RenderLimit renders) {
        this.labels = labels;
        this.messages = messages;
        this.templates = templates;
        this.renders = renders;
    }

    public void xlsx(Dashboard dashboard, Locale locale, OutputStream out) {
        var view = DashboardView.of(dashboard, labels, locale);
        try (var book = new SXSSFWorkbook(100)) {
            var bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.0"));
            CellStyle euro = book.createCellStyle();
            euro.setDataFormat(book.createDataFormat().getFormat("#,##0.00 \"€\""));
            CellStyle boldCount = book.createCellStyle();
            boldCount.cloneStyleFrom(count);
            boldCount.setFont(bold);
            CellStyle boldEuro = book.createCellStyle();
            boldEuro.cloneStyleFrom(euro);
            boldEuro.setFont(bold);

            var cover = book.createSheet(msg("insight.report.cover", locale));
            int r = 0;
            text(cover.createRow(r++), 0, title(dashboard, locale), header);
            for (var line : filters(dashboard, locale)) {
                text(cover.createRow(r++), 0, line, null);
            }
            text(
                    cover.createRow(r++),
                    0,
                    msg("insight.report.computedAt", locale) + " "
                            + (dashboard.computedAt() == null ? "" : AT.format(dashboard.computedAt())),
                    null);
            text(cover.createRow(r++), 0, msg("insight.licence", locale), null);
            cover.setColumnWidth(0, 90 * 256);

            Set<String> names = new HashSet<>();
            for (var section : view.sections()) {
                var sheet = book.createSheet(sheetName(section.label(), names));
                sheet.setColumnWidth(0, 60 * 256);
                sheet.setColumnWidth(1, 18 * 256);
                sheet.setColumnWidth(2, 18 * 256);
                int row = 0;
                var head = sheet.createRow(row++);
                text(head, 0, section.label(), header);
                text(head, 1, msg("insight.table.value", locale), header);
                text(head, 2, msg("insight.table.median", locale), header);
                if (section.unavailable()) {
                    text(sheet.createRow(row++), 0, msg("insight.unavailable", locale), null);
                }
                for (var f : section.figures()) {
                    boolean money = f.figure().unit() == Figure.Unit.EUR;
                    var line = sheet.createRow(row++);
                    text(line, 0, f.label(), header);
                    number(line, 1, f.figure().value(), money ? boldEuro : boldCount);
                    var median = dashboard.sections().stream()
                            .filter(s -> s.section().equals(section.code()))
                            .findFirst()
                            .map(s -> s.medians().get(f.key()))
                            .orElse(null);
                    if (median != null) {
                        number(line, 2, median, money ? euro : decimal);
                    }
                    for (var b : f.rows()) {
                        var sub = sheet.createRow(row++);
                        text(sub, 0, "    " + f.breakdownLabel() + ": " + b.label(), null);
                        number(sub, 1, b.raw(), money ? euro : count);
                    }
                }
            }
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void pdf(Dashboard dashboard, boolean yearly, Locale locale, OutputStream out) {
        var view = DashboardView.of(dashboard, labels, locale);
        renders.run(() -> {
            var context = new Context(locale);
            context.setVariable("view", view);
            context.setVariable(
                    "title",
                    yearly
                            ? msg(
                                    "insight.report.yearly",
                                    locale,
                                    dashboard.scope().year())
                            : title(dashboard, locale));
            context.setVariable("filters", filters(dashboard, locale));
            context.setVariable("computedAt", dashboard.computedAt() == null ? "" : AT.format(dashboard.computedAt()));
            var html = templates.process("insight/report", context);
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
                () -> DashboardReportRenderer.class.getResourceAsStream(FONTS + file),
                "DejaVu Sans",
                weight,
                BaseRendererBuilder.FontStyle.NORMAL,
                true);
    }

    String title(Dashboard dashboard, Locale locale) {
        return switch (dashboard.level()) {
            case "library" -> msg("insight.title.library", locale, dashboard.title());
            case "oblast" ->
                msg(
                        "insight.title.oblast",
                        locale,
                        labels.code("oblast", dashboard.scope().oblast(), locale));
            default -> msg("insight.title.programme", locale);
        };
    }

    java.util.List<String> filters(Dashboard dashboard, Locale locale) {
        var s = dashboard.scope();
        var out = new java.util.ArrayList<String>();
        if (s.municipality() != null) {
            out.add(msg("insight.filter.municipality", locale) + ": "
                    + labels.code("municipality", s.municipality(), locale));
        }
        if (s.partnerType() != null) {
            out.add(msg("insight.filter.partnerType", locale) + ": "
                    + labels.code("partnerType", s.partnerType(), locale));
        }
        out.add(msg("insight.filter.year", locale) + ": "
                + (s.year() == null ? msg("insight.filter.allYears", locale) : String.valueOf(s.year())));
        return out;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String sheetName(String label, Set<String> taken) {
        var base = WorkbookUtil.createSafeSheetName(label.length() > 28 ? label.substring(0, 28) : label);
        var name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }

    private static void text(org.apache.poi.ss.usermodel.Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(org.apache.poi.ss.usermodel.Row row, int column, Number value, CellStyle style) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
