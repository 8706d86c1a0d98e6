package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Search, the API's shape, edit rights, exports and duplicates over the demo directory (the real register). */
@IntegrationTest
@AutoConfigureMockMvc
class DirectoryIT {

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    bg.libpartners.account.TestPeople people;

    /** The demo administrator: a person in the database. */
    bg.libpartners.account.CurrentUser admin() {
        return people.demo(bg.libpartners.account.Role.ADMIN);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    DirectoryEditor editor;

    @Autowired
    DuplicateService duplicates;

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    @Autowired
    DirectoryBootstrap bootstrap;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    CurrentUser demo(Role role) {
        return (CurrentUser) users.loadUserByUsername(DemoAccounts.of(role).email());
    }

    @Autowired
    DirectoryFigureSource directoryFigures;

    @Test
    void theOblastsValuesInOnePassAreEachOblastsFigures() {
        for (var type : java.util.Arrays.asList(null, "NGO")) {
            var scope = new bg.libpartners.insight.InsightScope(null, null, null, null, type);
            var all = directoryFigures.valuesByOblast(scope);
            assertThat(all).hasSizeGreaterThanOrEqualTo(20);
            for (var oblast : List.of("PDV", "SOF", "VAR", "SFO", "BLG", "SML")) {
                var one = directoryFigures.figures(
                        new bg.libpartners.insight.InsightScope(oblast, null, null, null, type));
                assertThat(one).isNotEmpty();
                for (var figure : one) {
                    assertThat(all.getOrDefault(oblast, Map.of())
                                    .getOrDefault(figure.key(), 0)
                                    .longValue())
                            .as(oblast + " " + type + " " + figure.key())
                            .isEqualTo(figure.value().longValue());
                }
            }
        }
    }

    @Test
    void findsTheSingularByThePluralInBulgarian() throws Exception {
        mvc.perform(get("/api/v1/organisations")
                        .param("q", "библиотеки")
                        .param("kind", "LIBRARY")
                        .with(user(admin())))
                .andExpect(status().isOk())
                // more than 3,000 libraries match: the list counts exactly up to 1,000 and says the rest is a bound
                .andExpect(jsonPath("$.page.totalElements").value(greaterThan(1000)))
                .andExpect(jsonPath("$.page.totalElementsExact").value(false))
                .andExpect(jsonPath("$.content[0].name").value(containsString("Библиотека")))
                .andExpect(jsonPath("$.content[0].oblast").exists())
                .andExpect(jsonPath("$.content[0].lat").isNumber());
        mvc.perform(get("/api/v1/organisations/facets")
                        .param("q", "библиотеки")
                        .param("kind", "LIBRARY")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type.LIBRARY_CHITALISHTE").value(greaterThan(3000)));
    }

    @Test
    void findsCyrillicNamesWrittenInLatin() throws Exception {
        mvc.perform(get("/api/v1/organisations")
                        .param("q", "Prosveta")
                        .param("kind", "CHITALISHTE")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(greaterThan(50)))
                .andExpect(jsonPath(
                        "$.content[*].name", everyItem(org.hamcrest.Matchers.containsStringIgnoringCase("просвет"))));
        // "na" and "i" are "на" and "и" in Latin letters, stop words: dropped, not clauses that match nothing
        mvc.perform(get("/api/v1/organisations")
                        .param("q", "na Prosveta i")
                        .param("kind", "CHITALISHTE")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(greaterThan(50)));
        // the Streamlined System writes "ъ" as "a"
        mvc.perform(get("/api/v1/organisations")
                        .param("q", "Veliko Tarnovo")
                        .param("kind", "CHITALISHTE")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(greaterThan(0)))
                .andExpect(jsonPath("$.content[0].settlement").value(containsString("Търново")));
    }

    @Test
    void toleratesATypoInALongerWord() throws Exception {
        mvc.perform(get("/api/v1/organisations")
                        .param("q", "Пробдуа")
                        .param("kind", "CHITALISHTE")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name", hasItem(containsString("Пробуда"))));
    }

    @Test
    void countsFacetsOverTheFilteredHits() throws Exception {
        var facets = json.readTree(mvc.perform(get("/api/v1/organisations/facets")
                        .param("oblast", "PDV")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long chitalishta = facets.get("type").get("CHITALISHTE").asLong();
        assertThat(chitalishta).isGreaterThan(100);
        assertThat(facets.get("oblast").size()).isEqualTo(1);
        mvc.perform(get("/api/v1/organisations")
                        .param("oblast", "PDV")
                        .param("type", "CHITALISHTE")
                        .with(user(admin())))
                .andExpect(jsonPath("$.page.totalElements").value(chitalishta));
    }

    @Test
    void suggestsAsYouTypeAndRendersThePages() throws Exception {
        mvc.perform(get("/organisations/suggest").param("q", "Просв").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Просвета")));
        mvc.perform(get("/organisations").param("q", "библиотеки първомай").with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Първомай")));
        var library = librarianLibrary();
        mvc.perform(get("/organisations/" + library).with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("org-map")));
        mvc.perform(get("/organisations/" + library + "/edit").with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isOk());
        mvc.perform(get("/imports/chitalishta-register").with(user(admin()))).andExpect(status().isOk());
        mvc.perform(get("/imports/chitalishta-register").with(user(demo(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLibrarianEditsOnlyTheirOwnLibrary() throws Exception {
        var librarian = demo(Role.LIBRARIAN);
        long own = librarianLibrary();
        long other = directory
                .list(OrganisationKind.LIBRARY, "SOF", null, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        assertThat(directory.mayEdit(librarian, own)).isTrue();
        assertThat(directory.mayEdit(librarian, other)).isFalse();

        mvc.perform(put("/api/v1/organisations/" + other)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Чужда\",\"libraryKind\":\"CHITALISHTE\"}")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + other)
                        .param("kind", "LIBRARY")
                        .param("name", "Чужда")
                        .param("libraryKind", "CHITALISHTE")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + other + "/edit").with(user(librarian)))
                .andExpect(status().isForbidden());
        assertThat(directory.find(other).name()).isNotEqualTo("Чужда");

        var version = directory.details(librarian, own).version();
        var name = directory.find(own).name();
        var holder = directory.holderOf(own);
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "name",
                                name,
                                "libraryKind",
                                "CHITALISHTE",
                                "ekatte",
                                directory.find(own).ekatte(),
                                "description",
                                "Отворена и в събота",
                                "version",
                                version)))
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Отворена и в събота"));
        // an edit that does not name the holding chitalishte keeps it (the board's approval rights hang on it)
        assertThat(directory.holderOf(own)).isEqualTo(holder).isPresent();
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("name", name, "libraryKind", "CHITALISHTE", "version", version)))
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void anApiEditWithoutTheVersionReadIsRefusedWith428() throws Exception {
        var librarian = demo(Role.LIBRARIAN);
        long own = librarianLibrary();
        var read = directory.details(librarian, own);
        var body = Map.of(
                "name",
                read.summary().name(),
                "libraryKind",
                "CHITALISHTE",
                "ekatte",
                read.summary().ekatte(),
                "description",
                "Без версия");
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body))
                        .header("Accept-Language", "bg")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("version"))
                .andExpect(jsonPath("$.detail").value(containsString("„version“")));
        assertThat(directory.details(librarian, own).description()).isNotEqualTo("Без версия");
        // the version read, as If-Match, is enough
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body))
                        .header("If-Match", "\"" + read.version() + "\"")
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Без версия"));
    }

    @Test
    void aFormSavedOverSomeoneElsesChangeKeepsWhatWasTypedAndNamesWhatDiffers() throws Exception {
        var librarian = demo(Role.LIBRARIAN);
        long own = librarianLibrary();
        var read = directory.details(librarian, own);
        // a colleague saves a new description while the librarian still has the form open
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "name",
                                read.summary().name(),
                                "libraryKind",
                                "CHITALISHTE",
                                "ekatte",
                                read.summary().ekatte(),
                                "description",
                                "Описанието на колегата",
                                "version",
                                read.version())))
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk());
        long now = directory.details(librarian, own).version();

        var page = mvc.perform(post("/organisations/" + own)
                        .param("kind", "LIBRARY")
                        .param("name", read.summary().name())
                        .param("libraryKind", "CHITALISHTE")
                        .param("ekatte", read.summary().ekatte())
                        .param("description", "Моето описание")
                        .param("version", String.valueOf(read.version()))
                        .with(user(librarian))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .as("what was typed stays in the form")
                .contains("Моето описание")
                .contains("някой друг запази този запис")
                .contains("„Описание“ сега е: Описанието на колегата")
                .as("saving again is a decision, based on the version now saved")
                .containsPattern("name=\"version\" value=\"" + now + "\"");
        assertThat(directory.details(librarian, own).description()).isEqualTo("Описанието на колегата");
    }

    @Test
    void aChangeThatReachedTheDatabaseButNotTheIndexIsFoundByContentVersion() throws Exception {
        long id = directory
                .list(OrganisationKind.CHITALISHTE, "VTR", null, PageRequest.of(0, 1))
                .getContent()
                .get(0)
                .id();
        // as after a crash between the commit and the index write: the row changed, the index did not, same count
        jdbc.sql("update organisation set name = name || ' Пропуснато', updated_at = ? where id = ?")
                .params(instants.bind(java.time.Instant.now().plusSeconds(1)), id)
                .update();
        var filter = new SearchFilter("Пропуснато", OrganisationKind.CHITALISHTE, null, null, null, null, null);
        assertThat(directory.search(filter, PageRequest.of(0, 5)).page().getContent())
                .isEmpty();

        bootstrap.reindexIfLost();

        assertThat(directory.search(filter, PageRequest.of(0, 5)).page().getContent())
                .extracting(OrganisationSummary::id)
                .containsExactly(id);
    }

    @Test
    void aPartnerEditsOnlyTheirOrganisation() throws Exception {
        var partner = demo(Role.PARTNER);
        long own =
                Long.parseLong(partner.refs(ScopeKind.ORGANISATION).iterator().next());
        var other = directory
                .search(
                        new SearchFilter("Община Първомай", OrganisationKind.PARTNER, null, null, null, null, null),
                        PageRequest.of(0, 1))
                .page()
                .getContent()
                .get(0);
        assertThat(other.id()).isNotEqualTo(own);
        var details = directory.details(partner, own);
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "name",
                                details.summary().name(),
                                "partnerType",
                                "EDUCATION",
                                "partnerSubtype",
                                "SCHOOL",
                                "ekatte",
                                details.summary().ekatte(),
                                "version",
                                details.version())))
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/organisations/" + other.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"partnerType\":\"PUBLIC_BODY\"}")
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyCoordinatorsAndAdminsMarkANationalStrategicPartner() throws Exception {
        var partner = demo(Role.PARTNER);
        long own =
                Long.parseLong(partner.refs(ScopeKind.ORGANISATION).iterator().next());
        var details = directory.details(partner, own);
        var before = details.summary().strategic();
        assertThat(before).isNotEqualTo(StrategicLevel.NATIONAL);
        long count = directory
                .list(OrganisationKind.PARTNER, null, null, PageRequest.of(0, 1))
                .getTotalElements();
        var edit = new java.util.HashMap<String, Object>(Map.of(
                "name",
                details.summary().name(),
                "partnerType",
                "EDUCATION",
                "partnerSubtype",
                "SCHOOL",
                "ekatte",
                details.summary().ekatte(),
                "strategic",
                "NATIONAL",
                "strategicReason",
                "Искаме да сме навсякъде",
                "version",
                details.version()));

        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(edit))
                        .header("Accept-Language", "bg")
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.parameter").value("strategic"))
                .andExpect(jsonPath("$.detail").value(containsString("Само координатор или администратор")));
        mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PARTNER\",\"name\":\"Фирма навсякъде\",\"partnerType\":\"BUSINESS\","
                                + "\"strategic\":\"NATIONAL\",\"strategicReason\":\"x\"}")
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations")
                        .param("kind", "PARTNER")
                        .param("name", "Фирма навсякъде")
                        .param("partnerType", "BUSINESS")
                        .param("strategic", "NATIONAL")
                        .param("strategicReason", "x")
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Само координатор или администратор")));
        mvc.perform(get("/organisations/" + own + "/edit").with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"NATIONAL\""))));
        assertThat(directory.find(own).strategic()).as("nothing changed").isEqualTo(before);
        assertThat(directory
                        .list(OrganisationKind.PARTNER, null, null, PageRequest.of(0, 1))
                        .getTotalElements())
                .as("nothing created")
                .isEqualTo(count);

        // the coordinator of the organisation's oblast marks it; the representative then edits it and keeps the mark
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(edit))
                        .with(user(demo(Role.COORDINATOR)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.strategic").value("NATIONAL"));
        edit.put("version", directory.details(partner, own).version());
        edit.put("description", "Училище с библиотека");
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(edit))
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isOk());
        edit.put("version", directory.details(partner, own).version());
        edit.remove("strategic");
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(edit))
                        .with(user(partner))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + own + "/edit").with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"NATIONAL\"")));
        assertThat(directory.find(own).strategic()).isEqualTo(StrategicLevel.NATIONAL);
        // put it back as it was for the other tests
        var restore = directory.details(partner, own);
        edit.put("version", restore.version());
        if (before != null) {
            edit.put("strategic", before.name());
        }
        mvc.perform(put("/api/v1/organisations/" + own)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(edit))
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    /**
     * Libraries beyond the register (#18): a municipal library belongs to its municipality, which signs for it; a
     * regional library with an EIK of its own signs itself; a library never belongs to another library.
     */
    @Test
    void librariesOutsideTheRegisterBelongToTheirBody() throws Exception {
        long municipality = directory.list(OrganisationKind.PARTNER, null, null, PageRequest.of(0, 500)).stream()
                .filter(o -> o.name().equals("Община Първомай"))
                .findFirst()
                .orElseThrow()
                .id();
        long municipal = created(Map.of(
                "kind",
                "LIBRARY",
                "name",
                "Общинска библиотека – Първомай",
                "libraryKind",
                "MUNICIPAL",
                "parentId",
                municipality));
        assertThat(directory.holderOf(municipal)).map(OrganisationSummary::id).contains(municipality);
        long regional = created(Map.of(
                "kind",
                "LIBRARY",
                "name",
                "Регионална библиотека – Първомай",
                "libraryKind",
                "REGIONAL",
                "parentId",
                municipality,
                "eik",
                Eik.complete("17000001")));
        assertThat(directory.holderOf(regional)).isEmpty();
        mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "kind", "LIBRARY", "name", "Филиал", "libraryKind", "OTHER", "parentId", municipal)))
                        .header("Accept-Language", "bg")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("parentId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("не към друга библиотека"))));
        mvc.perform(get("/organisations/" + municipal + "/edit").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Община Първомай")));
    }

    private long created(Map<String, Object> body) throws Exception {
        var location = mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body))
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void namesEveryInvalidFieldInBulgarian() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PARTNER\",\"name\":\"Фирма\",\"eik\":\"123456789\",\"ekatte\":\"99999\","
                                + "\"partnerType\":\"CULTURE\",\"partnerSubtype\":\"BANK\"}")
                        .header("Accept-Language", "bg")
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("eik")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("partnerSubtype")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("ekatte")))
                .andExpect(jsonPath(
                        "$.errors[*].message",
                        hasItem("ЕИК/БУЛСТАТ трябва да е 9 или 13 цифри с вярна контролна цифра.")));
        mvc.perform(post("/organisations")
                        .param("kind", "PARTNER")
                        .param("name", "")
                        .param("partnerType", "INDIVIDUAL")
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Въведете име")))
                .andExpect(content().string(containsString("записано съгласие")));
    }

    @Test
    void aTooLongFieldIsNamedWithItsLimitAndAWrongPointWithItsRange() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "kind",
                                "PARTNER",
                                "name",
                                "Сдружение Дълъг адрес",
                                "partnerType",
                                "NGO",
                                "address",
                                "ул. " + "я".repeat(500),
                                "phones",
                                "0".repeat(501),
                                "lat",
                                95.0,
                                "lon",
                                23.3)))
                        .header("Accept-Language", "bg")
                        .with(user(demo(Role.LIBRARIAN)))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("address")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Полето „Адрес“ може да съдържа до 500 знака.")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Полето „Телефони“ може да съдържа до 500 знака.")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Географската ширина трябва да е между -90 и 90.")));
        assertThat(jdbc.sql("select count(*) from organisation where name = ?")
                        .param("Сдружение Дълъг адрес")
                        .query(Long.class)
                        .single())
                .as("nothing half-written")
                .isZero();
    }

    @Test
    void theKeptRecordShowsContactsOnlyToThoseWhoMayEditIt() throws Exception {
        var created = mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PARTNER\",\"name\":\"Фирма с контакти\",\"partnerType\":\"BUSINESS\","
                                + "\"emails\":\"office@kontakti.example.bg\",\"phones\":\"0888 123 456\"}")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = json.readTree(created).path("summary").path("id").asLong();
        // the editor reads first, so the record is kept with its contacts; a librarian then gets it without them
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/organisations/" + id).with(user(admin())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.contactsVisible").value(true))
                    .andExpect(jsonPath("$.emails").value("office@kontakti.example.bg"));
            mvc.perform(get("/api/v1/organisations/" + id).with(user(demo(Role.LIBRARIAN))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.contactsVisible").value(false))
                    .andExpect(jsonPath("$.emails").doesNotExist())
                    .andExpect(jsonPath("$.phones").doesNotExist());
        }
    }

    @Test
    void keepsAndShowsOnlyWebLinksOfHttpOrHttps() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PARTNER\",\"name\":\"Сайтова фирма\",\"partnerType\":\"BUSINESS\","
                                + "\"website\":\"javascript:alert(1)\"}")
                        .header("Accept-Language", "bg")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("website"))
                .andExpect(jsonPath("$.errors[0].message", containsString("http://")));
        var created = mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PARTNER\",\"name\":\"Сайтова фирма\",\"partnerType\":\"BUSINESS\","
                                + "\"website\":\" www.saitova.example.bg \"}")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.website").value("https://www.saitova.example.bg"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = json.readTree(created).path("summary").path("id").asLong();
        // a link stored before the check (or by hand) is shown as text, never as a javascript: href; written in a
        // transaction, as the application writes, so that the record kept as read since the creation is forgotten
        transactions.executeWithoutResult(
                status -> jdbc.sql("update organisation set website = 'javascript:alert(1)' where id = :id")
                        .param("id", id)
                        .update());
        mvc.perform(get("/organisations/" + id).with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("javascript:alert(1)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"javascript:"))));
    }

    @Test
    void exportsNeutraliseCellsThatASpreadsheetWouldRun() throws Exception {
        var formula = "=HYPERLINK(\"http://example.org\",\"Кликни\")";
        editor.create(
                admin(),
                new OrganisationInput(
                        OrganisationKind.PARTNER,
                        formula + " Хиперлинкова фирма",
                        null,
                        null,
                        null,
                        PartnerType.BUSINESS,
                        PartnerSubtype.COMPANY,
                        null,
                        null,
                        null,
                        "56784",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null));
        var csv = mvc.perform(get("/organisations/export.csv")
                        .param("q", "Хиперлинкова")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        var xlsx = mvc.perform(get("/api/v1/organisations/export")
                        .param("format", "xlsx")
                        .param("q", "Хиперлинкова")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(3).getStringCellValue()).startsWith("'=HYPERLINK(");
        }
        mvc.perform(get("/api/v1/organisations/export").param("format", "pdf").with(user(admin())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void mergesDuplicatesKeepingTheirReferences() throws Exception {
        var eik = Eik.complete("20260520");
        long first = editor.create(admin(), partner("Сдружение „Дубликат“", eik));
        long second = editor.create(admin(), partner("Сдружение Дубликат", eik));
        var pairs = duplicates.find(1000);
        assertThat(pairs)
                .anySatisfy(p ->
                        assertThat(Set.of(p.first().id(), p.second().id())).containsExactlyInAnyOrder(first, second));
        mvc.perform(get("/admin/duplicates").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Дубликат")));
        mvc.perform(post("/admin/duplicates/merge")
                        .param("keep", String.valueOf(first))
                        .param("remove", String.valueOf(second))
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.findOptional(second)).isEmpty();
        assertThat(directory.find(first).eik()).isEqualTo(eik);
    }

    static OrganisationInput partner(String name, String eik) {
        return new OrganisationInput(
                OrganisationKind.PARTNER,
                name,
                eik,
                null,
                null,
                PartnerType.NGO,
                PartnerSubtype.NGO_OTHER,
                null,
                null,
                null,
                "56784",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null);
    }

    long librarianLibrary() {
        return Long.parseLong(
                demo(Role.LIBRARIAN).refs(ScopeKind.LIBRARY).iterator().next());
    }
}
