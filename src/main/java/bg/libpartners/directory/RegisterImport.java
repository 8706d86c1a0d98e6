package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.ImportReport.Issue;
import bg.libpartners.directory.ImportReport.Outcome;
import bg.libpartners.directory.ImportReport.RowOutcome;
import bg.libpartners.directory.SpreadsheetReader.Line;
import bg.libpartners.geography.Geography;
import bg.libpartners.platform.BadRequestException;
import bg.libpartners.platform.ConflictException;
import bg.libpartners.platform.WebLinks;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the official register of chitalishta (the Ministry of Culture's columns, as in chitalishta.com's crawl),
 * keyed by register number: a preview that says what each row would do, then an all-or-nothing commit. The register's
 * own test record (number 0, "тест") is rejected and reported; closed centres are kept with their status. A centre
 * that is new gets its library (a chitalishte library at the same place). A coordinator imports only the rows of their
 * oblasts ({@link RegisterScope}); a previewed batch is committed only by the person who previewed it.
 */
@Service
public class RegisterImport {

    public static final String KIND = "chitalishta-register";
    static final String MASKED = "[лични данни премахнати]";
    static final String C_NUMBER = "Рег. №";
    static final String C_STATUS = "Статус";
    static final String C_NAME = "Име на читалище";
    static final String C_OBLAST = "Област";
    static final String C_MUNICIPALITY = "Община";
    static final String C_SETTLEMENT = "Град/село";
    static final String C_ADDRESS = "Адрес";
    static final String C_EIK = "Булстат";
    static final List<String> REQUIRED =
            List.of(C_NUMBER, C_STATUS, C_NAME, C_OBLAST, C_MUNICIPALITY, C_SETTLEMENT, C_ADDRESS, C_EIK);
    /** The longest value each stored column takes. */
    static final Map<String, Integer> LIMITS = Map.of(
            C_NAME,
            500,
            C_ADDRESS,
            500,
            C_EIK,
            100,
            "E-mail",
            1000,
            "Телефон",
            500,
            "линк",
            500,
            "Председател",
            200,
            "Секретар",
            200);
    /** From this many rows on, an import answers before its search index is written (see {@link #apply}). */
    static final int BACKGROUND_INDEXING_FROM = 1000;

    /** From this many lines a file is read in two halves at once. */
    static final int PARALLEL_FROM = 500;
    /** Changed centres are read, written and forgotten by the session this many at a time (one JDBC batch each). */
    private static final int UPDATE_CHUNK = 1000;

    /** How many previews a node keeps in memory for their commit, each of at most so many rows (the register: 3,718). */
    private static final int RECENT_PREVIEWS = 4;

    private static final int RECENT_PREVIEW_ROWS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);

    /** The normal form of each column name the reader asks for, worked out once rather than for every cell. */
    private static final Map<String, String> NORMAL_COLUMNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** One register row as read and checked; what the commit writes. */
    record RegisterRow(
            int row,
            int registerNo,
            String name,
            OrganisationStatus status,
            String eik,
            String address,
            String ekatte,
            String settlementName,
            String municipalityCode,
            String oblastCode,
            Double lat,
            Double lon,
            String chair,
            String secretary,
            String emails,
            String phones,
            String website,
            String hash) {}

    record Payload(String fileName, int total, List<RegisterRow> rows, List<Issue> rejected, List<Issue> warnings) {}

    /** A centre already in the directory: its id and the hash of the register row it was last written from. */
    record Registered(long id, String hash) {}

    private final Geography geography;
    private final Organisations organisations;
    private final ImportBatches batches;
    private final MessageSource messages;
    private final JsonMapper json;
    private final RegisterScope scope;
    private final BoardAndStaff boards;
    private final JdbcClient jdbc;
    private final BulkIndexing indexing;
    private final OrganisationInserts inserts;
    private final TaskExecutor executor;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The last few previews this node made, as stored in their batches: a commit on this node takes its rows from here
     * instead of reading them back from the batch (a fifth of a second for the whole register). A commit on another
     * node, after a restart, or of a larger file reads the batch.
     */
    private final Map<String, Payload> recentPreviews =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Payload> eldest) {
                    return size() > RECENT_PREVIEWS;
                }
            });

    RegisterImport(
            Geography geography,
            Organisations organisations,
            ImportBatches batches,
            MessageSource messages,
            JsonMapper json,
            RegisterScope scope,
            BoardAndStaff boards,
            JdbcClient jdbc,
            BulkIndexing indexing,
            OrganisationInserts inserts,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
        this.boards = boards;
        this.jdbc = jdbc;
        this.indexing = indexing;
        this.inserts = inserts;
        this.scope = scope;
        this.geography = geography;
        this.organisations = organisations;
        this.batches = batches;
        this.messages = messages;
        this.json = json;
    }

    /** Reads and checks the file, stores it as a batch and says what a commit would do; nothing else is stored. */
    @Transactional
    public ImportReport preview(byte[] file, String fileName, CurrentUser me) {
        var phases = new Phases();
        var payload = scope.limit(parse(file, fileName), me, this::issue);
        phases.done("parse");
        var id = batches.save(KIND, fileName, me.id(), payload.rows().size(), json.writeValueAsString(payload));
        if (payload.rows().size() <= RECENT_PREVIEW_ROWS) {
            recentPreviews.put(id, payload);
        }
        phases.done("batch");
        var report = report(id, payload, false, registered());
        phases.done("report");
        phases.log("preview", payload.rows().size());
        return report;
    }

    /**
     * Applies a previewed batch in one transaction, against what is stored now; only its own author may, and rows
     * that have left their oblasts since the preview are rejected now.
     */
    @Transactional
    public ImportReport commit(String batchId, CurrentUser me) {
        var phases = new Phases();
        var previewed = recentPreviews.get(batchId);
        var batch = batches.own(batchId, KIND, me, true, previewed == null);
        if (!batches.markCommitted(batchId)) {
            throw new ConflictException("directory.import.error.committed");
        }
        recentPreviews.remove(batchId);
        if (previewed == null) {
            previewed = json.readValue(batch.payload(), Payload.class);
        }
        var payload = scope.limit(previewed, me, this::issue);
        phases.done("batch");
        var registered = registered();
        var report = report(batchId, payload, true, registered);
        phases.done("report");
        apply(batchId, payload.rows(), registered, false, phases);
        phases.log("commit", payload.rows().size());
        return report;
    }

    /** Forgets the previews kept in memory, as a restart does: their commits read the batches (for tests). */
    void forgetRecentPreviews() {
        recentPreviews.clear();
    }

    /** Preview and commit in one call (the API's {@code commit=true}). */
    @Transactional
    public ImportReport importNow(byte[] file, String fileName, CurrentUser me) {
        var phases = new Phases();
        var payload = scope.limit(parse(file, fileName), me, this::issue);
        phases.done("parse");
        return importNow(payload, fileName, me.id(), false, phases);
    }

    /** The register shipped with the application, imported at first start with no one signed in. */
    @Transactional
    ImportReport importAtStart(byte[] file, String fileName) {
        var phases = new Phases();
        var payload = parse(file, fileName);
        phases.done("parse");
        return importNow(payload, fileName, null, true, phases);
    }

    private ImportReport importNow(Payload payload, String fileName, Long userId, boolean atStart, Phases phases) {
        // committed as it is stored, so nobody reads its rows again: the batch is kept without them
        var id = batches.save(KIND, fileName, userId, payload.rows().size(), "{}");
        batches.markCommitted(id);
        phases.done("batch");
        var registered = registered();
        var report = report(id, payload, true, registered);
        phases.done("report");
        apply(id, payload.rows(), registered, atStart, phases);
        phases.log("import", payload.rows().size());
        return report;
    }

    /** The centres the directory holds by register number, read as plain rows (no entities to track). */
    private Map<Integer, Registered> registered() {
        Map<Integer, Registered> result = new HashMap<>();
        jdbc.sql("select id, register_no, register_hash from organisation where kind = ? and register_no is not null")
                .param(OrganisationKind.CHITALISHTE.name())
                .query(rs -> {
                    result.putIfAbsent(
                            rs.getInt(2),
                            new Registered(rs.getLong(1), rs.getString(3) == null ? "" : rs.getString(3)));
                });
        return result;
    }

    Payload parse(byte[] file, String fileName) {
        var table = SpreadsheetReader.read(file);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            columns.putIfAbsent(normal(table.headers().get(i)), i);
        }
        var missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(normal(c))).toList();
        if (!missing.isEmpty()) {
            throw new BadRequestException("file", "directory.import.error.missingColumns", String.join(", ", missing));
        }
        List<Issue> warnings = new ArrayList<>();
        if (table.cp1251()) {
            warnings.add(issue(1, "", "directory.import.warning.cp1251"));
        }
        var lines = table.lines();
        var duplicates = duplicates(lines, columns);
        // a large file is read in two halves at once, each on its own core; the issues keep the file's order
        int half = lines.size() >= PARALLEL_FROM ? lines.size() / 2 : lines.size();
        var language = LocaleContextHolder.getLocaleContext();
        var second = half == lines.size()
                ? CompletableFuture.completedFuture(new Part(0, List.of(), List.of(), List.of()))
                : CompletableFuture.supplyAsync(
                        () -> {
                            LocaleContextHolder.setLocaleContext(language);
                            try {
                                return read(lines.subList(half, lines.size()), columns, duplicates);
                            } finally {
                                LocaleContextHolder.resetLocaleContext();
                            }
                        },
                        executor);
        var first = read(lines.subList(0, half), columns, duplicates);
        var rest = second.join();
        var rows = new ArrayList<>(first.rows());
        rows.addAll(rest.rows());
        var rejected = new ArrayList<>(first.rejected());
        rejected.addAll(rest.rejected());
        warnings.addAll(first.warnings());
        warnings.addAll(rest.warnings());
        return new Payload(fileName, first.total() + rest.total(), rows, rejected, warnings);
    }

    /** Rows read from some lines of the file, with the issues found there, in the file's order. */
    private record Part(int total, List<RegisterRow> rows, List<Issue> rejected, List<Issue> warnings) {}

    private Part read(List<Line> lines, Map<String, Integer> columns, Set<Integer> duplicates) {
        List<RegisterRow> rows = new ArrayList<>();
        List<Issue> rejected = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        int total = 0;
        for (Line line : lines) {
            if (line.blank()) {
                warnings.add(issue(line.number(), "", "directory.import.warning.blankRow"));
                continue;
            }
            total++;
            var row = new RowReader(line, columns, rejected, warnings).read(duplicates);
            if (row != null) {
                rows.add(row);
            }
        }
        return new Part(total, rows, rejected, warnings);
    }

    /** The lines whose register number an earlier line of the file already has (the first one is read). */
    private Set<Integer> duplicates(List<Line> lines, Map<String, Integer> columns) {
        Set<Integer> seen = new HashSet<>();
        Set<Integer> duplicates = new HashSet<>();
        for (Line line : lines) {
            var reader = new RowReader(line, columns, List.of(), List.of());
            var number = reader.number();
            if (!line.blank() && number != null && !reader.testRow(number) && !seen.add(number)) {
                duplicates.add(line.number());
            }
        }
        return duplicates;
    }

    /** Reads one line; null (with the reason in {@code rejected}) when the row cannot be stored. */
    private final class RowReader {
        private final Line line;
        private final Map<String, Integer> columns;
        private final List<Issue> rejected;
        private final List<Issue> warnings;

        RowReader(Line line, Map<String, Integer> columns, List<Issue> rejected, List<Issue> warnings) {
            this.line = line;
            this.columns = columns;
            this.rejected = rejected;
            this.warnings = warnings;
        }

        String cell(String column) {
            var index = columns.get(NORMAL_COLUMNS.computeIfAbsent(column, RegisterImport::normal));
            return index == null ? null : line.cell(index);
        }

        /** The register number, when the cell holds one. */
        Integer number() {
            var numberText = cell(C_NUMBER);
            return numberText != null && NUMBER.matcher(numberText).matches() ? Integer.valueOf(numberText) : null;
        }

        /** The register's test rows: number 0 or the name "тест". */
        boolean testRow(int number) {
            return number == 0
                    || "тест".equalsIgnoreCase(String.valueOf(cell(C_NAME)).trim());
        }

        RegisterRow read(Set<Integer> duplicateLines) {
            int n = line.number();
            Integer number = number();
            var name = cell(C_NAME);
            if (number == null) {
                return reject(C_NUMBER, "directory.import.error.registerNo", String.valueOf(cell(C_NUMBER)));
            }
            if (testRow(number)) {
                return reject(C_NUMBER, "directory.import.error.testRow");
            }
            if (duplicateLines.contains(n)) {
                return reject(C_NUMBER, "directory.import.error.duplicateNo", number);
            }
            if (name == null) {
                return reject(C_NAME, "directory.import.error.required");
            }
            for (var limit : LIMITS.entrySet()) {
                var value = cell(limit.getKey());
                if (value != null && value.length() > limit.getValue()) {
                    return reject(limit.getKey(), "directory.import.error.tooLong", limit.getValue());
                }
            }
            var status = OrganisationStatus.fromRegister(cell(C_STATUS));
            if (status == null) {
                return reject(C_STATUS, "directory.import.error.status", String.valueOf(cell(C_STATUS)));
            }
            var eik = cell(C_EIK);
            if (eik == null) {
                warn(C_EIK, "directory.import.warning.noEik");
            } else if (!Eik.isValid(eik)) {
                warn(C_EIK, "directory.import.warning.badEik", eik);
            }
            var match = geography.matchRegisterPlace(cell(C_OBLAST), cell(C_MUNICIPALITY), cell(C_SETTLEMENT));
            var place = match.place();
            if (match.outcome().messageKey() != null) {
                warnings.add(issue(n, C_SETTLEMENT, match.outcome().messageKey()));
            }
            var emails = emails(cell("E-mail"));
            var phones = list(cell("Телефон"));
            var row = new RegisterRow(
                    n,
                    number,
                    name,
                    status,
                    eik,
                    cell(C_ADDRESS),
                    place == null ? null : place.ekatte(),
                    place == null ? null : place.nameBg(),
                    place == null ? null : place.municipalityCode(),
                    place == null ? null : place.oblastCode(),
                    place == null ? null : place.lat(),
                    place == null ? null : place.lon(),
                    person(cell("Председател")),
                    person(cell("Секретар")),
                    emails,
                    phones,
                    cell("линк"),
                    null);
            return withHash(row, cell(C_OBLAST), cell(C_MUNICIPALITY), cell(C_SETTLEMENT));
        }

        private String emails(String value) {
            var all = list(value);
            if (all == null) {
                return null;
            }
            for (String e : all.split("; ")) {
                if (!EMAIL.matcher(e).matches()) {
                    warn("E-mail", "directory.import.warning.badEmail", e);
                }
            }
            return all;
        }

        private RegisterRow reject(String column, String key, Object... args) {
            rejected.add(issue(line.number(), column, key, args));
            return null;
        }

        private void warn(String column, String key, Object... args) {
            warnings.add(issue(line.number(), column, key, args));
        }
    }

    private ImportReport report(
            String batchId, Payload payload, boolean committed, Map<Integer, Registered> registered) {
        Map<Integer, String> stored = new HashMap<>();
        registered.forEach((no, o) -> stored.put(no, o.hash()));
        List<RowOutcome> outcomes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (var row : payload.rows()) {
            var hash = stored.get(row.registerNo());
            Outcome outcome =
                    hash == null ? Outcome.CREATE : hash.equals(row.hash()) ? Outcome.UNCHANGED : Outcome.UPDATE;
            switch (outcome) {
                case CREATE -> created++;
                case UPDATE -> updated++;
                default -> unchanged++;
            }
            outcomes.add(new RowOutcome(row.row(), String.valueOf(row.registerNo()), row.name(), outcome));
        }
        payload.rejected().forEach(i -> outcomes.add(new RowOutcome(i.row(), null, null, Outcome.REJECT)));
        outcomes.sort(java.util.Comparator.comparingInt(RowOutcome::row));
        return new ImportReport(
                batchId,
                KIND,
                payload.fileName(),
                committed,
                payload.total(),
                created,
                updated,
                unchanged,
                payload.rejected(),
                payload.warnings(),
                outcomes,
                committed ? List.of() : boardChanges(payload.rows(), registered, stored));
    }

    /**
     * The chairs and secretaries the commit would put on the boards: for a new centre each one the register names;
     * for a changed row what {@link BoardAndStaff#fromRegister} would change (unchanged rows are not applied).
     */
    private List<ImportReport.BoardChange> boardChanges(
            List<RegisterRow> rows, Map<Integer, Registered> registered, Map<Integer, String> stored) {
        Map<Long, BoardAndStaff.RegisterBoard> named = new HashMap<>();
        for (var row : rows) {
            var existing = registered.get(row.registerNo());
            if (existing != null
                    && !row.hash().equals(stored.get(row.registerNo()))
                    && (row.chair() != null || row.secretary() != null)) {
                named.put(existing.id(), new BoardAndStaff.RegisterBoard(row.chair(), row.secretary()));
            }
        }
        var changes = named.isEmpty() ? Map.<Long, List<ImportReport.BoardChange>>of() : boards.changes(named);
        var result = new ArrayList<ImportReport.BoardChange>();
        for (var row : rows) {
            var key = String.valueOf(row.registerNo());
            var existing = registered.get(row.registerNo());
            if (existing == null) {
                for (var role : List.of(PersonRole.CHAIR, PersonRole.SECRETARY)) {
                    BoardAndStaff.change(
                                    role,
                                    role == PersonRole.CHAIR ? row.chair() : row.secretary(),
                                    List.of(),
                                    java.time.LocalDate.MIN)
                            .ifPresent(c -> result.add(c.at(row.row(), key, row.name())));
                }
            } else {
                changes.getOrDefault(existing.id(), List.of())
                        .forEach(c -> result.add(c.at(row.row(), key, row.name())));
            }
        }
        return result;
    }

    /**
     * Creates the new centres (each with its library) and updates the changed ones; unchanged rows are not touched.
     * The chair and secretary of a new or changed row fill the board ({@link BoardAndStaff#fromRegister}). New rows
     * are inserted with plain JDBC batches ({@link OrganisationInserts}), changed ones through the session in JDBC
     * batches; both without the search index, which {@link BulkIndexing} writes in one step after the
     * commit: an import someone waits for answers once the database has it when it is large, and the index catches up
     * right after (see BENCHMARKS.md); a small one waits for the index as an edit does. The import at first start is
     * indexed while the other modules start, and the application says it has started once the index has it all.
     */
    private void apply(
            String batchId,
            List<RegisterRow> rows,
            Map<Integer, Registered> registered,
            boolean atStart,
            Phases phases) {
        indexing.leaveOutOfThisSession();
        // one JDBC batch per flush (PostgreSQL's driver rewrites it into multi-row inserts), not one per 100 rows
        entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(2 * UPDATE_CHUNK);
        Map<Long, RegisterRow> changedRows = new HashMap<>();
        List<RegisterRow> newRows = new ArrayList<>();
        for (var row : rows) {
            var existing = registered.get(row.registerNo());
            if (existing == null) {
                newRows.add(row);
            } else if (!row.hash().equals(existing.hash())) {
                changedRows.put(existing.id(), row);
            }
        }
        Map<Long, BoardAndStaff.RegisterBoard> named = new HashMap<>();
        List<Long> written = new ArrayList<>();
        for (var chunk : Directory.chunks(List.copyOf(changedRows.keySet()), UPDATE_CHUNK)) {
            Map<Long, Organisation> byId = new HashMap<>();
            for (var centre : organisations.findAllById(chunk)) {
                var row = changedRows.get(centre.getId());
                write(centre, row);
                centre.touch();
                byId.put(centre.getId(), centre);
                written.add(centre.getId());
                name(named, centre, row);
            }
            for (var library : organisations.findByParentIdIn(chunk)) {
                if (library.getLibraryKind() == LibraryKind.CHITALISHTE) {
                    follow(library, byId.get(library.getParentId()), changedRows.get(library.getParentId()));
                    written.add(library.getId());
                }
            }
            flushAndForget();
        }
        phases.done("update " + changedRows.size());
        List<Organisation> created = new ArrayList<>(2 * newRows.size());
        for (var row : newRows) {
            var centre = new Organisation(OrganisationKind.CHITALISHTE, row.name());
            centre.setRegisterNo(row.registerNo());
            write(centre, row);
            inserts.assignId(centre);
            var library = new Organisation(OrganisationKind.LIBRARY, "Библиотека при НЧ „" + row.name() + "“");
            library.setLibraryKind(LibraryKind.CHITALISHTE);
            library.setParentId(centre.getId());
            follow(library, centre, row);
            inserts.assignId(library);
            created.add(centre);
            created.add(library);
            written.add(centre.getId());
            written.add(library.getId());
            name(named, centre, row);
        }
        inserts.insert(created, o -> auditText(o, batchId));
        phases.done("create " + newRows.size());
        boards.fromRegister(named);
        entityManager.flush();
        phases.done("boards " + named.size());
        indexing.afterCommit(
                written,
                atStart
                        ? BulkIndexing.When.BEFORE_STARTED
                        : rows.size() >= BACKGROUND_INDEXING_FROM
                                ? BulkIndexing.When.BACKGROUND
                                : BulkIndexing.When.NOW);
    }

    /** The audit entry of an organisation the import created: what identifies it, and the batch that wrote it. */
    private static String auditText(Organisation o, String batchId) {
        var text = new StringBuilder("kind: ")
                .append(o.getKind())
                .append("; name: ")
                .append(o.getName());
        if (o.getRegisterNo() != null) {
            text.append("; registerNo: ").append(o.getRegisterNo());
        }
        if (o.getParentId() != null) {
            text.append("; parentId: ").append(o.getParentId());
        }
        if (o.getEkatte() != null) {
            text.append("; ekatte: ").append(o.getEkatte());
        }
        return text.append("; import: ").append(batchId).toString();
    }

    /** Writes what the session holds and forgets it, so that each flush checks only the rows written since the last. */
    private void flushAndForget() {
        entityManager.flush();
        entityManager.clear();
    }

    /** How long each step of an import took, logged at its end (for BENCHMARKS.md). */
    private static final class Phases {
        private final long start = System.nanoTime();
        private long last = start;
        private final StringBuilder text = new StringBuilder();

        void done(String phase) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ")
                    .append(phase)
                    .append(' ')
                    .append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        void log(String what, int rows) {
            log.info("Register {} of {} rows in {} ms: {}", what, rows, (System.nanoTime() - start) / 1_000_000, text);
        }
    }

    /** The chair and secretary the register names (none when it masks or leaves them out) go to the board. */
    private static void name(Map<Long, BoardAndStaff.RegisterBoard> named, Organisation centre, RegisterRow row) {
        if (row.chair() != null || row.secretary() != null) {
            named.put(centre.getId(), new BoardAndStaff.RegisterBoard(row.chair(), row.secretary()));
        }
    }

    private static void write(Organisation o, RegisterRow row) {
        o.setName(row.name());
        o.setStatus(row.status());
        o.setEik(row.eik());
        o.setAddress(row.address());
        o.settle(row.ekatte(), row.settlementName(), row.municipalityCode(), row.oblastCode(), row.lat(), row.lon());
        o.setEmails(row.emails());
        o.setPhones(row.phones());
        o.setWebsite(WebLinks.normalize(row.website()));
        o.setRegisterHash(row.hash());
    }

    /**
     * A chitalishte library lies where its centre does and shares its fate: in the centre's settlement, at its
     * centre unless it has an exact point there (a pin or an imported point is kept while the settlement stays).
     */
    private static void follow(Organisation library, Organisation centre, RegisterRow row) {
        library.setStatus(centre.getStatus());
        library.setAddress(centre.getAddress());
        library.settle(
                centre.getEkatte(),
                centre.getSettlementName(),
                centre.getMunicipalityCode(),
                centre.getOblastCode(),
                row.lat(),
                row.lon());
    }

    private static RegisterRow withHash(RegisterRow r, String... raw) {
        var text = String.join(
                "\u001f",
                String.valueOf(r.name()),
                String.valueOf(r.status()),
                String.valueOf(r.eik()),
                String.valueOf(r.address()),
                String.valueOf(r.ekatte()),
                String.valueOf(r.chair()),
                String.valueOf(r.secretary()),
                String.valueOf(r.emails()),
                String.valueOf(r.phones()),
                String.valueOf(r.website()),
                String.join(
                        "|", java.util.Arrays.stream(raw).map(String::valueOf).toList()));
        return new RegisterRow(
                r.row(),
                r.registerNo(),
                r.name(),
                r.status(),
                r.eik(),
                r.address(),
                r.ekatte(),
                r.settlementName(),
                r.municipalityCode(),
                r.oblastCode(),
                r.lat(),
                r.lon(),
                r.chair(),
                r.secretary(),
                r.emails(),
                r.phones(),
                r.website(),
                sha256(text));
    }

    Issue issue(int row, String column, String key, Object... args) {
        return new Issue(row, column, messages.getMessage(key, args, key, locale()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Several values in one cell ("a@x.bg; b@y.bg", "02 123, 0888 123") as one "; "-separated list. */
    static String list(String value) {
        if (value == null || value.isBlank() || value.trim().equals("-")) {
            return null;
        }
        var parts = LIST_SEPARATOR
                .splitAsStream(value)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .filter(s -> !s.equals("-"))
                .toList();
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The masked register leaves no name: store nothing rather than the mask. */
    static String person(String value) {
        return value == null || value.isBlank() || value.contains(MASKED) ? null : value.trim();
    }

    static String normal(String header) {
        return header == null
                ? ""
                : header.replace("\uFEFF", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
