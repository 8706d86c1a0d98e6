package bg.libpartners.directory;

import bg.libpartners.platform.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Any filtered list of organisations as CSV (UTF-8 with a byte-order mark, so Excel reads Cyrillic) or XLSX. A cell
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is written with a
 * leading apostrophe.
 */
@Service
public class OrganisationExport {

    static final int MAX_ROWS = 500_000;
    private static final int PAGE = 1000;
    private static final String[] COLUMNS = {
        "id",
        "kind",
        "type",
        "name",
        "eik",
        "settlement",
        "ekatte",
        "municipality",
        "oblast",
        "lat",
        "lon",
        "position_source",
        "status",
        "strategic"
    };

    private final OrganisationSearch search;
    private final MessageSource messages;

    OrganisationExport(OrganisationSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    public void csv(SearchFilter filter, Locale locale, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(writer)) {
            rows(filter, locale, row -> {
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public void xlsx(SearchFilter filter, Locale locale, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("organisations");
            var header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                header.createCell(i).setCellValue(COLUMNS[i]);
            }
            int[] next = {1};
            rows(filter, locale, row -> {
                var r = sheet.createRow(next[0]++);
                for (int i = 0; i < row.size(); i++) {
                    r.createCell(i).setCellValue(row.get(i));
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    private void rows(SearchFilter filter, Locale locale, Consumer<List<String>> sink) {
        int page = 0;
        int written = 0;
        while (written < MAX_ROWS) {
            var hits = search.uncached(
                            OrganisationSearch.normalise(filter),
                            PageRequest.of(page++, PAGE),
                            false,
                            Integer.MAX_VALUE)
                    .page();
            for (var o : hits.getContent()) {
                sink.accept(row(o, locale));
                written++;
            }
            if (!hits.hasNext()) {
                break;
            }
        }
    }

    private List<String> row(OrganisationSummary o, Locale locale) {
        var cells = new ArrayList<String>();
        cells.add(String.valueOf(o.id()));
        cells.add(label("directory.kind." + o.kind(), locale));
        cells.add(label(TypeLabels.key(o.type()), locale));
        cells.add(o.name());
        cells.add(o.eik());
        cells.add(o.settlementName());
        cells.add(o.ekatte());
        cells.add(o.municipalityName());
        cells.add(o.oblastName());
        cells.add(o.lat() == null ? "" : o.lat().toString());
        cells.add(o.lon() == null ? "" : o.lon().toString());
        cells.add(o.positionSource() == null ? "" : label("directory.position." + o.positionSource(), locale));
        cells.add(o.status() == null ? "" : label("directory.status." + o.status(), locale));
        cells.add(o.strategic() == null ? "" : label("directory.strategic." + o.strategic(), locale));
        return cells.stream().map(CsvCells::neutralise).toList();
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
