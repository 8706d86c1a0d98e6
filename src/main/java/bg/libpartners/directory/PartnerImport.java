package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.ImportReport.Issue;
import bg.libpartners.directory.ImportReport.Outcome;
import bg.libpartners.directory.ImportReport.RowOutcome;
import bg.libpartners.directory.PartnerRowReader.PartnerRow;
import bg.libpartners.directory.SpreadsheetReader.Line;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.taxonomy.PartnerType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The general partner import: any CSV/XLSX, its columns mapped to {@link PartnerField}s (guessed from the headers
 * first), a preview that says what each row would do, then a commit. A row is found again by its valid EIK, else by
 * its normalised name, settlement and type, so importing the same file twice changes nothing. A commit is
 * all-or-nothing, as for the register: while any row is rejected it is refused, and the user fixes or removes those
 * rows in the file and uploads it again. Only mapped columns are written; an empty cell in a mapped column clears it.
 * A batch belongs to the person who uploaded it: nobody else maps, previews or commits it.
 */
@Service
public class PartnerImport {

    public static final String KIND = "partners";

    /** The uploaded table and the mapping chosen for it, as the batch stores them. */
    record Upload(
            String fileName,
            List<String> headers,
            List<Line> lines,
            boolean cp1251,
            Map<String, String> mapping,
            PartnerType defaultType,
            OrganisationKind kind,
            LibraryKind defaultLibraryKind) {

        /** Partners, or libraries outside the register (a table of libraries: TYPE is each one's kind). */
        boolean libraries() {
            return kind == OrganisationKind.LIBRARY;
        }
    }

    /**
     * What the mapping form shows: the file's headers and the mapping (field key → header) so far; {@code kind}
     * PARTNER or LIBRARY, what the table holds.
     */
    public record Mapping(
            String batchId,
            String fileName,
            List<String> headers,
            Map<String, String> mapping,
            PartnerType defaultType,
            OrganisationKind kind,
            LibraryKind defaultLibraryKind) {}

    private record Plan(
            Upload upload,
            int total,
            List<PartnerRow> rows,
            Map<Integer, Organisation> matches,
            List<Issue> rejected,
            List<Issue> warnings) {}

    private final PartnerRowReader partnerRows;
    private final PartnerWriter writer;
    private final Organisations organisations;
    private final ImportBatches batches;
    private final JsonMapper json;

    PartnerImport(
            PartnerRowReader partnerRows,
            PartnerWriter writer,
            Organisations organisations,
            ImportBatches batches,
            JsonMapper json) {
        this.partnerRows = partnerRows;
        this.writer = writer;
        this.organisations = organisations;
        this.batches = batches;
        this.json = json;
    }

    /** Reads the file (refusing a bad one before anything is stored) and keeps it with a first guess of the mapping. */
    @Transactional
    public Mapping upload(byte[] file, String fileName, Long userId) {
        return upload(file, fileName, userId, OrganisationKind.PARTNER);
    }

    /** As above, for a table of partners or of libraries ({@code kind} LIBRARY). */
    @Transactional
    public Mapping upload(byte[] file, String fileName, Long userId, OrganisationKind kind) {
        if (kind != OrganisationKind.PARTNER && kind != OrganisationKind.LIBRARY) {
            throw new BadRequestException("kind", "directory.import.error.kind");
        }
        var table = SpreadsheetReader.read(file);
        var upload = new Upload(
                fileName,
                table.headers(),
                table.lines(),
                table.cp1251(),
                PartnerField.guess(table.headers()),
                null,
                kind,
                null);
        var id = batches.save(KIND, fileName, userId, table.lines().size(), json.writeValueAsString(upload));
        return mapping(id, upload);
    }

    @Transactional(readOnly = true)
    public Mapping mapping(String batchId, CurrentUser me) {
        return mapping(batchId, load(batchId, me));
    }

    public boolean isPartnerBatch(String batchId) {
        return batches.find(batchId).filter(b -> b.kind().equals(KIND)).isPresent();
    }

    /** Keeps the mapping with the batch and says what a commit would do; nothing else is stored. */
    @Transactional
    public ImportReport preview(String batchId, Map<String, String> mapping, PartnerType defaultType, CurrentUser me) {
        return preview(batchId, mapping, defaultType, null, me);
    }

    /** As above; {@code defaultLibraryKind}: for a table of libraries, the kind of those whose row names none. */
    @Transactional
    public ImportReport preview(
            String batchId,
            Map<String, String> mapping,
            PartnerType defaultType,
            LibraryKind defaultLibraryKind,
            CurrentUser me) {
        var upload = load(batchId, me);
        boolean libraries = upload.libraries();
        var mapped = new Upload(
                upload.fileName(),
                upload.headers(),
                upload.lines(),
                upload.cp1251(),
                checked(mapping, upload.headers(), libraries ? defaultLibraryKind : defaultType, libraries),
                libraries ? null : defaultType,
                upload.kind(),
                libraries ? defaultLibraryKind : null);
        batches.updatePayload(batchId, json.writeValueAsString(mapped));
        return report(batchId, plan(mapped, me), false);
    }

    /** Applies a previewed batch in one transaction, against what is stored now; refused while a row is rejected. */
    @Transactional
    public ImportReport commit(String batchId, CurrentUser me) {
        var upload = load(batchId, me);
        if (upload.mapping() == null || upload.mapping().isEmpty()) {
            throw new BadRequestException("mapping", "directory.import.error.mapping");
        }
        var plan = plan(upload, me);
        if (!plan.rejected().isEmpty()) {
            throw new ConflictException(
                    "directory.import.error.rejectedRows", plan.rejected().size());
        }
        if (!batches.markCommitted(batchId)) {
            throw new ConflictException("directory.import.error.committed");
        }
        var report = report(batchId, plan, true);
        writer.apply(plan.rows(), plan.matches(), mappedFields(upload.mapping()));
        return report;
    }

    /**
     * The API in one call: upload with a mapping (or the guess when there is none), preview, and commit when asked
     * and no row is rejected; otherwise the report says {@code committed: false} and the batch waits for its commit.
     */
    @Transactional
    public ImportReport importFile(
            byte[] file,
            String fileName,
            Map<String, String> mapping,
            PartnerType defaultType,
            boolean commit,
            CurrentUser me) {
        var uploaded = upload(file, fileName, me.id());
        var chosen = mapping == null || mapping.isEmpty() ? uploaded.mapping() : mapping;
        var report = preview(uploaded.batchId(), chosen, defaultType, me);
        return commit && report.rejected().isEmpty() ? commit(uploaded.batchId(), me) : report;
    }

    /** The API in one call for a table of libraries outside the register, as {@link #importFile} for partners. */
    @Transactional
    public ImportReport importLibraries(
            byte[] file,
            String fileName,
            Map<String, String> mapping,
            LibraryKind defaultKind,
            boolean commit,
            CurrentUser me) {
        var uploaded = upload(file, fileName, me.id(), OrganisationKind.LIBRARY);
        var chosen = mapping == null || mapping.isEmpty() ? uploaded.mapping() : mapping;
        var report = preview(uploaded.batchId(), chosen, null, defaultKind, me);
        return commit && report.rejected().isEmpty() ? commit(uploaded.batchId(), me) : report;
    }

    private Upload load(String batchId, CurrentUser me) {
        return json.readValue(batches.own(batchId, KIND, me, false).payload(), Upload.class);
    }

    private static Mapping mapping(String id, Upload upload) {
        return new Mapping(
                id,
                upload.fileName(),
                upload.headers(),
                upload.mapping(),
                upload.defaultType(),
                upload.libraries() ? OrganisationKind.LIBRARY : OrganisationKind.PARTNER,
                upload.defaultLibraryKind());
    }

    /** Field key → header, blank choices left out; a missing name or type, an unknown field or header is refused. */
    static Map<String, String> checked(
            Map<String, String> mapping, List<String> headers, Object defaultType, boolean libraries) {
        Map<String, String> result = new LinkedHashMap<>();
        for (var e : (mapping == null ? Map.<String, String>of() : mapping).entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            var field = PartnerField.byKey(e.getKey());
            if (field == null) {
                throw new BadRequestException("mapping", "directory.import.error.mappingField", e.getKey());
            }
            if (!headers.contains(e.getValue())) {
                throw new BadRequestException("mapping", "directory.import.error.mappingColumn", e.getValue());
            }
            result.put(field.key(), e.getValue());
        }
        if (!result.containsKey(PartnerField.NAME.key())) {
            throw new BadRequestException("mapping", "directory.import.error.mapping");
        }
        if (!result.containsKey(PartnerField.TYPE.key()) && defaultType == null) {
            throw new BadRequestException(
                    "mapping",
                    defaultType instanceof LibraryKind || libraries
                            ? "directory.import.error.mappingLibraryKind"
                            : "directory.import.error.mappingType");
        }
        return result;
    }

    private static Set<PartnerField> mappedFields(Map<String, String> mapping) {
        Set<PartnerField> fields = EnumSet.noneOf(PartnerField.class);
        mapping.keySet().forEach(k -> fields.add(PartnerField.byKey(k)));
        return fields;
    }

    private Plan plan(Upload upload, CurrentUser me) {
        Map<PartnerField, Integer> columns = new EnumMap<>(PartnerField.class);
        upload.mapping()
                .forEach((k, header) ->
                        columns.put(PartnerField.byKey(k), upload.headers().indexOf(header)));
        List<PartnerRow> rows = new ArrayList<>();
        List<Issue> rejected = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        if (upload.cp1251()) {
            warnings.add(partnerRows.issue(1, "", "directory.import.warning.cp1251"));
        }
        Map<String, Integer> seen = new HashMap<>();
        var libraries =
                upload.libraries() ? new PartnerRowReader.Libraries(upload.defaultLibraryKind(), parents()) : null;
        int total = 0;
        for (var line : upload.lines()) {
            if (line.blank()) {
                warnings.add(partnerRows.issue(line.number(), "", "directory.import.warning.blankRow"));
                continue;
            }
            total++;
            var row = partnerRows.read(
                    line, columns, upload.headers(), upload.defaultType(), libraries, me, rejected, warnings);
            if (row == null) {
                continue;
            }
            var first = seen.putIfAbsent(row.key(), row.row());
            if (first != null) {
                rejected.add(partnerRows.issue(
                        row.row(),
                        upload.mapping().get(PartnerField.NAME.key()),
                        "directory.import.error.duplicateRow",
                        first));
                continue;
            }
            rows.add(row);
        }
        var matches = writer.match(rows);
        for (var it = rows.iterator(); it.hasNext(); ) {
            var row = it.next();
            var existing = matches.get(row.row());
            if (existing != null && !Directory.mayEdit(me, existing)) {
                rejected.add(partnerRows.issue(
                        row.row(),
                        upload.mapping().get(PartnerField.NAME.key()),
                        "directory.import.error.notYours",
                        existing.getName()));
                matches.remove(row.row());
                it.remove();
            }
        }
        return new Plan(upload, total, rows, matches, rejected, warnings);
    }

    /**
     * The bodies a library of the table may belong to, by a valid EIK or an exact name (case and spacing aside): the
     * chitalishta and the other organisations of the directory, never a library. Read once per preview.
     */
    private java.util.function.Function<String, List<Long>> parents() {
        Map<String, List<Long>> byKey = new HashMap<>();
        for (var kind : List.of(OrganisationKind.CHITALISHTE, OrganisationKind.PARTNER)) {
            for (var o : organisations.findByKind(kind)) {
                if (o.isEikValid()) {
                    byKey.computeIfAbsent("eik:" + o.getEik(), k -> new ArrayList<>())
                            .add(o.getId());
                }
                byKey.computeIfAbsent("name:" + RegisterImport.normal(o.getName()), k -> new ArrayList<>())
                        .add(o.getId());
            }
        }
        return text -> {
            var t = text.trim();
            var byEik = Eik.isValid(t) ? byKey.get("eik:" + t) : null;
            return byEik != null ? byEik : byKey.getOrDefault("name:" + RegisterImport.normal(t), List.of());
        };
    }

    private ImportReport report(String batchId, Plan plan, boolean committed) {
        var fields = mappedFields(plan.upload().mapping());
        List<RowOutcome> outcomes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var row : plan.rows()) {
            var existing = plan.matches().get(row.row());
            var outcome = existing == null
                    ? Outcome.CREATE
                    : writer.differs(existing, row, fields) ? Outcome.UPDATE : Outcome.UNCHANGED;
            switch (outcome) {
                case CREATE -> created++;
                case UPDATE -> updated++;
                default -> unchanged++;
            }
            outcomes.add(new RowOutcome(row.row(), row.eik() != null ? row.eik() : row.ekatte(), row.name(), outcome));
        }
        plan.rejected().stream()
                .map(Issue::row)
                .distinct()
                .forEach(r -> outcomes.add(new RowOutcome(r, null, null, Outcome.REJECT)));
        outcomes.sort(Comparator.comparingInt(RowOutcome::row));
        return new ImportReport(
                batchId,
                KIND,
                plan.upload().fileName(),
                committed,
                plan.total(),
                created,
                updated,
                unchanged,
                plan.rejected(),
                plan.warnings(),
                outcomes);
    }
}
