package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.ImportReport.Outcome;
import bg.libpartners.directory.ImportReport.RowOutcome;
import bg.libpartners.directory.SpreadsheetReader.Line;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exact points from a file (issue #18): a CSV (UTF-8, ";" or ",") or XLSX whose columns are a key — the register
 * number, the EIK or the directory's id, chosen by mapping that column — and the latitude and longitude in decimal
 * degrees ("42,6977" or "42.6977", the two columns in either order). Upload, map (guessed from the headers), preview,
 * commit, as the partner import; {@link CoordinateRowChecker} says which rows are rejected and what is warned of.
 *
 * <p>A commit writes every accepted row (its point, with the source {@link PositionSource#IMPORT}) and none of the
 * rejected ones, in one transaction, against the directory as it is then: the rows are independent, so one unknown
 * key does not hold back a thousand good points, and the report names each row left out. A row whose organisation is
 * at that exact point already is unchanged, so importing the same file again writes nothing. Admins import any row,
 * coordinators the rows of organisations in their oblasts; a batch belongs to the person who uploaded it.
 */
@Service
public class CoordinateImport {

    public static final String KIND = "coordinates";

    /** The uploaded table and the mapping chosen for it, as the batch stores them. */
    record Upload(
            String fileName, List<String> headers, List<Line> lines, boolean cp1251, Map<String, String> mapping) {}

    /** What the mapping form shows: the file's headers and the mapping (field key → header) so far. */
    public record Mapping(String batchId, String fileName, List<String> headers, Map<String, String> mapping) {}

    private final CoordinateRowChecker rows;
    private final PositionService positions;
    private final ImportBatches batches;
    private final JsonMapper json;

    CoordinateImport(CoordinateRowChecker rows, PositionService positions, ImportBatches batches, JsonMapper json) {
        this.rows = rows;
        this.positions = positions;
        this.batches = batches;
        this.json = json;
    }

    /** Reads the file (refusing a bad one before anything is stored) and keeps it with a first guess of the mapping. */
    @Transactional
    public Mapping upload(byte[] file, String fileName, Long userId) {
        var table = SpreadsheetReader.read(file);
        var upload = new Upload(
                fileName, table.headers(), table.lines(), table.cp1251(), CoordinateField.guess(table.headers()));
        var id = batches.save(KIND, fileName, userId, table.lines().size(), json.writeValueAsString(upload));
        return mapping(id, upload);
    }

    @Transactional(readOnly = true)
    public Mapping mapping(String batchId, CurrentUser me) {
        return mapping(batchId, load(batchId, me));
    }

    public boolean isCoordinateBatch(String batchId) {
        return batches.find(batchId).filter(b -> b.kind().equals(KIND)).isPresent();
    }

    /** Keeps the mapping with the batch and says what a commit would do; nothing else is stored. */
    @Transactional
    public ImportReport preview(String batchId, Map<String, String> mapping, CurrentUser me) {
        var upload = load(batchId, me);
        var mapped = new Upload(
                upload.fileName(),
                upload.headers(),
                upload.lines(),
                upload.cp1251(),
                checked(mapping, upload.headers()));
        batches.updatePayload(batchId, json.writeValueAsString(mapped));
        return report(batchId, mapped, rows.check(mapped, me), false);
    }

    /** Writes the accepted rows of a previewed batch, checked again against what is stored now. */
    @Transactional
    public ImportReport commit(String batchId, CurrentUser me) {
        var upload = load(batchId, me);
        if (upload.mapping() == null || upload.mapping().isEmpty()) {
            throw new BadRequestException("mapping", "directory.import.coordinates.error.mappingKey");
        }
        var checked = rows.check(upload, me);
        if (!batches.markCommitted(batchId)) {
            throw new ConflictException("directory.import.error.committed");
        }
        var report = report(batchId, upload, checked, true);
        var moved = new ArrayList<Long>();
        for (var row : checked.rows()) {
            if (changes(row)) {
                moved.addAll(positions.move(row.organisation(), row.lat(), row.lon(), PositionSource.IMPORT));
            }
        }
        positions.announce(moved, PositionSource.IMPORT);
        return report;
    }

    /**
     * The API in one call: upload with a mapping (or the guess when there is none), preview, and commit when asked;
     * otherwise the batch waits for its commit.
     */
    @Transactional
    public ImportReport importFile(
            byte[] file, String fileName, Map<String, String> mapping, boolean commit, CurrentUser me) {
        var uploaded = upload(file, fileName, me.id());
        var chosen = mapping == null || mapping.isEmpty() ? uploaded.mapping() : mapping;
        var report = preview(uploaded.batchId(), chosen, me);
        return commit ? commit(uploaded.batchId(), me) : report;
    }

    /** An exact point already there stays as it is (and keeps its source); an approximate one becomes exact. */
    private static boolean changes(CoordinateRowChecker.Accepted row) {
        var o = row.organisation();
        return !o.isAt(row.lat(), row.lon())
                || o.getPositionSource() == null
                || o.getPositionSource().approximate();
    }

    private Upload load(String batchId, CurrentUser me) {
        return json.readValue(batches.own(batchId, KIND, me, false).payload(), Upload.class);
    }

    private static Mapping mapping(String id, Upload upload) {
        return new Mapping(id, upload.fileName(), upload.headers(), upload.mapping());
    }

    /** Field key → header, blank choices left out: exactly one key, both coordinates, known fields and headers. */
    static Map<String, String> checked(Map<String, String> mapping, List<String> headers) {
        Map<String, String> result = new LinkedHashMap<>();
        for (var e : (mapping == null ? Map.<String, String>of() : mapping).entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            var field = CoordinateField.byKey(e.getKey());
            if (field == null) {
                throw new BadRequestException("mapping", "directory.import.error.mappingField", e.getKey());
            }
            if (!headers.contains(e.getValue())) {
                throw new BadRequestException("mapping", "directory.import.error.mappingColumn", e.getValue());
            }
            result.put(field.key(), e.getValue());
        }
        if (result.keySet().stream()
                        .map(CoordinateField::byKey)
                        .filter(CoordinateField::identifies)
                        .count()
                != 1) {
            throw new BadRequestException("mapping", "directory.import.coordinates.error.mappingKey");
        }
        if (!result.containsKey(CoordinateField.LAT.key()) || !result.containsKey(CoordinateField.LON.key())) {
            throw new BadRequestException("mapping", "directory.import.coordinates.error.mappingLatLon");
        }
        if (result.get(CoordinateField.LAT.key()).equals(result.get(CoordinateField.LON.key()))) {
            throw new BadRequestException("mapping", "directory.import.coordinates.error.mappingSame");
        }
        return result;
    }

    private static ImportReport report(
            String batchId, Upload upload, CoordinateRowChecker.Checked checked, boolean committed) {
        List<RowOutcome> outcomes = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (var row : checked.rows()) {
            boolean changes = changes(row);
            if (changes) {
                updated++;
            } else {
                unchanged++;
            }
            outcomes.add(new RowOutcome(
                    row.row(), row.key(), row.organisation().getName(), changes ? Outcome.UPDATE : Outcome.UNCHANGED));
        }
        checked.rejected().stream()
                .map(ImportReport.Issue::row)
                .distinct()
                .forEach(r ->
                        outcomes.add(new RowOutcome(r, checked.rejectedKeys().get(r), null, Outcome.REJECT)));
        outcomes.sort(Comparator.comparingInt(RowOutcome::row));
        var rejected = new ArrayList<>(checked.rejected());
        rejected.sort(Comparator.comparingInt(ImportReport.Issue::row));
        var warnings = new ArrayList<>(checked.warnings());
        warnings.sort(Comparator.comparingInt(ImportReport.Issue::row));
        return new ImportReport(
                batchId,
                KIND,
                upload.fileName(),
                committed,
                checked.total(),
                0,
                updated,
                unchanged,
                rejected,
                warnings,
                outcomes);
    }
}
