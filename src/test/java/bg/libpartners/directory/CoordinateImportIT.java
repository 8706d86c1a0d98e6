package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.geography.Geography;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinates import (issue #18): a preview with comma decimals, swapped columns put right, unknown keys and
 * points abroad rejected by row, warnings of a far point; a commit of the accepted rows that a re-run does not
 * repeat; a coordinator's rows outside their oblasts refused by row; librarians refused; XLSX keyed by id and a CSV
 * keyed by EIK with an explicit mapping.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CoordinateImportIT {

    static final String URL = "/api/v1/imports/coordinates";
    static final String PLOVDIV = "56784";
    static final String VRATSA = "12259";

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
    Geography geography;

    @Autowired
    DirectoryEditor editor;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    ResultActions upload(String name, byte[] bytes, String mapping, boolean commit, CurrentUser as) throws Exception {
        var request = multipart(URL)
                .file(new MockMultipartFile("file", name, "text/csv", bytes))
                .param("commit", String.valueOf(commit))
                .header("Accept-Language", "bg")
                .with(user(as))
                .with(csrf());
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        return mvc.perform(request);
    }

    /** Active chitalishta of a settlement at its centre still, the highest register numbers first. */
    List<Organisation> atCentre(String ekatte, int skip) {
        return organisations.findRegistered(OrganisationKind.CHITALISHTE).stream()
                .filter(o -> ekatte.equals(o.getEkatte())
                        && o.getStatus() == OrganisationStatus.ACTIVE
                        && o.getPositionSource() == PositionSource.SETTLEMENT)
                .sorted(Comparator.comparing(Organisation::getRegisterNo).reversed())
                .skip(skip)
                .limit(4)
                .toList();
    }

    Organisation reload(Organisation o) {
        return organisations.findById(o.getId()).orElseThrow();
    }

    static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    long organisationCount() {
        return organisations.count();
    }

    @Test
    void previewsWarnsRejectsByRowCommitsAndARerunWritesNothing() throws Exception {
        var centre = geography.findSettlement(PLOVDIV).orElseThrow();
        var orgs = atCentre(PLOVDIV, 0);
        assertThat(orgs).hasSize(4);
        var library = organisations.findByParentId(orgs.get(0).getId()).stream()
                .filter(l -> l.getLibraryKind() == LibraryKind.CHITALISHTE)
                .findFirst()
                .orElseThrow();
        assertThat(library.isAt(orgs.get(0).getLat(), orgs.get(0).getLon())).isTrue();
        var file = csv(
                "Рег. №;Ширина;Дължина",
                orgs.get(0).getRegisterNo() + ";42,1501;24,7502",
                orgs.get(1).getRegisterNo() + ";24.7510;42.1510",
                "99999999;42,15;24,75",
                orgs.get(2).getRegisterNo() + ";42,40;24,75",
                orgs.get(3).getRegisterNo() + ";45,9;24,75");
        long before = organisationCount();

        var preview = upload("points.csv", file, null, false, admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("coordinates"))
                .andExpect(jsonPath("$.committed").value(false))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.updated").value(3))
                .andExpect(jsonPath("$.rejected.length()").value(2))
                .andExpect(jsonPath("$.rejected[0].row").value(4))
                .andExpect(jsonPath("$.rejected[0].column").value("Рег. №"))
                .andExpect(jsonPath("$.rejected[0].message").value(containsString("„99999999“")))
                .andExpect(jsonPath("$.rejected[1].row").value(6))
                .andExpect(jsonPath("$.rejected[1].column").value("Ширина"))
                .andExpect(jsonPath("$.rejected[1].message")
                        .value("Географската ширина „45,9“ е извън България (между 41,2 и 44,3)."))
                .andExpect(jsonPath("$.warnings[?(@.row == 3)].message", hasItem(containsString("разменени"))))
                .andExpect(jsonPath(
                        "$.warnings[?(@.row == 5)].message", hasItem(containsString("км от центъра на Пловдив"))))
                .andExpect(jsonPath("$.rows[2].outcome").value("REJECT"))
                .andExpect(jsonPath("$.rows[2].key").value("99999999"))
                .andReturn();
        assertThat(reload(orgs.get(0)).getPositionSource())
                .as("a preview writes nothing")
                .isEqualTo(PositionSource.SETTLEMENT);
        var batchId = json.readTree(preview.getResponse().getContentAsString())
                .get("batchId")
                .asString();

        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.updated").value(3));
        var first = reload(orgs.get(0));
        assertThat(first.getLat()).isEqualTo(42.1501);
        assertThat(first.getLon()).isEqualTo(24.7502);
        assertThat(first.getPositionSource()).isEqualTo(PositionSource.IMPORT);
        var swapped = reload(orgs.get(1));
        assertThat(swapped.getLat()).as("swapped back").isEqualTo(42.151);
        assertThat(swapped.getLon()).isEqualTo(24.751);
        assertThat(reload(orgs.get(2)).getLat())
                .as("a far point is a warning, not an error")
                .isEqualTo(42.4);
        var abroad = reload(orgs.get(3));
        assertThat(abroad.getPositionSource())
                .as("a rejected row is never written")
                .isEqualTo(PositionSource.SETTLEMENT);
        assertThat(abroad.isAt(centre.lat(), centre.lon())).isTrue();
        var moved = reload(library);
        assertThat(moved.isAt(42.1501, 24.7502))
                .as("the chitalishte's library moved with it")
                .isTrue();
        assertThat(moved.getPositionSource()).isEqualTo(PositionSource.IMPORT);
        assertThat(events.stream(OrganisationPositionsChanged.class)
                        .flatMap(e -> e.organisations().stream())
                        .map(OrganisationId::value))
                .contains(first.getId(), swapped.getId(), library.getId());

        upload("points.csv", file, null, true, admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
        assertThat(organisationCount())
                .as("an import of points creates nothing")
                .isEqualTo(before);
        assertThat(reload(orgs.get(0)).getVersion())
                .as("a re-run writes nothing")
                .isEqualTo(first.getVersion());
        mvc.perform(post("/api/v1/imports/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void aCoordinatorImportsOnlyRowsOfTheirOblastsAndALibrarianNothing() throws Exception {
        var plovdiv = atCentre(PLOVDIV, 8).get(0);
        var vratsa = atCentre(VRATSA, 0).get(0);
        var centre = geography.findSettlement(VRATSA).orElseThrow();
        var coordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        var file = csv(
                "Рег. №,Ширина,Дължина",
                plovdiv.getRegisterNo() + ",42.16,24.74",
                vratsa.getRegisterNo() + ",\""
                        + Coordinates.format(centre.lat() + 0.002, java.util.Locale.forLanguageTag("bg")) + "\",\""
                        + Coordinates.format(centre.lon() + 0.003, java.util.Locale.forLanguageTag("bg")) + "\"");

        upload("mine.csv", file, null, true, coordinator)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.committed").value(true))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.rejected.length()").value(1))
                .andExpect(jsonPath("$.rejected[0].row").value(2))
                .andExpect(jsonPath("$.rejected[0].message").value(containsString("област Пловдив")));
        assertThat(reload(plovdiv).getPositionSource()).isEqualTo(PositionSource.SETTLEMENT);
        assertThat(reload(vratsa).getPositionSource()).isEqualTo(PositionSource.IMPORT);
        assertThat(reload(vratsa).getLat()).isEqualTo(Coordinates.round(centre.lat() + 0.002));

        var librarian = people.create(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, vratsa.getId()));
        upload("mine.csv", file, null, false, librarian).andExpect(status().isForbidden());
        mvc.perform(get("/imports/coordinates").with(user(librarian))).andExpect(status().isForbidden());
    }

    @Test
    void readsXlsxKeyedByIdInAnyColumnOrderAndACsvKeyedByEikWithAMapping() throws Exception {
        var org = atCentre(PLOVDIV, 12).get(0);
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Longitude");
            header.createCell(1).setCellValue("id");
            header.createCell(2).setCellValue("Latitude");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(24.7433);
            row.createCell(1).setCellValue(org.getId());
            row.createCell(2).setCellValue(42.1422);
            workbook.write(out);
        }
        mvc.perform(multipart(URL)
                        .file(new MockMultipartFile(
                                "file", "points.xlsx", "application/octet-stream", out.toByteArray()))
                        .param("commit", "true")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.rejected.length()").value(0));
        assertThat(reload(org).isAt(42.1422, 24.7433)).isTrue();

        var eik = Eik.complete("20261801");
        long partner = editor.create(
                admin(),
                new OrganisationInput(
                        OrganisationKind.PARTNER,
                        "Точка по ЕИК",
                        eik,
                        null,
                        null,
                        PartnerType.NGO,
                        PartnerSubtype.NGO_OTHER,
                        null,
                        null,
                        null,
                        PLOVDIV,
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
        var mapping = json.writeValueAsString(Map.of("eik", "Код", "lat", "Y", "lon", "X"));
        upload("eik.csv", csv("X,Код,Y", "24.7488," + eik + ",42.1444"), mapping, true, admin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
        var placed = organisations.findById(partner).orElseThrow();
        assertThat(placed.isAt(42.1444, 24.7488)).isTrue();
        assertThat(placed.getPositionSource()).isEqualTo(PositionSource.IMPORT);
    }

    @Test
    void aMappingWithoutOneKeyOrWithoutCoordinatesIsRefusedNamingTheMapping() throws Exception {
        var file = csv("Рег. №;ЕИК;Ширина;Дължина", "1;;42,15;24,75");
        upload(
                        "two-keys.csv",
                        file,
                        json.writeValueAsString(
                                Map.of("registerNo", "Рег. №", "eik", "ЕИК", "lat", "Ширина", "lon", "Дължина")),
                        false,
                        admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("mapping"))
                .andExpect(jsonPath("$.detail").value(containsString("точно една колона-ключ")));
        upload("no-lon.csv", csv("Рег. №;Ширина", "1;42,15"), null, false, admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("ширина и дължина")));
    }

    @Test
    void thePageUploadsMapsPreviewsAndCommits() throws Exception {
        var org = atCentre(VRATSA, 2).get(0);
        var page = mvc.perform(multipart("/imports/coordinates")
                        .file(new MockMultipartFile(
                                "file",
                                "p.csv",
                                "text/csv",
                                csv("Рег. №;Ширина;Дължина", org.getRegisterNo() + ";43,2101;23,5601")))
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"keyColumn\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var batchId = page.replaceAll("(?s).*imports/coordinates/([0-9a-f-]{36})/preview.*", "$1");
        mvc.perform(post("/imports/coordinates/" + batchId + "/preview")
                        .param("keyField", "registerNo")
                        .param("keyColumn", "Рег. №")
                        .param("lat", "Ширина")
                        .param("lon", "Дължина")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("с нова точка: 1")));
        mvc.perform(post("/imports/coordinates/" + batchId + "/commit")
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Вносът е записан.")));
        assertThat(reload(org).isAt(43.2101, 23.5601)).isTrue();
    }
}
