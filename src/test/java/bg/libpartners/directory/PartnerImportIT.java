package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The general partner import: Bulgarian headers mapped by themselves, a re-import that changes nothing, an edited
 * copy that updates exactly its changed rows, rejected rows that block the all-or-nothing commit, XLSX, and who may
 * import where.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerImportIT {

    static final String URL = "/api/v1/imports/partners";
    static final String EIK = Eik.complete("30260601");
    static final String HEADER = "Наименование,Вид,ЕИК,Населено място,Адрес,Е-поща,Телефон,Съгласие";
    static final List<String> ROWS = List.of(
            "Сдружение „Внос едно“,Неправителствени организации," + EIK + ",Враца,ул. Първа 1,edno@vnos.bg,0888 100,",
            "ОУ „Внос две“,EDUCATION,,68134,,dve@vnos.bg,,",
            "Фирма Внос три,Бизнес,123456780,гр. Враца,,,02 333,",
            "Иван Вносов,Физически лица,,Враца,,,,да");

    @Autowired
    bg.libpartners.account.TestPeople people;

    /** The demo administrator: a person in the database. */
    bg.libpartners.account.CurrentUser admin() {
        return people.demo(bg.libpartners.account.Role.ADMIN);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    JsonMapper json;

    @Autowired
    DirectoryEditor editor;

    @Autowired
    DuplicateService duplicates;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    @Autowired
    ImportTaskSource importTasks;

    @Autowired
    ImportBatches batches;

    ResultActions upload(String name, byte[] bytes, boolean commit, CurrentUser as) throws Exception {
        return mvc.perform(multipart(URL)
                .file(new MockMultipartFile("file", name, "text/csv", bytes))
                .param("commit", String.valueOf(commit))
                .header("Accept-Language", "bg")
                .with(user(as))
                .with(csrf()));
    }

    static byte[] csv(List<String> rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    long imported() {
        return organisations.findByKind(OrganisationKind.PARTNER).stream()
                .filter(o -> o.getName().contains("Внос"))
                .count();
    }

    @Test
    @Order(1)
    void mapsBulgarianHeadersByThemselvesAndAReimportChangesNothing() throws Exception {
        upload("partners.csv", csv(ROWS), true, admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.rejected.length()").value(0))
                .andExpect(jsonPath("$.warnings[0].row").value(4))
                .andExpect(jsonPath("$.warnings[0].column").value("ЕИК"))
                .andExpect(jsonPath("$.warnings[0].message").value(containsString("123456780")));
        assertThat(imported()).isEqualTo(4);
        var person = organisations.findByKind(OrganisationKind.PARTNER).stream()
                .filter(o -> o.getName().equals("Иван Вносов"))
                .findFirst()
                .orElseThrow();
        assertThat(person.getConsentAt()).isNotNull();
        assertThat(person.getEkatte()).isEqualTo("12259");
        var invalid = organisations.findByKind(OrganisationKind.PARTNER).stream()
                .filter(o -> o.getName().equals("Фирма Внос три"))
                .findFirst()
                .orElseThrow();
        assertThat(invalid.getEik()).as("an invalid EIK is kept as written").isEqualTo("123456780");
        assertThat(invalid.isEikValid()).isFalse();

        upload("partners.csv", csv(ROWS), true, admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(4));
        assertThat(imported()).isEqualTo(4);
    }

    @Test
    @Order(2)
    void anEditedCopyUpdatesExactlyTheChangedRows() throws Exception {
        var edited = List.of(
                ROWS.get(0)
                        .replace("Сдружение „Внос едно“", "Сдружение Внос едно")
                        .replace("ул. Първа 1", "ул. Втора 2"),
                ROWS.get(1),
                ROWS.get(2).replace("02 333", "02 444"),
                ROWS.get(3));
        var preview = upload("partners-2.csv", csv(edited), false, admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.updated").value(2))
                .andExpect(jsonPath("$.unchanged").value(2))
                .andReturn();
        var batchId = json.readTree(preview.getResponse().getContentAsString())
                .get("batchId")
                .asText();
        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.updated").value(2));
        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(imported()).isEqualTo(4);
        var renamed = organisations.findByKind(OrganisationKind.PARTNER).stream()
                .filter(o -> EIK.equals(o.getEik()))
                .findFirst()
                .orElseThrow();
        assertThat(renamed.getName()).as("found again by its EIK").isEqualTo("Сдружение Внос едно");
        assertThat(renamed.getAddress()).isEqualTo("ул. Втора 2");
    }

    @Test
    @Order(3)
    void rejectedRowsNameRowAndColumnInBulgarianAndBlockTheCommit() throws Exception {
        var rows = List.of(
                "Читалня Внос пет,Космонавти,,Враца,,,,",
                ",Култура,,Враца,,,,",
                "Музей Внос шест,Култура,,Нямасиселище,,,,",
                "Петър Вносов,INDIVIDUAL,,Враца,,,,",
                "Театър Внос седем,CULTURE,,Враца,,,,");
        var preview = upload("bad-rows.csv", csv(rows), false, admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected.length()").value(4))
                .andExpect(jsonPath("$.rejected[0].row").value(2))
                .andExpect(jsonPath("$.rejected[0].column").value("Вид"))
                .andExpect(jsonPath("$.rejected[0].message").value("Непознат вид партньор „Космонавти“."))
                .andExpect(jsonPath("$.rejected[1].row").value(3))
                .andExpect(jsonPath("$.rejected[1].column").value("Наименование"))
                .andExpect(jsonPath("$.rejected[1].message").value("Задължително поле."))
                .andExpect(jsonPath("$.rejected[2].column").value("Населено място"))
                .andExpect(jsonPath("$.rejected[2].message").value(containsString("Нямасиселище")))
                .andExpect(jsonPath("$.rejected[3].column").value("Съгласие"))
                .andExpect(jsonPath("$.created").value(1))
                .andReturn();
        var batchId = json.readTree(preview.getResponse().getContentAsString())
                .get("batchId")
                .asText();
        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .header("Accept-Language", "bg")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Вносът не е записан")));
        upload("bad-rows.csv", csv(rows), true, admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.committed").value(false));
        assertThat(imported()).as("all or nothing: not even the valid row").isEqualTo(4);
    }

    @Test
    @Order(4)
    void readsXlsxWithEnglishHeadersAndAnExplicitMapping() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            String[][] cells = {{"Organisation", "Kind", "Town"}, {"Галерия Внос осем", "Култура", "Враца"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
        }
        mvc.perform(multipart(URL)
                        .file(new MockMultipartFile("file", "p.xlsx", "application/octet-stream", out.toByteArray()))
                        .param("mapping", "{\"name\":\"Organisation\",\"type\":\"Kind\",\"settlement\":\"Town\"}")
                        .param("commit", "true")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        assertThat(imported()).isEqualTo(5);
        mvc.perform(multipart(URL)
                        .file(new MockMultipartFile("file", "p.xlsx", "application/octet-stream", out.toByteArray()))
                        .param("mapping", "{\"type\":\"Kind\"}")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Посочете колона за полето „Име“."));
    }

    @Test
    @Order(5)
    void aCoordinatorImportsOnlyIntoTheirOblasts() throws Exception {
        var coordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        var rows = List.of("Клуб Внос девет,SPORTS,,Враца,,,,", "Клуб Внос десет,SPORTS,,68134,,,,");
        upload("coordinator.csv", csv(rows), false, coordinator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.rejected.length()").value(1))
                .andExpect(jsonPath("$.rejected[0].row").value(3))
                .andExpect(jsonPath("$.rejected[0].column").value("Населено място"))
                .andExpect(jsonPath("$.rejected[0].message").value(containsString("извън вашите области")));
    }

    @Test
    @Order(5)
    void aBatchIsCommittedOnlyByWhoUploadedIt() throws Exception {
        var coordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        var other = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        long before = organisations.count();
        var uploaded = Instant.now();
        var preview = upload(
                        "own-batch.csv", csv(List.of("Клуб Собствена партида,SPORTS,,Враца,,,,")), false, coordinator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andReturn();
        var batchId = json.readTree(preview.getResponse().getContentAsString())
                .get("batchId")
                .asText();
        // kept as Hibernate keeps instants (one rule for every column), and waiting since then on the start page
        var previewed = Instant.now().plusMillis(1);
        assertThat(jdbc.sql("select created_at from import_batch where id = ?")
                        .param(batchId)
                        .query((rs, n) -> instants.read(rs, 1))
                        .single())
                .isBetween(uploaded, previewed);
        assertThat(importTasks.tasksFor(coordinator))
                .filteredOn(t -> t.args().get(0).equals("own-batch.csv"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.kind()).isEqualTo("directory.import-waiting");
                    assertThat(t.since()).isBetween(uploaded, previewed);
                });

        for (var stranger : List.of(other, admin())) {
            mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/imports/partners/" + batchId + "/commit")
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/imports/partners/" + batchId + "/preview")
                            .param("columns[name]", "Наименование")
                            .param("columns[type]", "Вид")
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(organisations.count())
                .as("nothing stored by another's commit")
                .isEqualTo(before);

        var committing = Instant.now();
        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.created").value(1));
        assertThat(organisations.count()).isEqualTo(before + 1);
        assertThat(batches.find(batchId).orElseThrow().committedAt()).isBetween(committing, Instant.now());
        assertThat(jdbc.sql("select committed_at from import_batch where id = ?")
                        .param(batchId)
                        .query((rs, n) -> instants.read(rs, 1))
                        .single())
                .isBetween(committing, Instant.now());
    }

    @Test
    @Order(6)
    void librariansMayNotImport() throws Exception {
        upload("x.csv", csv(ROWS), false, people.create(Role.LIBRARIAN)).andExpect(status().isForbidden());
        mvc.perform(get("/imports/partners").with(user(people.create(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
    }

    @Test
    @Order(7)
    void thePageUploadsMapsPreviewsAndCommits() throws Exception {
        mvc.perform(get("/imports/partners").with(user(admin()))).andExpect(status().isOk());
        var rows = List.of("Читалня Внос единадесет,Култура,,Враца,,,,");
        var mapping = mvc.perform(multipart("/imports/partners")
                        .file(new MockMultipartFile("file", "page.csv", "text/csv", csv(rows)))
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"Наименование\" selected=\"selected\">")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var batchId = mapping.replaceAll("(?s).*/imports/partners/([0-9a-f-]{36})/preview.*", "$1");
        mvc.perform(post("/imports/partners/" + batchId + "/preview")
                        .param("columns[name]", "Наименование")
                        .param("columns[type]", "Вид")
                        .param("columns[settlement]", "Населено място")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/imports/partners/" + batchId + "/commit")));
        mvc.perform(post("/imports/partners/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Вносът е записан.")));
        assertThat(imported()).isEqualTo(6);
    }

    @Test
    @Order(8)
    void aMergeRepointsPartnershipPartiesAndUserScopesToTheKeptRecord() {
        long kept = editor.create(admin(), DirectoryIT.partner("Сдружение Сливане", null));
        long removed = editor.create(admin(), DirectoryIT.partner("Сдружение „Сливане“", null));
        long library = jdbc.sql("select min(id) from organisation where kind = 'LIBRARY'")
                .query(Long.class)
                .single();
        var now = instants.bind(Instant.now());
        jdbc.sql("""
                insert into partnership (id, title, lead_library_id, lead_library_name, status, builder_step, renewals,
                    created_at, updated_at, version) values (?, ?, ?, ?, 'DRAFT', 1, 0, ?, ?, 0)""")
                .params(9_000_001L, "Сливане", library, "Библиотека", now, now)
                .update();
        jdbc.sql("""
                insert into partnership_party (id, partnership_id, sort_order, organisation_id, organisation_name)
                values (?, ?, 0, ?, ?)""")
                .params(9_000_001L, 9_000_001L, removed, "Сдружение „Сливане“")
                .update();
        var userId = accounts.create(
                "slivane@test.libpartners.bg",
                "Представител",
                Role.PARTNER,
                "Correct-Horse-Battery-9",
                Locale.forLanguageTag("bg"),
                Scope.of(ScopeKind.ORGANISATION, removed));

        duplicates.merge(kept, removed);

        assertThat(organisations.findById(removed)).isEmpty();
        assertThat(jdbc.sql("select organisation_id from partnership_party where id = 9000001")
                        .query(Long.class)
                        .single())
                .isEqualTo(kept);
        assertThat(jdbc.sql("select lead_library_id from partnership where id = 9000001")
                        .query(Long.class)
                        .single())
                .as("the lead library was not merged")
                .isEqualTo(library);
        assertThat(accounts.get(userId).scopes()).containsExactly(Scope.of(ScopeKind.ORGANISATION, kept));
    }
}
