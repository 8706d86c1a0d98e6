package bg.libpartners.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.atlas.index.AtlasIndex;
import bg.libpartners.atlas.index.IndexSnapshot;
import bg.libpartners.directory.DirectoryEditor;
import bg.libpartners.directory.OrganisationInput;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.geography.Geography;
import bg.libpartners.taxonomy.PartnerType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The in-memory atlas index answers exactly as the SQL does, for features and regions, with every filter. */
@IntegrationTest
@AutoConfigureMockMvc
class AtlasIndexIT {

    static final String API = "/api/v1/atlas";
    static final String BULGARIA = "22.3,41.2,28.7,44.3";
    static final String PLOVDIV = "23.0,41.4,26.5,43.0";
    static final String PLOVDIV_CITY = "24.53,42.05,24.97,42.25";
    static final String PARVOMAY = "25.15,42.05,25.30,42.15";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AtlasMap map;

    @Autowired
    RegionCounter regions;

    @Autowired
    AtlasIndex index;

    @Autowired
    Geography geography;

    @Autowired
    DirectoryEditor editor;

    static final String[] FILTERS = {
        "",
        "type=MEDIA",
        "type=EDUCATION,CULTURE",
        "status=ACTIVE",
        "status=NEGOTIATION,COMPLETED",
        "field=READING",
        "group=CHILDREN",
        "year=2025",
        "oblast=PDV",
        "municipality=PDV22",
        "kind=PARTNER",
        "kind=LIBRARY,CHITALISHTE&type=NGO",
        "type=EDUCATION&status=ACTIVE&year=2025",
        "field=HEALTH,DIGITAL_SKILLS&group=ELDERLY,YOUTH"
    };

    @Autowired
    bg.libpartners.account.TestPeople people;

    /** A signed-in person (the demo librarian, a real user), who may ask for every status but drafts. */
    CurrentUser signedIn() {
        return people.demo(Role.LIBRARIAN);
    }

    /** A filter as a signed-in user asks it (every status but drafts may be seen). */
    static AtlasFilter filter(Geography geography, String query) {
        return filter(geography, query, true);
    }

    /** Some filters also as the public asks them (fewer statuses seen), enough to compare both paths. */
    static List<String> publicFilters() {
        return List.of("", "type=MEDIA", "status=ACTIVE", "oblast=PDV");
    }

    static AtlasFilter filter(Geography geography, String query, boolean signedIn) {
        var kind = new ArrayList<String>();
        var type = new ArrayList<String>();
        var status = new ArrayList<String>();
        var field = new ArrayList<String>();
        var group = new ArrayList<String>();
        String oblast = null;
        String municipality = null;
        String year = null;
        for (var pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            switch (name) {
                case "kind" -> kind.add(value);
                case "type" -> type.add(value);
                case "status" -> status.add(value);
                case "field" -> field.add(value);
                case "group" -> group.add(value);
                case "oblast" -> oblast = value;
                case "municipality" -> municipality = value;
                case "year" -> year = value;
                default -> throw new IllegalArgumentException(name);
            }
        }
        return AtlasFilter.parse(geography, kind, type, oblast, municipality, status, field, group, year, signedIn);
    }

    @Test
    void featuresFromTheIndexEqualThoseFromSql() throws Exception {
        var snapshot = index.rebuild();
        assertThat(snapshot.organisations()).isGreaterThan(3_000);
        assertThat(snapshot.partnerships()).isPositive();
        int clustersSeen = 0;
        int pointsSeen = 0;
        int linesSeen = 0;
        String[][] views = {
            {BULGARIA, "6"},
            {BULGARIA, "8"},
            {PLOVDIV, "9"},
            {PLOVDIV, "10"},
            {PLOVDIV_CITY, "11"},
            {PLOVDIV_CITY, "12"},
            {PLOVDIV_CITY, "13"},
            {PARVOMAY, "14"},
            {"-180,-90,180,90", "20"},
            {BULGARIA, "12"}
        };
        var audiences = new ArrayList<AtlasFilter>();
        var names = new ArrayList<String>();
        for (var query : FILTERS) {
            audiences.add(filter(geography, query));
            names.add(query);
        }
        for (var query : publicFilters()) {
            audiences.add(filter(geography, query, false));
            names.add("public " + query);
        }
        for (int a = 0; a < audiences.size(); a++) {
            var filter = audiences.get(a);
            var query = names.get(a);
            for (var view : views) {
                var memory = fromSqlAndIndex(query, filter, view, snapshot);
                for (var f : memory.get("features")) {
                    var p = f.get("properties");
                    if (p.path("cluster").asBoolean()) {
                        clustersSeen++;
                    } else if (p.path("line").asBoolean()) {
                        linesSeen++;
                    } else {
                        pointsSeen++;
                    }
                }
                assertThat(map.count(Bbox.parse(view[0]), filter))
                        .as(query + " " + view[0])
                        .isEqualTo(memory.get("total").asLong());
            }
        }
        assertThat(clustersSeen).isGreaterThan(100);
        assertThat(pointsSeen).isGreaterThan(100);
        assertThat(linesSeen).isPositive();
    }

    /**
     * The demo data holds few partnerships: this adds 400 made-up ones (every stage, field, group and year, parties
     * among the demo organisations) inside the test's transaction, which the index build joins and which is rolled
     * back afterwards, and compares both paths again.
     */
    @Test
    @Transactional
    void bothPathsAgreeOnManyPartnerships() throws Exception {
        var libraries = jdbc.sql("select id, name, oblast_code, municipality_code from organisation where kind ="
                        + " 'LIBRARY' and lat between 41.9 and 42.9 and lon between 24.0 and 25.6 order by id")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        var partners = jdbc.sql("select id, name, partner_type from organisation where kind = 'PARTNER' order by id")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        assertThat(libraries).hasSizeGreaterThan(20);
        assertThat(partners).hasSizeGreaterThan(5);
        var random = new java.util.Random(6);
        var statuses = bg.libpartners.partnership.PartnershipStatus.values();
        var fields = bg.libpartners.taxonomy.ActivityField.values();
        var groups = bg.libpartners.taxonomy.TargetGroup.values();
        long party = 990_000_000L;
        for (int i = 0; i < 400; i++) {
            long id = 980_000_000L + i;
            var lead = libraries.get(random.nextInt(libraries.size()));
            var start = random.nextInt(4) == 0 ? null : java.time.LocalDate.of(2021 + random.nextInt(5), 3, 1);
            var end = random.nextInt(3) == 0 ? null : java.time.LocalDate.of(2024 + random.nextInt(3), 6, 30);
            jdbc.sql(
                            "insert into partnership (id, title, lead_library_id, lead_library_name, oblast_code,"
                                    + " municipality_code, status, builder_step, start_date, end_date, renewals, created_at, updated_at,"
                                    + " version) values (?, ?, ?, ?, ?, ?, ?, 6, ?, ?, 0, current_timestamp, current_timestamp, 0)")
                    .params(
                            id,
                            "Тест " + i,
                            Long.valueOf(lead[0]),
                            lead[1],
                            lead[2],
                            lead[3],
                            statuses[random.nextInt(statuses.length)].name(),
                            start,
                            end)
                    .update();
            jdbc.sql(
                            "insert into partnership_party (id, partnership_id, sort_order, organisation_id, organisation_name)"
                                    + " values (?, ?, 0, ?, ?)")
                    .params(party++, id, Long.valueOf(lead[0]), lead[1])
                    .update();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                var partner = partners.get(random.nextInt(partners.size()));
                jdbc.sql("insert into partnership_party (id, partnership_id, sort_order, organisation_id,"
                                + " organisation_name, partner_type) values (?, ?, ?, ?, ?, ?)")
                        .params(party++, id, k, Long.valueOf(partner[0]), partner[1], partner[2])
                        .update();
            }
            for (var f : java.util.EnumSet.of(
                    fields[random.nextInt(fields.length)], fields[random.nextInt(fields.length)])) {
                jdbc.sql("insert into partnership_field (partnership_id, code) values (?, ?)")
                        .params(id, f.name())
                        .update();
            }
            if (random.nextBoolean()) {
                jdbc.sql("insert into partnership_target_group (partnership_id, code) values (?, ?)")
                        .params(id, groups[random.nextInt(groups.length)].name())
                        .update();
            }
        }
        var snapshot = index.rebuild();
        assertThat(snapshot.partnerships()).isGreaterThan(300);
        String[][] views = {{BULGARIA, "6"}, {PLOVDIV, "9"}, {PLOVDIV_CITY, "12"}, {PLOVDIV, "12"}, {PARVOMAY, "14"}};
        int lines = 0;
        for (var query : FILTERS) {
            var filter = filter(geography, query);
            for (var view : views) {
                lines += fromSqlAndIndex(query, filter, view, snapshot)
                        .get("lineTotal")
                        .asInt();
            }
            for (boolean municipality : new boolean[] {false, true}) {
                assertThat(regions.count(municipality, filter, Locale.ROOT, snapshot))
                        .as(query)
                        .isEqualTo(regions.count(municipality, filter, Locale.ROOT, null));
            }
        }
        assertThat(lines).isGreaterThan(100);
        var every = filter(geography, "status=NEGOTIATION,AGREED,ACTIVE,SUSPENDED,COMPLETED,TERMINATED");
        var sql = map.features(Bbox.parse(BULGARIA), 12, every, null);
        var memory = map.features(Bbox.parse(BULGARIA), 12, every, snapshot);
        assertThat(memory.truncated()).isTrue();
        assertThat(memory.lineTotal()).isGreaterThan(AtlasMap.MAX_LINES);
        assertSame("all stages", json.valueToTree(sql), json.valueToTree(memory));
        // after the rollback the index's fingerprint (the highest partnership id) no longer matches: it is rebuilt
    }

    @Test
    void regionsFromTheIndexEqualThoseFromSql() {
        var snapshot = index.rebuild();
        for (var query : FILTERS) {
            for (var filter : publicFilters().contains(query)
                    ? List.of(filter(geography, query), filter(geography, query, false))
                    : List.of(filter(geography, query))) {
                for (boolean municipality : new boolean[] {false, true}) {
                    var sql = regions.count(municipality, filter, Locale.ROOT, null);
                    var memory = regions.count(municipality, filter, Locale.ROOT, snapshot);
                    assertThat(memory).as(query + " " + filter.visible()).isEqualTo(sql);
                }
            }
        }
        long health = jdbc.sql("select count(*) from partnership p where p.status <> 'DRAFT' and exists (select 1"
                        + " from partnership_field f where f.partnership_id = p.id and f.code = 'HEALTH')")
                .query(Long.class)
                .single();
        assertThat(regions.count(false, filter(geography, "field=HEALTH"), Locale.ROOT, snapshot)
                        .total())
                .isEqualTo(health);
        long negotiation = jdbc.sql("select count(*) from partnership p where p.status = 'NEGOTIATION'")
                .query(Long.class)
                .single();
        assertThat(regions.count(false, filter(geography, "status=NEGOTIATION"), Locale.ROOT, snapshot)
                        .total())
                .isEqualTo(negotiation)
                .isPositive();
    }

    @Test
    void filtersNarrowTheMapThroughTheApi() throws Exception {
        index.rebuild();
        long all =
                getJson(API + "/features?zoom=6&bbox=" + BULGARIA).get("total").asLong();
        for (var query : FILTERS) {
            if (query.isEmpty() || query.startsWith("kind=PARTNER")) {
                continue;
            }
            long some = getJson(API + "/features?zoom=6&bbox=" + BULGARIA + "&" + query)
                    .get("total")
                    .asLong();
            assertThat(some).as(query).isLessThan(all);
        }
        var media = getJson(API + "/features?zoom=7&type=MEDIA&bbox=" + BULGARIA);
        for (var f : media.get("features")) {
            var p = f.get("properties");
            if (!p.path("cluster").asBoolean()
                    && !p.path("kind").asString().equals("LIBRARY")
                    && !p.path("kind").asString().equals("CHITALISHTE")) {
                assertThat(p.get("type").asString()).isEqualTo("MEDIA");
            }
        }
        var lines = getJson(API + "/features?zoom=12&status=NEGOTIATION&bbox=" + BULGARIA);
        assertThat(lines.get("lineTotal").asLong()).isPositive();
        assertThat(lines.get("truncated").asBoolean())
                .isEqualTo(lines.get("lineTotal").asLong() > AtlasMap.MAX_LINES);
    }

    @Test
    void seesItsOwnWritesAtOnce() throws Exception {
        index.rebuild();
        String url = API + "/features?zoom=8&bbox=" + BULGARIA;
        long before = getJson(url).get("total").asLong();
        var admin = people.demo(Role.ADMIN);
        editor.create(
                admin,
                new OrganisationInput(
                        OrganisationKind.PARTNER,
                        "Атлас индекс тест",
                        null,
                        null,
                        null,
                        PartnerType.SPORTS,
                        null,
                        null,
                        null,
                        null,
                        "68134",
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
        assertThat(getJson(url).get("total").asLong()).isEqualTo(before + 1); // stale index: answered by SQL
        index.rebuild();
        assertThat(getJson(url).get("total").asLong()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "features?field=SKIING|field",
                "features?group=CATS|group",
                "features?year=abc|year",
                "features?municipality=XX99|municipality",
                "regions?status=DRAFT|status",
                "regions?type=ROBOTS|type",
                "regions?year=1800|year",
                "regions?level=street|level"
            })
    void rejectsBadInputNamingTheParameter(String query, String parameter) throws Exception {
        mvc.perform(get(API + "/" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(parameter));
    }

    /** As a signed-in user, who may ask for every status but drafts. */
    JsonNode getJson(String url) throws Exception {
        var body = mvc.perform(get(url).with(user(signedIn())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    /** Equal, but for the last digit of an average position (sums in another order). */
    /** The features of one view ({bbox, zoom}) answered by SQL and by the index, asserted equal; the index's. */
    private JsonNode fromSqlAndIndex(String query, AtlasFilter filter, String[] view, IndexSnapshot snapshot) {
        var box = Bbox.parse(view[0]);
        int zoom = Integer.parseInt(view[1]);
        JsonNode sql = json.valueToTree(map.features(box, zoom, filter, null));
        JsonNode memory = json.valueToTree(map.features(box, zoom, filter, snapshot));
        assertSame(query + " " + view[0] + " zoom " + zoom, sql, memory);
        return memory;
    }

    static void assertSame(String where, JsonNode sql, JsonNode memory) {
        assertThat(memory.get("total")).as(where).isEqualTo(sql.get("total"));
        assertThat(memory.get("cell")).as(where).isEqualTo(sql.get("cell"));
        assertThat(memory.get("lineTotal")).as(where).isEqualTo(sql.get("lineTotal"));
        assertThat(memory.get("truncated")).as(where).isEqualTo(sql.get("truncated"));
        List<JsonNode> a = new ArrayList<>();
        sql.get("features").forEach(a::add);
        List<JsonNode> b = new ArrayList<>();
        memory.get("features").forEach(b::add);
        assertThat(b).as(where).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).get("properties"))
                    .as(where + " feature " + i)
                    .isEqualTo(a.get(i).get("properties"));
            var ca = a.get(i)
                    .get("geometry")
                    .get("coordinates")
                    .toString()
                    .replaceAll("[\\[\\]]", "")
                    .split(",");
            var cb = b.get(i)
                    .get("geometry")
                    .get("coordinates")
                    .toString()
                    .replaceAll("[\\[\\]]", "")
                    .split(",");
            assertThat(cb).hasSameSizeAs(ca);
            for (int j = 0; j < ca.length; j++) {
                assertThat(Double.parseDouble(cb[j]))
                        .as(where + " feature " + i)
                        .isCloseTo(Double.parseDouble(ca[j]), org.assertj.core.data.Offset.offset(2e-5));
            }
        }
    }
}
