package bg.libpartners.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.directory.DirectoryEditor;
import bg.libpartners.directory.OrganisationInput;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.taxonomy.PartnerType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@AutoConfigureMockMvc
class AtlasApiIT {

    static final String API = "/api/v1/atlas";
    static final String BULGARIA = "22.3,41.2,28.7,44.3";
    static final String PARVOMAY = "25.15,42.05,25.30,42.15";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectoryEditor editor;

    /** A signed-in librarian of no particular library: sees partnerships in negotiation and terminated too. */
    @Autowired
    bg.libpartners.account.TestPeople people;

    /** A signed-in person (the demo librarian, a real user), who may ask for every status but drafts. */
    CurrentUser signedIn() {
        return people.demo(Role.LIBRARIAN);
    }

    JsonNode getJson(String url) throws Exception {
        var body = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    JsonNode getJson(String url, CurrentUser who) throws Exception {
        var body = mvc.perform(get(url).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    long partnerships(String statuses) {
        return jdbc.sql("select count(*) from partnership where status in (" + statuses + ")")
                .query(Long.class)
                .single();
    }

    @Test
    void lowZoomClustersAddUpToTheOrganisationsInTheBox() throws Exception {
        var fc = getJson(API + "/features?zoom=6&bbox=" + BULGARIA);
        long sum = 0;
        int clusters = 0;
        for (var f : fc.get("features")) {
            if (f.path("properties").path("cluster").asBoolean()) {
                sum += f.path("properties").path("count").asLong();
                clusters++;
            } else if (!f.path("properties").path("line").asBoolean()) {
                sum += 1;
            }
        }
        long total = getJson(API + "/organisations?limit=1&bbox=" + BULGARIA)
                .get("total")
                .asLong();
        assertThat(total).isGreaterThan(100);
        assertThat(clusters).isPositive();
        assertThat(sum).isEqualTo(total).isEqualTo(fc.get("total").asLong());
        assertThat(fc.get("features").size()).isLessThan((int) total);
    }

    @Test
    void highZoomAnswersTheOrganisationsThemselvesButNeverIndividuals() throws Exception {
        var fc = getJson(API + "/features?zoom=14&bbox=" + PARVOMAY);
        var names = fc.get("features")
                .valueStream()
                .filter(f -> !f.path("properties").path("line").asBoolean())
                .map(f -> {
                    assertThat(f.path("properties").has("cluster")).isFalse();
                    assertThat(f.path("properties").path("id").asLong()).isPositive();
                    assertThat(f.path("properties").path("type").asString()).isNotEqualTo("INDIVIDUAL");
                    return f.path("properties").path("name").asString();
                })
                .toList();
        assertThat(names).contains("Община Първомай", "Радио „Първомай“").noneMatch(n -> n.contains("Стефка"));
        mvc.perform(get(API + "/features.csv").param("bbox", PARVOMAY).param("type", "INDIVIDUAL"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(not(containsString("Стефка"))));
        mvc.perform(get(API + "/organisations").param("bbox", PARVOMAY).param("limit", "1000"))
                .andExpect(jsonPath("$.rows[*].name", not(hasItem(containsString("Стефка")))));
    }

    @Test
    void filtersByPartnerTypeAndShowsLinesOfMatchingPartnerships() throws Exception {
        var fc = getJson(API + "/features?zoom=13&type=MEDIA&bbox=" + PARVOMAY);
        var types = fc.get("features")
                .valueStream()
                .map(f -> f.path("properties").path("type").asString())
                .toList();
        assertThat(types).contains("MEDIA").doesNotContain("EDUCATION", "CULTURE");
        var lines = getJson(API + "/features?zoom=12&status=NEGOTIATION&bbox=" + BULGARIA, signedIn())
                .get("features")
                .valueStream()
                .filter(f -> f.path("properties").path("line").asBoolean())
                .toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0).path("geometry").path("type").asString()).isEqualTo("LineString");
        assertThat(lines.get(0).path("properties").path("partnership").asLong()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bbox=25,44,24,42|bbox", "bbox=20,40,30,95|bbox", "bbox=a,b,c|bbox", "zoom=21|zoom", "zoom=-1|zoom",
                "type=ROBOTS|type", "status=DRAFT|status", "oblast=XXX|oblast", "year=3000|year", "kind=CAT|kind"
            })
    void rejectsBadInputNamingTheParameter(String query, String parameter) throws Exception {
        mvc.perform(get(API + "/features?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(parameter.equals("zoom") ? "Мащабът" : "")));
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        mvc.perform(get(API + "/features?bbox=25,44,24,42").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("bbox"))
                .andExpect(jsonPath("$.detail").value(containsString("inverted")));
        mvc.perform(get(API + "/features?bbox=25,44,24,42"))
                .andExpect(jsonPath("$.detail").value(containsString("обърнат")));
        mvc.perform(get(API + "/regions?level=street"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("level"));
    }

    @Test
    void answers304ToAKnownEtagAndCachesForAMinute() throws Exception {
        var first = mvc.perform(get(API + "/features?zoom=7&bbox=" + BULGARIA))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=60")))
                .andReturn()
                .getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get(API + "/features?zoom=7&bbox=" + BULGARIA).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void partnershipsInNegotiationOrTerminatedAreShownOnlyToSignedInUsers() throws Exception {
        long hidden = partnerships("'NEGOTIATION', 'TERMINATED'");
        long shown = partnerships("'AGREED', 'ACTIVE', 'SUSPENDED', 'COMPLETED'");
        assertThat(hidden).isPositive();
        assertThat(getJson(API + "/regions?level=oblast").get("total").asLong()).isEqualTo(shown);
        assertThat(getJson(API + "/regions?level=oblast", signedIn())
                        .get("total")
                        .asLong())
                .isEqualTo(shown + hidden);
        var inNegotiation = jdbc.sql("select id from partnership where status in ('NEGOTIATION', 'TERMINATED')")
                .query(Long.class)
                .list();
        var publicLines = getJson(API + "/features?zoom=12&bbox=" + BULGARIA)
                .get("features")
                .valueStream()
                .filter(f -> f.path("properties").path("line").asBoolean())
                .map(f -> f.path("properties").path("partnership").asLong())
                .toList();
        assertThat(publicLines).doesNotContainAnyElementsOf(inNegotiation);
        for (var status : List.of("NEGOTIATION", "TERMINATED")) {
            mvc.perform(get(API + "/features?zoom=12&status=" + status + "&bbox=" + BULGARIA)
                            .header("Accept-Language", "bg"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("status"))
                    .andExpect(jsonPath("$.detail").value(containsString("само след вход")));
        }
        // a signed-in user's answer holds more than the public's, so no shared cache may keep it
        mvc.perform(get(API + "/features?zoom=12&status=NEGOTIATION&bbox=" + BULGARIA)
                        .with(user(signedIn())))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("private")));
        mvc.perform(get("/map"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"NEGOTIATION\""))));
    }

    @Test
    void countsPartnershipsPerOblastAndMunicipality() throws Exception {
        long partnerships = jdbc.sql("select count(*) from partnership where status <> 'DRAFT'")
                .query(Long.class)
                .single();
        long inPlovdiv = jdbc.sql("select count(*) from partnership where status <> 'DRAFT' and oblast_code = 'PDV'")
                .query(Long.class)
                .single();
        assertThat(inPlovdiv).isPositive();
        var oblasts = getJson(API + "/regions?level=oblast", signedIn());
        assertThat(oblasts.get("regions").size()).isEqualTo(28);
        assertThat(oblasts.get("total").asLong()).isEqualTo(partnerships);
        var pdv = oblasts.get("regions")
                .valueStream()
                .filter(r -> r.get("code").asString().equals("PDV"))
                .findFirst()
                .orElseThrow();
        assertThat(pdv.get("count").asLong()).isEqualTo(inPlovdiv);
        assertThat(pdv.get("population").asLong()).isGreaterThan(500_000);
        assertThat(pdv.get("perTenThousand").asDouble())
                .isCloseTo(
                        inPlovdiv * 10_000.0 / pdv.get("population").asLong(),
                        org.assertj.core.data.Offset.offset(0.01));
        var municipalities = getJson(API + "/regions?level=municipality&oblast=PDV", signedIn());
        assertThat(municipalities.get("regions").size()).isEqualTo(18);
        assertThat(municipalities.get("total").asLong()).isEqualTo(inPlovdiv);
        assertThat(getJson(API + "/regions?level=oblast&field=HEALTH", signedIn())
                        .get("total")
                        .asLong())
                .isLessThanOrEqualTo(partnerships);
    }

    @Test
    void csvNeutralisesFormulas() throws Exception {
        var admin = people.demo(Role.ADMIN);
        editor.create(
                admin,
                new OrganisationInput(
                        OrganisationKind.PARTNER,
                        "=HYPERLINK(\"http://evil\")",
                        null,
                        null,
                        null,
                        PartnerType.BUSINESS,
                        null,
                        null,
                        null,
                        null,
                        "73242",
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
        var csv = mvc.perform(get(API + "/features.csv").param("bbox", "24.6,42.1,24.9,42.4"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("atlas.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
    }

    @Test
    void servesTheWorldAsGeoJson() throws Exception {
        var world = getJson(API + "/world.geojson");
        assertThat(world.get("type").asString()).isEqualTo("FeatureCollection");
        var bulgaria = world.get("features")
                .valueStream()
                .filter(f -> f.path("properties").path("name").asString().equals("Bulgaria"))
                .findFirst()
                .orElseThrow();
        var ring = bulgaria.path("geometry").path("coordinates").get(0);
        assertThat(ring.size()).isGreaterThan(5);
        for (var p : ring) {
            assertThat(p.get(0).asDouble()).isBetween(22.0, 29.0);
            assertThat(p.get(1).asDouble()).isBetween(41.0, 44.5);
        }
        assertThat(ring.get(0).get(0).asDouble())
                .isEqualTo(ring.get(ring.size() - 1).get(0).asDouble());
        Map<String, List<String>> unused = Map.of();
        assertThat(unused).isEmpty();
    }
}
