package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.TestMail;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.partnership.PartnershipFixtures;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A chitalishte's board and a library's staff as lists: the migration of the two old text fields, the register
 * import filling the board without duplicates, editing by those who may edit the organisation (and no one else, on
 * the pages and in the API), personal data (e-mail, phone) seen only by editors and the person themselves and never
 * in the open data, exports or search, and an invitation from the list.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(PartnershipFixtures.class)
class BoardAndStaffIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP).withPerMethodLifecycle(false);

    @Autowired
    MockMvc mvc;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    BoardAndStaff boards;

    @Autowired
    OrganisationPeople people;

    @Autowired
    Organisations organisations;

    @Autowired
    Directory directory;

    @Autowired
    InvitationService invitations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    bg.libpartners.account.TestPeople testPeople;

    @Autowired
    java.time.Clock clock;

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "к");
    }

    /** A new person in the database with this role and scopes (no rights on the demo organisations). */
    CurrentUser someone(Role role, Scope... scopes) {
        return testPeople.create(role, scopes);
    }

    long otherLibrary() {
        long own = fx.library();
        return directory
                .list(
                        OrganisationKind.LIBRARY,
                        fx.demo(Role.COORDINATOR)
                                .refs(ScopeKind.OBLAST)
                                .iterator()
                                .next(),
                        null,
                        PageRequest.of(0, 5))
                .stream()
                .mapToLong(OrganisationSummary::id)
                .filter(id -> id != own)
                .findFirst()
                .orElseThrow();
    }

    long chitalishteOfDemoLibrary() {
        return directory.holderOf(fx.library()).orElseThrow().id();
    }

    @Test
    void theMigrationMovesTheTwoOldFieldsIntoTheLists() {
        var schema = "v34check";
        var quoted = "\"" + schema + "\"";
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .locations("classpath:db/migration")
                    .target("33")
                    .load()
                    .migrate();
            var insert = "insert into " + quoted + ".organisation (id, kind, name, register_no, status, eik_valid,"
                    + " chair, secretary, created_at, updated_at, version) values (?, ?, ?, ?, 'ACTIVE', false, ?, ?,"
                    + " current_timestamp, current_timestamp, 0)";
            jdbc.sql(insert)
                    .params(1, "CHITALISHTE", "НЧ Миграция", 77, " Иван Миграционов ", "Мара Секретарова")
                    .update();
            jdbc.sql(insert)
                    .params(2, "CHITALISHTE", "НЧ Ръчно", null, "Петър Ръчнов", null)
                    .update();
            jdbc.sql(insert)
                    .params(3, "LIBRARY", "Библиотека Миграция", null, "Лора Директорова", "  ")
                    .update();
            jdbc.sql(insert)
                    .params(4, "PARTNER", "Сдружение Миграция", null, null, null)
                    .update();
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .locations("classpath:db/migration")
                    .target("34")
                    .load()
                    .migrate();

            var rows = jdbc.sql("select organisation_id, list_kind, role, name, source from " + quoted
                            + ".organisation_person order by organisation_id, role")
                    .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4) + " " + rs.getString(5))
                    .list();
            assertThat(rows)
                    .containsExactly(
                            "1 BOARD CHAIR Иван Миграционов REGISTER",
                            "1 BOARD SECRETARY Мара Секретарова REGISTER",
                            "2 BOARD CHAIR Петър Ръчнов MANUAL",
                            "3 STAFF HEAD Лора Директорова MANUAL");
            var columns = jdbc.sql("select lower(column_name) from information_schema.columns"
                            + " where lower(table_schema) = ? and lower(table_name) = 'organisation'")
                    .param(schema)
                    .query(String.class)
                    .list();
            assertThat(columns).contains("name", "emails").doesNotContain("chair", "secretary");
        } finally {
            jdbc.sql("drop schema if exists " + quoted + " cascade").update();
        }
    }

    @Test
    void theRegisterFillsTheBoardAndARerunAddsNoOne() throws Exception {
        var lines = Files.readAllLines(RegisterImportIT.REGISTER, StandardCharsets.UTF_8);
        var header = lines.get(0);
        var row = lines.get(3); // register number 2, Иван Вазов-1871 in Сопот
        var masked = RegisterImport.MASKED;
        var named = row.replaceFirst(java.util.regex.Pattern.quote(masked), "Демо Председателова")
                .replaceFirst(java.util.regex.Pattern.quote(masked), "Демо Секретарова");
        long centre = organisations
                .findByKindAndRegisterNoIn(OrganisationKind.CHITALISHTE, List.of(2))
                .get(0)
                .getId();
        var admin = fx.demo(Role.ADMIN);

        importRegister(header + "\n" + named);
        assertThat(board(centre))
                .containsExactlyInAnyOrder(
                        "CHAIR Демо Председателова null–null REGISTER",
                        "SECRETARY Демо Секретарова null–null REGISTER");
        importRegister(header + "\n" + named);
        importRegister(header + "\n" + named.replace("Демо Председателова", "Демо  председателова"));
        assertThat(board(centre))
                .as("the same names again (spaces and case aside) add no one")
                .hasSize(2);

        // a new chair in the register: the old one's term ends yesterday, the new one's begins today
        importRegister(header + "\n" + named.replace("Демо Председателова", "Нова Председателова"));
        var today = LocalDate.now(clock); // the application's day (Sofia), whatever the JVM's zone
        assertThat(board(centre))
                .containsExactlyInAnyOrder(
                        "CHAIR Демо Председателова null–" + today.minusDays(1) + " REGISTER",
                        "CHAIR Нова Председателова " + today + "–null REGISTER",
                        "SECRETARY Демо Секретарова null–null REGISTER");
        // the masked register again changes no one
        importRegister(header + "\n" + row);
        assertThat(board(centre)).hasSize(3);
        assertThat(boards.of(admin, centre).current())
                .extracting(PersonView::name)
                .containsExactly("Нова Председателова", "Демо Секретарова");
        assertThat(boards.signatories(admin, centre))
                .first()
                .isEqualTo("Нова Председателова, председател на настоятелството");
    }

    @Test
    void thePreviewListsTheBoardChangesTheCommitWouldMakeAndWritesNone() throws Exception {
        var lines = Files.readAllLines(RegisterImportIT.REGISTER, StandardCharsets.UTF_8);
        var header = lines.get(0);
        var row = lines.get(4);
        var masked = RegisterImport.MASKED;
        assertThat(row).contains(masked);
        int number = Integer.parseInt(
                row.substring(0, row.indexOf(',')).replace("\"", "").strip());
        var named = row.replaceFirst(java.util.regex.Pattern.quote(masked), "Първа Председателова")
                .replaceFirst(java.util.regex.Pattern.quote(masked), "Първа Секретарова");
        var centre = organisations
                .findByKindAndRegisterNoIn(OrganisationKind.CHITALISHTE, List.of(number))
                .get(0);
        importRegister(header + "\n" + named);
        var before = board(centre.getId());
        var changed = named.replace("Първа Председателова", "Втора Председателова");
        var file = new MockMultipartFile(
                "file", "register.csv", "text/csv", (header + "\n" + changed).getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/v1/imports/chitalishta-register")
                        .file(file)
                        .with(user(fx.demo(Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.boardChanges.length()").value(1))
                .andExpect(jsonPath("$.boardChanges[0].key").value(String.valueOf(number)))
                .andExpect(jsonPath("$.boardChanges[0].organisation").value(centre.getName()))
                .andExpect(jsonPath("$.boardChanges[0].role").value("CHAIR"))
                .andExpect(jsonPath("$.boardChanges[0].name").value("Втора Председателова"))
                .andExpect(jsonPath("$.boardChanges[0].ending[0]").value("Първа Председателова"));
        String page = mvc.perform(multipart("/imports/chitalishta-register")
                        .file(file)
                        .with(user(fx.demo(Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "Промени в настоятелствата",
                        "председател на настоятелството",
                        "Втора Председателова",
                        "Първа Председателова");
        assertThat(board(centre.getId())).as("a preview writes no one").isEqualTo(before);
        // the same names again: nothing to change on the boards
        mvc.perform(multipart("/api/v1/imports/chitalishta-register")
                        .file(new MockMultipartFile(
                                "file",
                                "register.csv",
                                "text/csv",
                                (header + "\n" + named.replace("Първа Секретарова", "Първа  секретарова"))
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(user(fx.demo(Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.boardChanges.length()").value(0));
    }

    private void importRegister(String csv) throws Exception {
        mvc.perform(multipart("/api/v1/imports/chitalishta-register")
                        .file(new MockMultipartFile(
                                "file", "register.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("commit", "true")
                        .with(user(fx.demo(Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    private List<String> board(long centre) {
        return people.findByOrganisationId(centre).stream()
                .map(p -> p.getRole() + " " + p.getName() + " " + p.getTermFrom() + "–" + p.getTermTo() + " "
                        + p.getSource())
                .toList();
    }

    @Test
    void editorsKeepTheStaffOnThePageWithClearMessagesAndOthersAreRefused() throws Exception {
        long library = fx.library();
        var librarian = fx.demo(Role.LIBRARIAN);
        var other = someone(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, otherLibrary()));
        var name = "Калина Страницова " + tag();

        // bad input: the form again, each message naming its field, nothing stored
        var html = mvc.perform(post("/organisations/{id}/people", library)
                        .with(user(librarian))
                        .with(csrf())
                        .param("role", "CHAIR")
                        .param("name", " ")
                        .param("email", "не-е-поща")
                        .param("phone", "звънни")
                        .param("termFrom", "2026-05-01")
                        .param("termTo", "2026-01-01"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Роля: изберете ръководител",
                        "Име и фамилия: въведете името",
                        "Електронна поща: адресът не е валиден",
                        "Телефон: въведете само цифри",
                        "Мандат до: датата е преди началото");
        long before = people.countByOrganisationId(library);

        mvc.perform(post("/organisations/{id}/people", library)
                        .with(user(other))
                        .with(csrf())
                        .param("role", "LIBRARIAN")
                        .param("name", name))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/{id}/people/new", library).with(user(other)))
                .andExpect(status().isForbidden());
        assertThat(people.countByOrganisationId(library)).isEqualTo(before);

        mvc.perform(post("/organisations/{id}/people", library)
                        .with(user(librarian))
                        .with(csrf())
                        .param("role", "LIBRARIAN")
                        .param("name", name)
                        .param("email", "Kalina@Example.org")
                        .param("phone", "0888 123 456")
                        .param("termFrom", "2025-01-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organisations/" + library + "#people"));
        var added = people.findByOrganisationId(library).stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(added.getEmail()).isEqualTo("kalina@example.org");
        assertThat(added.getRole()).isEqualTo(PersonRole.LIBRARIAN);

        mvc.perform(post("/organisations/{id}/people/{pid}", library, added.getId())
                        .with(user(other))
                        .with(csrf())
                        .param("role", "HEAD")
                        .param("name", name)
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/{id}/people/{pid}/delete", library, added.getId())
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/{id}/people/{pid}/edit", library, added.getId())
                        .with(user(librarian)))
                .andExpect(status().isOk());
        mvc.perform(post("/organisations/{id}/people/{pid}", library, added.getId())
                        .with(user(librarian))
                        .with(csrf())
                        .param("role", "HEAD")
                        .param("name", name)
                        .param("email", "kalina@example.org")
                        .param("version", String.valueOf(added.getVersion()))
                        .param("termFrom", "2025-01-01")
                        .param("termTo", "2025-12-31"))
                .andExpect(status().is3xxRedirection());
        var changed = people.findById(added.getId()).orElseThrow();
        assertThat(changed.getRole()).isEqualTo(PersonRole.HEAD);
        assertThat(changed.getTermTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(changed.getPhone()).isNull();
        // a stale version is a lost update, said on the form
        mvc.perform(post("/organisations/{id}/people/{pid}", library, added.getId())
                        .with(user(librarian))
                        .with(csrf())
                        .param("role", "HEAD")
                        .param("name", name + " Б")
                        .param("version", String.valueOf(added.getVersion())))
                .andExpect(status().isOk());
        assertThat(people.findById(added.getId()).orElseThrow().getName()).isEqualTo(name);

        mvc.perform(post("/organisations/{id}/people/{pid}/delete", library, added.getId())
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(people.findById(added.getId())).isEmpty();
    }

    @Test
    void theApiAddsChangesAndRemovesForEditorsOnly() throws Exception {
        long centre = chitalishteOfDemoLibrary();
        var board = fx.demo(Role.BOARD_MEMBER);
        var librarian = fx.demo(Role.LIBRARIAN); // edits the library, not the chitalishte that holds it
        var other = someone(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, otherLibrary()));
        var name = "Борис Апиев " + tag();
        var body = "{\"role\":\"MEMBER\",\"name\":\"" + name + "\",\"email\":\"boris.api@example.org\","
                + "\"termFrom\":\"2024-03-01\",\"termTo\":\"2028-02-29\"}";
        var url = "/api/v1/organisations/" + centre + "/people";

        for (var refused : List.of(librarian, other)) {
            mvc.perform(post(url)
                            .with(user(refused))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
        }
        mvc.perform(post(url)
                        .with(user(board))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "bg")
                        .content("{\"role\":\"HEAD\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'role')].message")
                                .value(
                                        "Роля: изберете председател, заместник-председател, секретар или член на настоятелството."))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
        var created = mvc.perform(post(url)
                        .with(user(board))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.email").value("boris.api@example.org"))
                .andReturn()
                .getResponse();
        long id = Long.parseLong(created.getHeader("Location").replaceAll(".*/", ""));

        mvc.perform(get(url).with(user(board)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").exists())
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")].role").value("MEMBER"));
        mvc.perform(put(url + "/" + id)
                        .with(user(board))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"DEPUTY_CHAIR\",\"name\":\"" + name + "\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(url + "/" + id)
                        .with(user(other))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"DEPUTY_CHAIR\",\"name\":\"x\",\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(url + "/" + id)
                        .with(user(board))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"DEPUTY_CHAIR\",\"name\":\"" + name + "\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("DEPUTY_CHAIR"))
                .andExpect(jsonPath("$.email").isEmpty());
        mvc.perform(put(url + "/" + id)
                        .with(user(board))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"MEMBER\",\"name\":\"" + name + "\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(delete(url + "/" + id).with(user(other)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(delete(url + "/" + id).with(user(board)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(delete(url + "/" + id).with(user(board)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}/people'].post.summary")
                        .isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}/people/{personId}/invitation'].post")
                        .exists());
    }

    @Test
    void personalDataIsSeenOnlyByEditorsAndThePersonThemselves() throws Exception {
        long library = fx.library();
        var editor = fx.demo(Role.LIBRARIAN);
        var surname = "Тайнова" + tag();
        var email = "taina." + tag() + "@example.org";
        var person = boards.add(
                editor,
                library,
                new PersonInput(
                        PersonRole.LIBRARIAN,
                        "Теодора " + surname,
                        email,
                        "0877 654 321",
                        LocalDate.of(2024, 1, 1),
                        null,
                        null));
        var oblast = directory.find(library).oblastCode();
        var otherLibrarian = someone(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, otherLibrary()));
        var otherCoordinator = someone(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, otherOblast(oblast)));
        var coordinator = someone(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, oblast));
        var self = testPeople.create(email.toUpperCase(Locale.ROOT), Role.EXPERT); // an account of the same e-mail

        // another library's librarian and another oblast's coordinator: the position and term, no name, no contacts
        for (var other : List.of(otherLibrarian, otherCoordinator)) {
            var page = mvc.perform(get("/organisations/{id}", library).with(user(other)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .contains("Библиотекар", "01.01.2024", "скрито (лични данни)")
                    .doesNotContain(surname, email, "0877 654 321")
                    .doesNotContain("/people/" + person.id() + "/edit");
            var api = "/api/v1/organisations/" + library + "/people";
            var list = mvc.perform(get(api).with(user(other)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[?(@.id == " + person.id() + ")].role")
                            .value("LIBRARIAN"))
                    .andExpect(jsonPath("$.content[?(@.id == " + person.id() + ")].personalDataVisible")
                            .value(false))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(list).doesNotContain(surname, email, "654 321");
            var one = mvc.perform(get(api + "/" + person.id()).with(user(other)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(one).doesNotContain(surname, email, "654 321");
            var details = mvc.perform(get("/api/v1/organisations/" + library).with(user(other)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(details).doesNotContain(surname, email);
        }
        // the person themselves, the library's own librarian, the oblast's coordinator and an admin see it all
        var own = mvc.perform(get("/organisations/{id}", library).with(user(self)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains(surname, email, "0877 654 321").doesNotContain("/people/" + person.id() + "/edit");
        mvc.perform(get("/api/v1/organisations/" + library + "/people/" + person.id())
                        .with(user(self)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Теодора " + surname))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.phone").value("0877 654 321"));
        var edit = mvc.perform(get("/organisations/{id}", library).with(user(editor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(edit)
                .contains(surname, email, "/people/" + person.id() + "/edit", "/people/" + person.id() + "/invite");
        for (var keeper : List.of(coordinator, fx.demo(Role.ADMIN))) {
            mvc.perform(get("/api/v1/organisations/" + library + "/people").with(user(keeper)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[?(@.id == " + person.id() + ")].name")
                            .value("Теодора " + surname))
                    .andExpect(jsonPath("$.content[?(@.id == " + person.id() + ")].email")
                            .value(email));
        }
        mvc.perform(get("/api/v1/organisations/" + library + "/people")).andExpect(status().isUnauthorized());

        // never in the open data, the exports or the search
        for (var url : List.of(
                "/api/v1/open-data/libraries.csv",
                "/api/v1/open-data/libraries.json",
                "/api/v1/open-data/hsds_organization.csv")) {
            var body = mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(url).doesNotContain(surname, email, "654 321");
        }
        var summary = directory.find(library);
        var export = mvc.perform(get("/organisations/export.csv")
                        .param("oblast", summary.oblastCode())
                        .param("kind", "LIBRARY")
                        .with(user(editor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(export).contains(summary.name()).doesNotContain(surname, email);
        assertThat(directory
                        .search(surname, null, null, null, null, PageRequest.of(0, 5))
                        .getTotalElements())
                .isZero();
    }

    @Test
    void aChitalishtesBoardIsSeenByItsLibrariansAndNotByOthers() throws Exception {
        long centre = chitalishteOfDemoLibrary();
        var surname = "Настоятелска" + tag();
        var member = boards.add(
                fx.demo(Role.BOARD_MEMBER),
                centre,
                new PersonInput(PersonRole.MEMBER, "Мария " + surname, null, null, null, null, null));
        var oblast = directory.find(centre).oblastCode();
        var api = "/api/v1/organisations/" + centre + "/people";
        // the librarian of the library it holds prepares its agreements: sees the board, may not edit it
        mvc.perform(get(api).with(user(fx.demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + member.id() + ")].name")
                        .value("Мария " + surname));
        mvc.perform(put(api + "/" + member.id())
                        .with(user(fx.demo(Role.LIBRARIAN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"MEMBER\",\"name\":\"x\",\"version\":0}"))
                .andExpect(status().isForbidden());
        var strangers = List.of(
                someone(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, otherLibrary())),
                someone(
                        Role.BOARD_MEMBER,
                        Scope.of(
                                ScopeKind.CHITALISHTE,
                                jdbc.sql("select min(id) from organisation where kind = 'CHITALISHTE' and id <> ?")
                                        .param(centre)
                                        .query(Long.class)
                                        .single())),
                someone(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, otherOblast(oblast))),
                someone(Role.EXPERT));
        for (var stranger : strangers) {
            var list = mvc.perform(get(api).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[?(@.id == " + member.id() + ")].role")
                            .value("MEMBER"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(list).as(stranger.role().name()).doesNotContain(surname);
            var page = mvc.perform(get("/organisations/{id}", centre).with(user(stranger)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(stranger.role().name()).doesNotContain(surname);
            assertThat(boards.signatories(stranger, fx.library()))
                    .as(stranger.role().name())
                    .isEmpty();
        }
        assertThat(boards.signatories(fx.demo(Role.LIBRARIAN), fx.library())).isNotEmpty();
    }

    /** An oblast other than this one (the coordinator of it has no rights here). */
    String otherOblast(String oblast) {
        return jdbc.sql("select code from oblast where code <> ? order by code")
                .param(oblast)
                .query(String.class)
                .list()
                .get(0);
    }

    @Test
    void aBoardMemberWithAnEmailIsInvitedFromTheList() throws Exception {
        long centre = chitalishteOfDemoLibrary();
        var board = fx.demo(Role.BOARD_MEMBER);
        var email = "pokana." + tag() + "@example.org";
        var member = boards.add(
                board, centre, new PersonInput(PersonRole.MEMBER, "Поканена Членова", email, null, null, null, null));
        var outsider =
                boards.add(board, centre, new PersonInput(PersonRole.MEMBER, "Без Поща", null, null, null, null, null));
        var other = someone(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, otherLibrary()));

        mvc.perform(post("/organisations/{id}/people/{pid}/invite", centre, member.id())
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations/{id}/people/{pid}/invitation", centre, member.id())
                        .with(user(fx.demo(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations/{id}/people/{pid}/invitation", centre, outsider.id())
                        .with(user(board))
                        .with(csrf())
                        .header("Accept-Language", "bg"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("Електронна поща: човекът няма въведен адрес, на който да получи покана."));

        mvc.perform(post("/organisations/{id}/people/{pid}/invite", centre, member.id())
                        .with(user(board))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organisations/" + centre + "#people"));
        var invitation = invitations.list(fx.demo(Role.ADMIN)).stream()
                .filter(i -> i.email().equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(invitation.role()).isEqualTo(Role.BOARD_MEMBER);
        assertThat(invitation.scopes()).containsExactly(Scope.of(ScopeKind.CHITALISHTE, centre));
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(List.of(mail.getReceivedMessages()))
                .anySatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(email));
    }

    @Test
    void theAgreementsRepresentativeDefaultsToTheChairAndStaysEditable() throws Exception {
        long library = fx.library();
        var librarian = fx.demo(Role.LIBRARIAN);
        var signatories = boards.signatories(librarian, library);
        assertThat(signatories)
                .as("the demo board of the chitalishte that holds the demo library")
                .isNotEmpty();
        var chair = signatories.get(0);
        assertThat(chair).endsWith(", председател на настоятелството");
        long partnership = fx.create("Представители " + tag());

        var step = mvc.perform(get("/partnerships/{id}/builder/5", partnership).with(user(librarian)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(step)
                .contains("value=\"" + chair + "\"")
                .contains("<datalist id=\"representatives-lead\">")
                .contains("Директор"); // a party's representative already written is kept
        mvc.perform(get("/partnerships/{id}/edit", partnership).with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("value=\"" + chair + "\"")));

        // what the person writes is the partnership's own
        mvc.perform(post("/partnerships/{id}/builder/5", partnership)
                        .with(user(librarian))
                        .with(csrf())
                        .param("lead.representative", "Друг Подписващ, зам.-председател")
                        .param("go", "stay"))
                .andExpect(status().is3xxRedirection());
        var again = mvc.perform(get("/partnerships/{id}/builder/5", partnership).with(user(librarian)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("value=\"Друг Подписващ, зам.-председател\"");
        assertThat(boards.signatories(librarian, library)).first().isEqualTo(chair);
    }

    @Test
    void theHelpPageSaysWhoSeesWhat() throws Exception {
        var help = mvc.perform(get("/help/directory").with(user(fx.demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(help)
                .contains(
                        "id=\"people\"",
                        "Настоятелство и персонал",
                        "Вносът на регистъра на читалищата",
                        "имената, електронната поща и телефонът са лични данни");
    }
}
