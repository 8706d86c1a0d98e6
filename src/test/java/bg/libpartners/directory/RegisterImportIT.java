package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register import on the real (masked) register: 3,718 records, of which row 2 is the register's own test
 * record (number 0, "тест") and is rejected, so 3,717 centres are created, each with its library.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "libpartners.directory.demo-register=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisterImportIT {

    static final Path REGISTER = Path.of("src/main/resources/directory/chitalishta-register.csv");
    static final String URL = "/api/v1/imports/chitalishta-register";

    @Autowired
    bg.libpartners.account.TestPeople testPeople;

    /** The demo administrator: a person in the database. */
    bg.libpartners.account.CurrentUser admin() {
        return testPeople.demo(bg.libpartners.account.Role.ADMIN);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationPeople people;

    @Autowired
    JsonMapper json;

    @Autowired
    Directory directory;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    ResultActions upload(String name, byte[] bytes, boolean commit) throws Exception {
        return upload(name, bytes, commit, admin());
    }

    ResultActions upload(String name, byte[] bytes, boolean commit, CurrentUser as) throws Exception {
        return mvc.perform(multipart(URL)
                .file(new MockMultipartFile("file", name, "text/csv", bytes))
                .param("commit", String.valueOf(commit))
                .header("Accept-Language", "bg")
                .with(user(as))
                .with(csrf()));
    }

    @Test
    @Order(1)
    void previewsThenCommitsTheRealRegisterAndAReimportChangesNothing() throws Exception {
        byte[] file = Files.readAllBytes(REGISTER);
        long start = System.nanoTime();
        var preview = upload("register.csv", file, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3718))
                .andExpect(jsonPath("$.created").value(3717))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.rejected.length()").value(1))
                .andExpect(jsonPath("$.rejected[0].row").value(2))
                .andExpect(jsonPath("$.rejected[0].column").value("Рег. №"))
                .andExpect(jsonPath("$.rejected[0].message").value("Тестов запис на регистъра — не се внася."))
                .andExpect(jsonPath("$.rows.length()").value(3718))
                .andReturn();
        assertThat(organisations.count()).as("a preview stores nothing").isZero();
        var batchId = json.readTree(preview.getResponse().getContentAsString())
                .get("batchId")
                .asText();

        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.created").value(3717));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("BENCHMARK register preview+commit: " + millis + " ms");
        assertThat(organisations.countByKind(OrganisationKind.CHITALISHTE)).isEqualTo(3717);
        assertThat(organisations.countByKind(OrganisationKind.LIBRARY)).isEqualTo(3717);
        var closed = organisations.findRegistered(OrganisationKind.CHITALISHTE).stream()
                .filter(o -> o.getStatus() == OrganisationStatus.CLOSED)
                .count();
        assertThat(closed).as("closed centres are kept with their status").isEqualTo(26);
        assertThat(people.count())
                .as("the masked chairs and secretaries are not stored as names")
                .isZero();
        // the rows are inserted with plain SQL: what Hibernate would have written, and what its listeners did
        var centre = organisations.findRegistered(OrganisationKind.CHITALISHTE).stream()
                .filter(o -> o.getEik() != null && o.getLat() != null)
                .findFirst()
                .orElseThrow();
        var library = organisations.findByParentIdIn(List.of(centre.getId())).get(0);
        assertThat(library.getLibraryKind()).isEqualTo(LibraryKind.CHITALISHTE);
        assertThat(library.getName()).isEqualTo("Библиотека при НЧ „" + centre.getName() + "“");
        assertThat(library.getEkatte()).isEqualTo(centre.getEkatte());
        assertThat(centre.isEikValid()).isEqualTo(Eik.isValid(centre.getEik()));
        assertThat(centre.getPositionSource()).isEqualTo(PositionSource.SETTLEMENT);
        assertThat(centre.getVersion()).isZero();
        assertThat(centre.getCreatedAt()).isEqualTo(centre.getUpdatedAt()).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'Organisation' and action = 'CREATE'"
                                + " and changes like ?")
                        .param("%import: " + batchId)
                        .query(Long.class)
                        .single())
                .as("one audit entry per organisation created")
                .isEqualTo(2 * 3717);
        var later = organisations.save(new Organisation(OrganisationKind.PARTNER, "Партньор след внасянето"));
        assertThat(organisations.count())
                .as("an organisation written through Hibernate after the import takes an id nobody has")
                .isEqualTo(2 * 3717 + 1);
        organisations.delete(later);

        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isConflict());

        upload("register.csv", file, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(3717));
        assertThat(organisations.count()).isEqualTo(2 * 3717);
    }

    @Test
    void theImportsInsertWritesEveryColumnOfTheTable() {
        var columns = jdbc.sql("select lower(column_name) from information_schema.columns"
                        + " where lower(table_name) = 'organisation' and lower(table_schema) in ('public')")
                .query(String.class)
                .list();
        assertThat(columns).isNotEmpty();
        assertThat(OrganisationInserts.COLUMNS).containsExactlyInAnyOrderElementsOf(columns);
    }

    @Test
    @Order(2)
    void theSearchFindsWhatAnImportWroteASmallOneWhenItAnswersALargeOneRightAfter() throws Exception {
        // the large import of test 1 is indexed in the background, right after its commit
        long deadline = System.currentTimeMillis() + 60_000;
        while (directory
                                .search(null, OrganisationKind.CHITALISHTE, null, null, null, PageRequest.of(0, 1))
                                .getTotalElements()
                        < 3717
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(directory
                        .search(null, OrganisationKind.CHITALISHTE, null, null, null, PageRequest.of(0, 1))
                        .getTotalElements())
                .isEqualTo(3717);
        // a small one is searchable when it answers, as an edit is
        var lines = Files.readAllLines(REGISTER, StandardCharsets.UTF_8);
        var name = "Индексирано Читалище " + System.nanoTime();
        var row = lines.get(5);
        var cells = row.split(",", -1);
        cells[2] = name;
        upload("one-row.csv", (lines.get(0) + "\n" + String.join(",", cells)).getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(directory
                        .search(name, OrganisationKind.CHITALISHTE, null, null, null, PageRequest.of(0, 5))
                        .getContent())
                .extracting(OrganisationSummary::name)
                .contains(name);
        // the register as it was again, for the tests that follow
        upload("register.csv", Files.readAllBytes(REGISTER), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
    }

    @Test
    @Order(3)
    void aLaterRegisterUpdatesExactlyTheRowsThatChanged() throws Exception {
        var lines = new ArrayList<>(Files.readAllLines(REGISTER, StandardCharsets.UTF_8));
        lines.set(2, lines.get(2).replace("Съзнание 1873г.", "Съзнание 1873"));
        lines.set(3, lines.get(3).replace("Действащо", "Закрито"));
        byte[] file = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        var preview = upload("register-2.csv", file, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(2))
                .andReturn();
        // committed as after a restart (or on another node): the rows come from the batch in the database
        registerImport.forgetRecentPreviews();
        mvc.perform(post("/api/v1/imports/"
                                + json.readTree(preview.getResponse().getContentAsString())
                                        .get("batchId")
                                        .asText()
                                + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(2))
                .andExpect(jsonPath("$.unchanged").value(3715));
        var two = organisations.findByKindAndRegisterNoIn(OrganisationKind.CHITALISHTE, List.of(1, 2));
        assertThat(two).extracting(Organisation::getName).contains("Съзнание 1873");
        assertThat(two)
                .filteredOn(o -> o.getRegisterNo() == 2)
                .first()
                .extracting(Organisation::getStatus)
                .isEqualTo(OrganisationStatus.CLOSED);
        assertThat(organisations.findByParentId(two.stream()
                        .filter(o -> o.getRegisterNo() == 2)
                        .findFirst()
                        .orElseThrow()
                        .getId()))
                .extracting(Organisation::getStatus)
                .containsOnly(OrganisationStatus.CLOSED);
    }

    @Test
    @Order(4)
    void readsTheRegisterFromXlsxAndFromWindows1251() throws Exception {
        var lines = Files.readAllLines(REGISTER, StandardCharsets.UTF_8).subList(0, 6);
        byte[] cp1251 = String.join("\r\n", lines).getBytes(Charset.forName("windows-1251"));
        // rows 1 and 2 were changed by the later register above, so the original file would change them back
        upload("register-1251.csv", cp1251, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(2))
                .andExpect(jsonPath("$.updated").value(2))
                .andExpect(jsonPath("$.rows[1].name").value("Съзнание 1873г."))
                .andExpect(jsonPath("$.warnings[0].message")
                        .value("Файлът е в кодировка Windows-1251, а не UTF-8; прочетен е като Windows-1251."));

        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook();
                var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(
                        new java.io.StringReader(String.join("\n", lines)))) {
            var sheet = workbook.createSheet();
            int r = 0;
            for (var record : parser) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
            workbook.write(out);
        }
        upload("register.xlsx", out.toByteArray(), false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.rejected.length()").value(1));
    }

    @Test
    @Order(5)
    void refusesBadFilesWithABulgarianMessageAndStoresNothing() throws Exception {
        long before = organisations.count();
        var header = Files.readAllLines(REGISTER, StandardCharsets.UTF_8).get(0);
        var row = Files.readAllLines(REGISTER, StandardCharsets.UTF_8).get(5);
        bad(new byte[0], "Файлът е празен.");
        bad(header.getBytes(StandardCharsets.UTF_8), "Файлът няма нито един ред с данни под заглавния ред.");
        bad(
                "Рег. №,Име на читалище\n5,Просвета\n".getBytes(StandardCharsets.UTF_8),
                "Във файла липсват колони: Статус, Област, Община, Град/село, Адрес, Булстат.");
        bad(
                (header + "\n" + row.replaceFirst(",\"", ",\"unterminated "))
                        .replace("п.к.", "\"п.к.")
                        .concat("\n999,\"Действащо,Нов,\n")
                        .getBytes(StandardCharsets.UTF_8),
                null);
        bad(
                new byte[] {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01, 0x02},
                "Файлът не е таблица във формат CSV или XLSX.");
        bad(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01}, "Файлът не е таблица във формат CSV или XLSX.");
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void onlyAdminsAndCoordinatorsImport() throws Exception {
        mvc.perform(multipart(URL)
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {1}))
                        .with(user(testPeople.create(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    /**
     * A coordinator of Plovdiv with a register that renames a centre of theirs, renames one in another oblast, moves
     * one from another oblast into theirs and adds one elsewhere: only their own row is applied, the other three are
     * rejected rows that name the row; the batch is theirs alone to commit.
     */
    @Test
    @Order(7)
    void aCoordinatorImportsOnlyRowsOfTheirOblastsAndOnlyTheirOwnBatches() throws Exception {
        var coordinator = testPeople.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "PDV"));
        List<CSVRecord> records;
        try (var parser = CSVFormat.DEFAULT.parse(Files.newBufferedReader(REGISTER, StandardCharsets.UTF_8))) {
            records = parser.getRecords();
        }
        var header = records.get(0);
        var own = records.stream()
                .filter(r -> r.get(3).equals("ПЛОВДИВ") && r.get(1).equals("Действащо"))
                .skip(3)
                .findFirst()
                .orElseThrow();
        var others = records.stream()
                .skip(2)
                .filter(r -> !r.get(3).equals("ПЛОВДИВ") && r.get(1).equals("Действащо"))
                .limit(2)
                .toList();
        var renamedOwn = cells(own);
        renamedOwn.set(2, own.get(2) + " (ново име)");
        var renamedOther = cells(others.get(0));
        renamedOther.set(2, "Чуждо име");
        var moved = cells(others.get(1));
        moved.set(3, own.get(3));
        moved.set(4, own.get(4));
        moved.set(5, own.get(5));
        var added = cells(others.get(0));
        added.set(0, "987654");
        added.set(2, "Ново читалище в чужда област");
        var out = new java.io.StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (var row : List.of(renamedOwn, renamedOther, moved, added)) {
                printer.printRecord(row);
            }
        }
        byte[] file = out.toString().getBytes(StandardCharsets.UTF_8);
        var before = organisations.findByKindAndRegisterNoIn(
                OrganisationKind.CHITALISHTE,
                List.of(
                        Integer.valueOf(others.get(0).get(0)),
                        Integer.valueOf(others.get(1).get(0))));
        long count = organisations.count();

        var preview = upload("coordinator.csv", file, false, coordinator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.rejected.length()").value(3))
                .andExpect(jsonPath("$.rejected[0].row").value(3))
                .andExpect(jsonPath("$.rejected[0].column").value("Област"))
                .andExpect(jsonPath("$.rejected[0].message")
                        .value(org.hamcrest.Matchers.startsWith(
                                "Ред 3: читалище № " + others.get(0).get(0) + " „Чуждо име“ е в област ")))
                .andExpect(jsonPath("$.rejected[0].message")
                        .value(org.hamcrest.Matchers.containsString("извън вашите области")))
                .andExpect(jsonPath("$.rejected[1].message")
                        .value(org.hamcrest.Matchers.startsWith(
                                "Ред 4: читалище № " + others.get(1).get(0))))
                .andExpect(jsonPath("$.rejected[1].message")
                        .value(org.hamcrest.Matchers.containsString("е записано в област")))
                .andExpect(jsonPath("$.rejected[2].message")
                        .value(org.hamcrest.Matchers.startsWith("Ред 5: читалище № 987654")))
                .andReturn();
        var batchId = json.readTree(preview.getResponse().getContentAsString())
                .get("batchId")
                .asText();

        // another person, even an admin, may not commit it (API and page); it stays open for its author
        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/imports/" + batchId + "/commit").with(user(admin())).with(csrf()))
                .andExpect(status().isForbidden());
        var otherCoordinator = testPeople.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "PDV"));
        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(otherCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(organisations
                        .findByKindAndRegisterNoIn(OrganisationKind.CHITALISHTE, List.of(Integer.valueOf(own.get(0))))
                        .get(0)
                        .getName())
                .isEqualTo(own.get(2));

        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.rejected.length()").value(3));
        upload("coordinator.csv", file, true, coordinator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.rejected.length()").value(3));

        assertThat(organisations
                        .findByKindAndRegisterNoIn(OrganisationKind.CHITALISHTE, List.of(Integer.valueOf(own.get(0))))
                        .get(0)
                        .getName())
                .isEqualTo(own.get(2) + " (ново име)");
        var after = organisations.findByKindAndRegisterNoIn(
                OrganisationKind.CHITALISHTE,
                List.of(
                        Integer.valueOf(others.get(0).get(0)),
                        Integer.valueOf(others.get(1).get(0))));
        assertThat(after)
                .as("the other oblasts' centres are untouched")
                .extracting(Organisation::getName, Organisation::getOblastCode, Organisation::getVersion)
                .containsExactlyInAnyOrderElementsOf(before.stream()
                        .map(o -> org.assertj.core.groups.Tuple.tuple(o.getName(), o.getOblastCode(), o.getVersion()))
                        .toList());
        assertThat(organisations.count()).as("nothing created").isEqualTo(count);
    }

    /**
     * A file long enough to be read in two halves at once: the rejected rows come in the file's order, in the asker's
     * language, and a number repeated in the second half is rejected there, not where it first appears.
     */
    @Test
    @Order(8)
    void aLargeFileIsReadInTwoHalvesWithItsIssuesInTheFilesOrder() throws Exception {
        List<CSVRecord> records;
        try (var parser = CSVFormat.DEFAULT.parse(Files.newBufferedReader(REGISTER, StandardCharsets.UTF_8))) {
            records = parser.getRecords();
        }
        var rows = records.stream()
                .skip(2) // the header and the register's own test row
                .limit(2 * RegisterImport.PARALLEL_FROM)
                .map(RegisterImportIT::cells)
                .toList();
        int last = rows.size() - 1;
        rows.get(10).set(0, "десет"); // file row 12: not a number
        rows.get(last).set(0, rows.get(20).get(0)); // the last file row repeats row 22's number
        var out = new java.io.StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(records.get(0).toList());
            for (var row : rows) {
                printer.printRecord(row);
            }
        }
        upload("large.csv", out.toString().getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(rows.size()))
                .andExpect(jsonPath("$.rejected.length()").value(2))
                .andExpect(jsonPath("$.rejected[0].row").value(12))
                .andExpect(jsonPath("$.rejected[0].message")
                        .value(org.hamcrest.Matchers.containsString("Регистровият номер „десет“ не е цяло число")))
                .andExpect(jsonPath("$.rejected[1].row").value(last + 2))
                .andExpect(jsonPath("$.rejected[1].message")
                        .value(org.hamcrest.Matchers.containsString("се среща по-горе във файла")));
    }

    private static List<String> cells(CSVRecord record) {
        return new ArrayList<>(record.toList());
    }

    private void bad(byte[] bytes, String message) throws Exception {
        var result = upload("bad.csv", bytes, true)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("file"));
        if (message != null) {
            result.andExpect(jsonPath("$.detail").value(message));
        } else {
            result.andExpect(jsonPath("$.detail")
                    .value(org.hamcrest.Matchers.startsWith("Файлът не може да се прочете като CSV")));
        }
    }
}
