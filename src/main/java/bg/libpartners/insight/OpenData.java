package bg.libpartners.insight;

import bg.libpartners.platform.CsvCells;
import bg.libpartners.platform.NotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data catalogue: every module's {@link OpenDataset} bean, written as CSV (UTF-8, a header of the stable
 * column names, cells a spreadsheet would evaluate neutralised) or JSON (an object with the licence, the columns and
 * the rows as objects). Rows go to the response as the database gives them, so a file of millions of rows keeps the
 * heap flat. Licence CC BY 4.0.
 */
@Service
public class OpenData {

    public static final String LICENCE = "CC-BY-4.0";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    private final List<OpenDataset> datasets;
    private final JsonMapper json;

    OpenData(List<OpenDataset> datasets, JsonMapper json) {
        this.datasets = datasets.stream()
                .sorted(Comparator.comparing(OpenDataset::name))
                .toList();
        this.json = json;
    }

    public List<OpenDataset> datasets() {
        return datasets;
    }

    public OpenDataset dataset(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("insight.error.datasetNotFound", name));
    }

    public Optional<OpenDataset> find(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Its last change, or null when the module cannot tell (a failure to tell is not a failure of the page). */
    public static Instant lastUpdated(OpenDataset dataset) {
        try {
            return dataset.lastUpdated();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public void csv(OpenDataset dataset, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var printer = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(dataset.columns().stream()
                                    .map(OpenDataset.Column::name)
                                    .toArray(String[]::new))
                            .get());
            dataset.rows(row -> {
                try {
                    for (var value : row) {
                        printer.print(cell(value));
                    }
                    printer.println();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void json(OpenDataset dataset, OutputStream out) {
        var columns = dataset.columns();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("dataset", dataset.name());
            g.writeStringProperty("licence", LICENCE);
            g.writeStringProperty("licenceUrl", LICENCE_URL);
            var updated = lastUpdated(dataset);
            g.writeStringProperty("lastUpdated", updated == null ? null : updated.toString());
            g.writeArrayPropertyStart("columns");
            for (var c : columns) {
                g.writeStartObject();
                g.writeStringProperty("name", c.name());
                g.writeStringProperty("type", c.type());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("rows");
            dataset.rows(row -> {
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    var value = i < row.size() ? row.get(i) : null;
                    g.writeName(columns.get(i).name());
                    write(g, value);
                }
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void write(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(text(value));
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
        return CsvCells.neutralise(text(value));
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof Temporal t) {
            return t.toString();
        }
        return value.toString();
    }
}
