package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.CsvCells;
import bg.libpartners.platform.SqlInstants;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every submitted answer of a campaign as XLSX (the plain questions on one sheet, one sheet per repeating section
 * with a row per block) or CSV (one row per answer). Rows are read with a streaming cursor and written through POI's
 * SXSSF, which keeps only a window of 100 rows in memory, so the heap stays flat however many answers there are.
 */
@Service
public class SurveyExport {

    static final String[] FIXED = {
        "organisation_id", "organisation", "kind", "oblast", "municipality", "settlement", "submitted_at"
    };

    private final SurveyReportService reports;
    private final SurveyAccess access;
    private final QuestionnaireService questionnaires;
    private final JdbcTemplate jdbc;
    private final SqlInstants instants;

    SurveyExport(
            SurveyReportService reports,
            SurveyAccess access,
            QuestionnaireService questionnaires,
            JdbcTemplate jdbc,
            SqlInstants instants) {
        this.reports = reports;
        this.access = access;
        this.questionnaires = questionnaires;
        this.jdbc = jdbc;
        this.instants = instants;
    }

    /** Checks who asks before a byte is written; the caller then streams with {@link #xlsx} or {@link #csv}. */
    @Transactional(readOnly = true)
    public Definition checked(CurrentUser me, long id) {
        var c = reports.load(id);
        access.checkManage(me, c);
        return questionnaires.definition(c.getQuestionnaireId());
    }

    @Transactional(readOnly = true)
    public void xlsx(long id, Definition d, Locale locale, OutputStream out) throws IOException {
        try (var wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            var plainKeys = d.sections().stream()
                    .filter(s -> !s.repeating())
                    .flatMap(s -> s.questions().stream())
                    .map(Definition.Question::key)
                    .toList();
            sheet(wb, safeName(d, null, locale), id, d, plainKeys, false, locale);
            for (var g : d.groups()) {
                sheet(
                        wb,
                        safeName(d, g, locale),
                        id,
                        d,
                        g.questions().stream().map(Definition.Question::key).toList(),
                        true,
                        locale);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private void sheet(
            SXSSFWorkbook wb, String name, long id, Definition d, List<String> keys, boolean group, Locale locale) {
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        int col = 0;
        for (var f : FIXED) {
            header.createCell(col++).setCellValue(f);
        }
        if (group) {
            header.createCell(col++).setCellValue("item");
        }
        Map<String, Integer> columnOf = new HashMap<>();
        for (var k : keys) {
            columnOf.put(k, col);
            header.createCell(col++)
                    .setCellValue(d.question(k)
                            .map(l -> l.question().label().in(locale))
                            .orElse(k));
        }
        int fixedCols = col - keys.size();
        int[] rowNo = {0};
        long[] current = {-1, -1};
        Row[] row = {null};
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(
                            "select r.id, a.item_index, i.organisation_id, i.organisation_name, i.kind,"
                                    + " i.oblast_code, i.municipality_code, i.settlement_name, r.submitted_at, a.question_key, a.answer"
                                    + " from survey_answer a join survey_response r on r.id = a.response_id"
                                    + " join survey_invitation i on i.id = r.invitation_id where r.campaign_id = ?"
                                    + " and r.status = 'SUBMITTED' and "
                                    + (group ? "a.item_index > 0" : "a.item_index = 0")
                                    + " order by r.id, a.item_index",
                            java.sql.ResultSet.TYPE_FORWARD_ONLY,
                            java.sql.ResultSet.CONCUR_READ_ONLY);
                    ps.setFetchSize(1000);
                    ps.setLong(1, id);
                    return ps;
                },
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    Integer c = columnOf.get(rs.getString(10));
                    if (c == null) {
                        return;
                    }
                    long response = rs.getLong(1);
                    long item = rs.getLong(2);
                    if (response != current[0] || item != current[1]) {
                        current[0] = response;
                        current[1] = item;
                        row[0] = sheet.createRow(++rowNo[0]);
                        row[0].createCell(0).setCellValue(rs.getLong(3));
                        row[0].createCell(1).setCellValue(CsvCells.neutralise(rs.getString(4)));
                        row[0].createCell(2).setCellValue(rs.getString(5));
                        row[0].createCell(3).setCellValue(nz(rs.getString(6)));
                        row[0].createCell(4).setCellValue(nz(rs.getString(7)));
                        row[0].createCell(5).setCellValue(nz(rs.getString(8)));
                        var at = instants.read(rs, 9);
                        row[0].createCell(6).setCellValue(at == null ? "" : SurveyFormat.instant(at));
                        if (group) {
                            row[0].createCell(fixedCols - 1).setCellValue(item);
                        }
                    }
                    String value = rs.getString(11);
                    row[0].createCell(c).setCellValue(CsvCells.neutralise(String.join("; ", AnswerStore.split(value))));
                });
    }

    /** One row per answer: organisation, section, item (0 for plain questions), question key and label, answer. */
    @Transactional(readOnly = true)
    public void csv(long id, Definition d, Locale locale, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        try (var csv = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "organisation_id",
                                "organisation",
                                "kind",
                                "oblast",
                                "municipality",
                                "section",
                                "item",
                                "question",
                                "label",
                                "answer")
                        .get())) {
            jdbc.query(
                    con -> {
                        var ps = con.prepareStatement(
                                "select i.organisation_id, i.organisation_name, i.kind, i.oblast_code,"
                                        + " i.municipality_code, a.item_index, a.question_key, a.answer from survey_answer a"
                                        + " join survey_response r on r.id = a.response_id join survey_invitation i"
                                        + " on i.id = r.invitation_id where r.campaign_id = ? and r.status = 'SUBMITTED'"
                                        + " order by r.id, a.item_index, a.question_key");
                        ps.setFetchSize(1000);
                        ps.setLong(1, id);
                        return ps;
                    },
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        var located = d.question(rs.getString(7));
                        try {
                            csv.printRecord(
                                    rs.getLong(1),
                                    CsvCells.neutralise(rs.getString(2)),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    located.map(l -> l.section().key()).orElse(""),
                                    rs.getInt(6),
                                    rs.getString(7),
                                    located.map(l -> l.question().label().in(locale))
                                            .orElse(""),
                                    CsvCells.neutralise(String.join("; ", AnswerStore.split(rs.getString(8)))));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }

    private static String safeName(Definition d, Definition.Section group, Locale locale) {
        String name = group == null ? "answers" : group.key();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static List<String> columns(Definition d) {
        return new ArrayList<>(List.of(FIXED));
    }
}
