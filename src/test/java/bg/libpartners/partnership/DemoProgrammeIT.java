package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.insight.InsightScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The living demo (issue #18): a newcomer sees a programme — about forty partnerships in several oblasts and in every
 * stage, agreements approved and signed, partners who confirmed, assessments, indicators over two years and practices
 * published from partnerships — each marked as demo, made by each module's own demo data.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "libpartners.demo-programme.seed-only=false")
class DemoProgrammeIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PartnershipFigureSource figures;

    @Test
    void theOblastsValuesInOnePassAreEachOblastsFigures() {
        for (var type : java.util.Arrays.asList(null, "NGO")) {
            var all = figures.valuesByOblast(new InsightScope(null, null, null, null, type));
            if (type == null) {
                assertThat(all).hasSizeGreaterThanOrEqualTo(6);
            }
            for (var oblast : java.util.List.of("PDV", "SOF", "VAR", "SFO", "PAZ", "SML", "VID")) {
                var one = figures.figures(new InsightScope(oblast, null, null, null, type));
                var values = all.getOrDefault(oblast, Map.of());
                for (var figure : one) {
                    if (figure.value() != null) {
                        assertThat(values.getOrDefault(figure.key(), 0).longValue())
                                .as(oblast + " " + type + " " + figure.key())
                                .isEqualTo(figure.value().longValue());
                    }
                }
            }
        }
    }

    @Autowired
    java.util.List<bg.libpartners.insight.FigureSource> sources;

    /**
     * Every section that gives the oblasts' values in one pass (for the medians) gives each oblast's own figures: for
     * all years and this year, with and without a partner type.
     */
    @Test
    void everySectionsOblastValuesInOnePassAreEachOblastsFigures() {
        var grouped = new java.util.TreeSet<String>();
        long agreements = 0;
        int thisYear = LocalDate.now(ZoneId.of("Europe/Sofia")).getYear();
        for (var source : sources) {
            for (Integer year : java.util.Arrays.asList(null, thisYear)) {
                for (var type : java.util.Arrays.asList(null, "NGO")) {
                    var all = source.valuesByOblast(new InsightScope(null, null, year, null, type));
                    if (all == null) {
                        continue;
                    }
                    grouped.add(source.section());
                    for (var oblast : java.util.List.of("PDV", "SOF", "VAR", "SFO", "PAZ", "SML", "VID", "BLG")) {
                        var values = all.getOrDefault(oblast, Map.of());
                        for (var figure : source.figures(new InsightScope(oblast, null, year, null, type))) {
                            if (figure.value() != null) {
                                assertThat(values.getOrDefault(figure.key(), 0).longValue())
                                        .as(source.section() + " " + oblast + " " + year + " " + type + " "
                                                + figure.key())
                                        .isEqualTo(figure.value().longValue());
                            }
                        }
                    }
                    if (source.section().equals("agreement") && year == null && type == null) {
                        agreements = all.values().stream()
                                .mapToLong(v -> v.getOrDefault("signed", 0).longValue())
                                .sum();
                    }
                }
            }
        }
        assertThat(grouped).contains("partnership", "directory", "agreement", "benefits");
        // the demo's agreements are signed in several oblasts: the comparison above is not over zeros
        assertThat(agreements).isPositive();
    }

    @Autowired
    PartnershipGraph graph;

    /**
     * The programme's figures without any filter come straight from the parties', fields' and target groups' tables;
     * each breakdown is the sum of the oblasts' (every demo partnership has an oblast, and one oblast).
     */
    @Test
    void theProgrammesBreakdownsAreTheSumOfTheOblasts() {
        assertThat(jdbc.sql("select count(*) from partnership where oblast_code is null")
                        .query(Long.class)
                        .single())
                .isZero();
        var keys = java.util.List.of("byStage", "byPartnerType", "byField", "byTargetGroup", "byYear", "active");
        var summed = new java.util.HashMap<String, java.util.Map<String, Long>>();
        var oblasts = jdbc.sql("select distinct oblast_code from partnership")
                .query(String.class)
                .list();
        for (var oblast : oblasts) {
            for (var f : figures.figures(new InsightScope(oblast, null, null))) {
                if (keys.contains(f.key())) {
                    var into = summed.computeIfAbsent(f.key(), k -> new java.util.TreeMap<>());
                    into.merge("total", f.value().longValue(), Long::sum);
                    f.breakdown().forEach((k, v) -> into.merge(k, v.longValue(), Long::sum));
                }
            }
        }
        for (var f : figures.figures(InsightScope.national())) {
            if (keys.contains(f.key())) {
                var national = new java.util.TreeMap<String, Long>();
                national.put("total", f.value().longValue());
                f.breakdown().forEach((k, v) -> national.put(k, v.longValue()));
                // the oblasts leave out a stage none of them has; the programme lists every stage, with 0
                national.values().removeIf(v -> v == 0);
                summed.get(f.key()).values().removeIf(v -> v == 0);
                assertThat(national).as(f.key()).isEqualTo(summed.get(f.key()));
            }
        }
        assertThat(summed.get("byPartnerType")).containsKey("NGO");
    }

    /** Any number of ids, in batches: the known ones come back with their oblast, the others are left out. */
    @Test
    void theOblastsOfManyPartnershipsInScope() {
        var known = jdbc.sql("select id, oblast_code from partnership")
                .query((rs, n) -> Map.entry(rs.getLong(1), java.util.Objects.toString(rs.getString(2), "")))
                .list();
        var ids = java.util.stream.LongStream.concat(
                        known.stream().mapToLong(Map.Entry::getKey),
                        java.util.stream.LongStream.range(900_000_000L, 900_025_000L))
                .toArray();
        var all = graph.oblastsInScope(new InsightScope(null, null, null), ids);
        assertThat(all).hasSize(known.size());
        known.forEach(e -> assertThat(java.util.Objects.toString(all.get(e.getKey()), ""))
                .as("partnership " + e.getKey())
                .isEqualTo(e.getValue()));

        var pdv = graph.oblastsInScope(new InsightScope("PDV", null, null, null, "NGO"), ids);
        long expected = jdbc.sql(
                        "select count(*) from partnership p where p.oblast_code = 'PDV' and exists"
                                + " (select 1 from partnership_party t where t.partnership_id = p.id and t.partner_type = 'NGO')")
                .query(Long.class)
                .single();
        assertThat(pdv)
                .hasSize((int) expected)
                .allSatisfy((id, oblast) -> assertThat(oblast).isEqualTo("PDV"));
    }

    @Test
    void aProgrammeInEveryStage() {
        long total =
                jdbc.sql("select count(*) from partnership").query(Long.class).single();
        long demo = jdbc.sql("select count(*) from partnership where demo = true")
                .query(Long.class)
                .single();
        assertThat(total).isBetween(38L, 42L);
        assertThat(demo).isEqualTo(total);
        assertThat(jdbc.sql("select count(distinct oblast_code) from partnership")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(6);
        Map<String, Long> byStatus = jdbc
                .sql("select status, count(*) from partnership group by status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byStatus)
                .containsOnlyKeys("DRAFT", "NEGOTIATION", "AGREED", "ACTIVE", "SUSPENDED", "COMPLETED", "TERMINATED");
        assertThat(byStatus.get("ACTIVE")).isGreaterThanOrEqualTo(5);
        // every partnership past negotiation has a signed, approved agreement, the one thing that lets it be agreed
        long moved =
                byStatus.get("AGREED") + byStatus.get("ACTIVE") + byStatus.get("SUSPENDED") + byStatus.get("COMPLETED");
        assertThat(jdbc.sql("select count(distinct partnership_id) from agreement_version where status = 'APPROVED'"
                                + " and signed_path is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(moved);
        assertThat(jdbc.sql("select count(*) from agreement_version where status = 'SUBMITTED'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from agreement_version where status = 'RETURNED'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from partnership_party where confirmed_at is not null")
                        .query(Long.class)
                        .single())
                .isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from partnership_party where confirmed_at is null")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(distinct partnership_id) from assessment")
                        .query(Long.class)
                        .single())
                .isGreaterThan(10);
        int thisYear = LocalDate.now(ZoneId.of("Europe/Sofia")).getYear();
        assertThat(jdbc.sql("select min(period_year) from indicator_value")
                        .query(Integer.class)
                        .single())
                .isLessThanOrEqualTo(thisYear - 2);
        assertThat(jdbc.sql("select count(distinct period_year * 10 + period_quarter) from indicator_value")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("select count(*) from good_practice where partnership_id is not null"
                                + " and status = 'PUBLISHED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from good_practice where partnership_id is not null"
                                + " and status = 'IN_REVIEW'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theSameProgrammeOnEveryFirstStart() {
        // generated without randomness: the same titles in the same towns
        assertThat(jdbc.sql("select title from partnership order by id")
                        .query(String.class)
                        .list())
                .contains("Превенция на наркотиците в община Първомай")
                .anyMatch(t -> t.startsWith("Лятна читалня за деца – "))
                .anyMatch(t -> t.startsWith("Дигитални умения за възрастни хора – "));
    }

    @Test
    void thePageSaysItIsAnExample() throws Exception {
        long id = jdbc.sql("select min(id) from partnership where status = 'ACTIVE'")
                .query(Long.class)
                .single();
        var admin = users.loadUserByUsername(DemoAccounts.of(Role.ADMIN).email());
        mvc.perform(get("/partnerships/{id}", id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Примерни данни")));
        mvc.perform(get("/api/v1/partnerships/{id}", id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"demo\":true")));
    }
}
