package bg.libpartners.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.TestPeople;
import bg.libpartners.partnership.PartnershipFixtures;
import bg.libpartners.partnership.PartnershipStatus;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards against the lists they count: each number equals what the API's lists give the same user, and each
 * dashboard is refused to a coordinator of another oblast and a librarian of another library.
 */
@IntegrationTest
@AutoConfigureMockMvc
@org.springframework.test.context.event.RecordApplicationEvents
@Import(PartnershipFixtures.class)
class InsightIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    DashboardService dashboards;

    @Autowired
    TestPeople people;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    bg.libpartners.platform.SqlInstants instants;

    final JsonMapper json = new JsonMapper();

    @BeforeEach
    void freshFigures() {
        fx.create("Партньорство за таблата");
        dashboards.refresh(fx.demo(Role.ADMIN));
    }

    JsonNode read(String url, Role role) throws Exception {
        return json.readTree(mvc.perform(get(url).with(user(fx.demo(role))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    JsonNode figure(JsonNode dashboard, String section, String key) {
        for (var s : dashboard.get("sections")) {
            if (s.get("section").asString().equals(section)) {
                for (var f : s.get("figures")) {
                    if (f.get("key").asString().equals(key)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no figure " + section + "." + key);
    }

    /** Every partnership of a list, page by page, as the API gives it to the user. */
    long countPartnerships(String query, Role role) throws Exception {
        long count = 0;
        for (int page = 0; ; page++) {
            var list = read("/api/v1/partnerships?size=100&page=" + page + query, role);
            count += list.get("content").size();
            if (list.get("page").get("totalElementsExact").asBoolean()) {
                return count;
            }
        }
    }

    @Test
    void programmeNumbersEqualTheCountsOfThePartnershipList() throws Exception {
        var dashboard = read("/api/v1/insight/dashboard", Role.ADMIN);
        var byStage = figure(dashboard, "partnership", "byStage");
        long total = 0;
        for (var status : PartnershipStatus.values()) {
            long shown = byStage.get("breakdown").get(status.name()).asLong();
            assertThat(shown).as(status.name()).isEqualTo(countPartnerships("&status=" + status, Role.ADMIN));
            total += shown;
        }
        assertThat(byStage.get("value").asLong())
                .isEqualTo(total)
                .isEqualTo(countPartnerships("", Role.ADMIN))
                .isPositive();
        var byType = figure(dashboard, "partnership", "byPartnerType").get("breakdown");
        for (var type : byType.propertyNames()) {
            assertThat(byType.get(type).asLong())
                    .as(type)
                    .isEqualTo(countPartnerships("&partnerType=" + type, Role.ADMIN));
        }
        assertThat(figure(dashboard, "partnership", "byStage").get("link").asString())
                .isEqualTo("/partnerships");
    }

    /**
     * A partnership without an oblast is counted under "-" by oblast and still has its year: the year was read as
     * missing whenever the place was (a NullPointerException that left the whole section empty).
     */
    @Test
    void aPartnershipWithoutAnOblastKeepsItsYearAndTheSectionItsFigures() throws Exception {
        long id = fx.create("Партньорство без област");
        jdbc.sql("update partnership set oblast_code = null where id = :id")
                .param("id", id)
                .update();
        dashboards.refresh(fx.demo(Role.ADMIN));
        var dashboard = read("/api/v1/insight/dashboard", Role.ADMIN);
        var byOblast = figure(dashboard, "partnership", "byOblast");
        assertThat(byOblast.get("breakdown").get("-").asLong()).isPositive();
        long byYear = 0;
        for (var year : figure(dashboard, "partnership", "byYear").get("breakdown")) {
            byYear += year.asLong();
        }
        assertThat(byYear)
                .isEqualTo(
                        figure(dashboard, "partnership", "byStage").get("value").asLong());
    }

    @Test
    void oblastNumbersEqualTheCountsOfTheCoordinatorsLists() throws Exception {
        var dashboard = read("/api/v1/insight/oblasts/PDV", Role.COORDINATOR);
        assertThat(dashboard.get("level").asString()).isEqualTo("oblast");
        var byStage = figure(dashboard, "partnership", "byStage");
        assertThat(byStage.get("value").asLong())
                .isEqualTo(countPartnerships("&oblast=PDV", Role.COORDINATOR))
                .isPositive();
        assertThat(byStage.get("breakdown").get("DRAFT").asLong())
                .isEqualTo(countPartnerships("&oblast=PDV&status=DRAFT", Role.COORDINATOR));
        var libraries = figure(dashboard, "directory", "libraries");
        var listed = read("/api/v1/organisations?kind=LIBRARY&status=ACTIVE&oblast=PDV&size=1", Role.COORDINATOR);
        assertThat(listed.get("page").get("totalElementsExact").asBoolean()).isTrue();
        assertThat(libraries.get("value").asLong())
                .isEqualTo(listed.get("page").get("totalElements").asLong())
                .isPositive();
        assertThat(libraries.get("link").asString()).contains("kind=LIBRARY").contains("oblast=PDV");
        // compared with the median of the oblasts
        JsonNode medians = null;
        for (var s : dashboard.get("sections")) {
            if (s.get("section").asString().equals("directory")) {
                medians = s.get("medians");
            }
        }
        assertThat(medians.has("libraries")).isTrue();
    }

    @Test
    void libraryNumbersEqualTheLibrarysListAndItsPageShowsThemBesideTheCharts() throws Exception {
        long library = fx.library();
        var dashboard = read("/api/v1/insight/libraries/" + library, Role.LIBRARIAN);
        assertThat(dashboard.get("level").asString()).isEqualTo("library");
        assertThat(figure(dashboard, "partnership", "byStage").get("value").asLong())
                .isEqualTo(countPartnerships("&library=" + library, Role.LIBRARIAN))
                .isPositive();
        var page = mvc.perform(get("/insight/libraries/" + library).with(user(fx.demo(Role.LIBRARIAN))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"insight-freshness\"")
                .contains("data-insight-chart=")
                .contains("class=\"insight-breakdown\"")
                .contains("href=\"/partnerships?library=" + library + "\"");
        // the board of the chitalishte that holds the library sees it too
        mvc.perform(get("/insight/libraries/" + library).with(user(fx.demo(Role.BOARD_MEMBER))))
                .andExpect(status().isOk());
        // a librarian who opens the programme's address is taken to their library
        mvc.perform(get("/insight").with(user(fx.demo(Role.LIBRARIAN)))).andExpect(status().is3xxRedirection());
    }

    @Test
    void eachDashboardIsRefusedOutsideItsScope() throws Exception {
        long library = fx.library();
        var otherCoordinator = people.create(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC"));
        var otherLibrarian = people.create(Role.LIBRARIAN, people.another(ScopeKind.LIBRARY, library));
        mvc.perform(get("/api/v1/insight/oblasts/PDV").with(user(otherCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/insight/oblasts/PDV").with(user(otherCoordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/dashboard?municipality=PDV22").with(user(otherCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/oblasts/VRC").with(user(fx.demo(Role.COORDINATOR))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/libraries/" + library).with(user(otherCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/libraries/" + library).with(user(otherLibrarian)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/insight/report.xlsx?library=" + library).with(user(otherLibrarian)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/dashboard").with(user(fx.demo(Role.LIBRARIAN))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/dashboard").with(user(fx.demo(Role.PARTNER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/dashboard").with(user(fx.demo(Role.EXPERT))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insight/dashboard")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/insight/dashboard?partnerType=NOPE").with(user(fx.demo(Role.ADMIN))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theMonthlyReportGoesOncePerPersonAndMonth(
            @Autowired Subscriptions subscriptions,
            @Autowired org.springframework.test.context.event.ApplicationEvents events,
            @Autowired org.springframework.context.ApplicationContext context) {
        var proof = new bg.libpartners.notification.NoticeProof(context);
        var coordinator = proof.account(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "PDV"));
        var stranger = proof.stranger(Role.COORDINATOR, Scope.of(ScopeKind.OBLAST, "VRC")); // not subscribed
        var before = java.time.Instant.now();
        subscriptions.set(coordinator, true);
        assertThat(subscriptions.subscribed(coordinator)).isTrue();
        assertThat(subscriptions.sendMonthly()).isPositive();
        // both stamps are the moments as Hibernate would keep them, whatever the JVM's zone
        for (var table : List.of("insight_subscription", "insight_report_sent")) {
            assertThat(jdbc.sql("select " + (table.equals("insight_subscription") ? "created_at" : "sent_at") + " from "
                                    + table + " where user_id = " + coordinator.id())
                            .query((rs, n) -> instants.read(rs, 1))
                            .list())
                    .as(table)
                    .singleElement()
                    .satisfies(at -> assertThat(at)
                            .isBetween(
                                    before.minusMillis(1),
                                    java.time.Instant.now().plusMillis(1)));
        }
        assertThat(subscriptions.sendMonthly()).isZero();
        var notices = events.stream(bg.libpartners.notification.Notice.class)
                .filter(n -> n.onceKey().startsWith("insight.monthly:" + coordinator.id() + ":"))
                .toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).link()).isEqualTo("/insight");
        assertThat(notices.get(0).args().get(1)).isEqualTo("/insight/report.xlsx");
        proof.reachesOnlyOnce(
                events,
                "insight.monthly",
                "insight.monthly:" + coordinator.id(),
                List.of(coordinator.id()),
                List.of(stranger.id()));
        subscriptions.set(coordinator, false);
        assertThat(subscriptions.subscribed(coordinator)).isFalse();
        var partner = people.create(Role.PARTNER, people.another(ScopeKind.ORGANISATION));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> subscriptions.set(partner, true))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theXlsxReportHasASheetPerSectionWithNumericCells() throws Exception {
        var bytes = mvc.perform(get("/insight/report.xlsx?oblast=PDV").with(user(fx.demo(Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var dashboard = read("/api/v1/insight/oblasts/PDV", Role.COORDINATOR);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets())
                    .isEqualTo(1 + dashboard.get("sections").size());
            var partnerships = book.getSheet("Партньорства");
            assertThat(partnerships).isNotNull();
            var cell = partnerships.getRow(1).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) cell.getNumericCellValue())
                    .isEqualTo(figure(dashboard, "partnership", "byStage")
                            .get("value")
                            .asLong());
        }
        var pdf = mvc.perform(get("/insight/report.pdf?oblast=PDV").with(user(fx.demo(Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
