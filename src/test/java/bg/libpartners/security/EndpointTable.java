package bg.libpartners.security;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The expected-outcome table {@code security/role-endpoints.csv}: one row per handler mapping (method and path
 * pattern), one outcome class per actor, and a note; see {@code security/README.md}.
 */
record EndpointTable(List<Row> rows) {

    static final String RESOURCE = "security/role-endpoints.csv and security/role-endpoints/*.csv";
    static final List<String> ACTORS = List.of(
            "anonymous",
            "admin",
            "coordinator",
            "coordinator_other",
            "librarian",
            "librarian_other",
            "board",
            "partner",
            "expert");
    static final List<String> OUTCOMES = List.of("ok", "login", "forbidden", "notfound");
    static final String PENDING = "pending-fix";

    /** A mapping and what each actor must get; {@code pending} rows are run and reported but do not fail. */
    record Row(String line, String method, String path, Map<String, String> expected, String note) {

        String key() {
            return method + " " + path;
        }

        boolean pending() {
            return note.startsWith(PENDING);
        }
    }

    /**
     * Reads the table: the shared file and one file per module under {@code security/role-endpoints/} (each module
     * keeps its own rows, with the same header), in the order of their names.
     */
    static EndpointTable load() {
        var format = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        var rows = new java.util.ArrayList<Row>();
        try {
            var files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:security/role-endpoints.csv");
            var modules = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:security/role-endpoints/*.csv");
            java.util.Arrays.sort(modules, java.util.Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (var file : java.util.stream.Stream.concat(
                            java.util.Arrays.stream(files), java.util.Arrays.stream(modules))
                    .toList()) {
                try (var in = file.getInputStream();
                        var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                        var parser = format.parse(reader)) {
                    parser.stream().map(r -> row(file.getFilename(), r)).forEach(rows::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EndpointTable(List.copyOf(rows));
    }

    private static Row row(String file, CSVRecord record) {
        var expected = new LinkedHashMap<String, String>();
        for (var actor : ACTORS) {
            var outcome = record.get(actor);
            if (!OUTCOMES.contains(outcome)) {
                throw new IllegalArgumentException(file + " line " + record.getRecordNumber() + ": " + actor + " is '"
                        + outcome + "', not one of " + OUTCOMES);
            }
            expected.put(actor, outcome);
        }
        var note = record.isMapped("note") && record.isSet("note") ? record.get("note") : "";
        return new Row(file + ":" + record.getRecordNumber(), record.get("method"), record.get("path"), expected, note);
    }
}
