package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.geography.Geography;
import bg.libpartners.geography.SettlementRef;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pin (issue #18): placed by its library's librarian through the edit form's coordinate fields (a Bulgarian
 * comma, no script needed) and through the API's PUT, refused to a librarian of another library, refused outside
 * Bulgaria, a far point saved with a reminder, cleared back to the settlement's centre; the page, the API and the
 * atlas's GeoJSON say where each point comes from.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class OrganisationPositionIT {

    static final String PLOVDIV = "56784";
    static final Locale BG = Locale.forLanguageTag("bg");

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
    Directory directory;

    @Autowired
    Geography geography;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A chitalishte library of Plovdiv still at the city's centre (the last ones by id, away from other tests). */
    Organisation library(int skip) {
        return organisations.findByKind(OrganisationKind.LIBRARY).stream()
                .filter(o -> PLOVDIV.equals(o.getEkatte())
                        && o.getLibraryKind() == LibraryKind.CHITALISHTE
                        && o.getPositionSource() == PositionSource.SETTLEMENT)
                .sorted(Comparator.comparing(Organisation::getId).reversed())
                .skip(skip)
                .findFirst()
                .orElseThrow();
    }

    CurrentUser librarianOf(long library) {
        return people.create(Role.LIBRARIAN, Scope.of(ScopeKind.LIBRARY, library));
    }

    Organisation reload(long id) {
        return organisations.findById(id).orElseThrow();
    }

    MockHttpServletRequestBuilder form(long id, String lat, String lon) {
        var o = reload(id);
        return post("/organisations/" + id)
                .param("kind", "LIBRARY")
                .param("name", o.getName())
                .param("libraryKind", "CHITALISHTE")
                .param("status", o.getStatus().name())
                .param("ekatte", o.getEkatte())
                .param("lat", lat)
                .param("lon", lon)
                .param("version", String.valueOf(o.getVersion()))
                .header("Accept-Language", "bg")
                .with(csrf());
    }

    @Test
    void aLibrarianPlacesThePinThroughTheFormFieldsAndAnotherLibrarianMayNot() throws Exception {
        var library = library(0);
        long id = library.getId();
        var centre = geography.findSettlement(PLOVDIV).orElseThrow();
        var me = librarianOf(id);

        mvc.perform(get("/organisations/" + id + "/edit")
                        .header("Accept-Language", "bg")
                        .with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pin-map\"")))
                .andExpect(content().string(containsString("inputmode=\"decimal\"")))
                .andExpect(
                        content().string(containsString("приблизително местоположение (център на населеното място)")));

        var other = librarianOf(library(1).getId());
        mvc.perform(form(id, "42,1399", "24,7431").with(user(other))).andExpect(status().isForbidden());
        assertThat(reload(id).getPositionSource()).isEqualTo(PositionSource.SETTLEMENT);

        mvc.perform(form(id, "45,9", "24,75").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Географската ширина е извън България")));
        mvc.perform(form(id, "четиридесет", "24,75").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Географската ширина трябва да е число")));
        mvc.perform(form(id, "42,5", "").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Посочете и географската ширина, и дължината")));
        assertThat(reload(id).getPositionSource()).as("nothing half-written").isEqualTo(PositionSource.SETTLEMENT);

        // far from the city's centre: saved, and the page reminds the editor to check it
        mvc.perform(form(id, "42,40", "24,7431").with(user(me))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/organisations/" + id).header("Accept-Language", "bg").with(user(me)))
                .andExpect(content().string(containsString("км от центъра на Пловдив")));

        mvc.perform(form(id, "42,1399", "24.7431").with(user(me))).andExpect(status().is3xxRedirection());
        var pinned = reload(id);
        assertThat(pinned.getLat()).isEqualTo(42.1399);
        assertThat(pinned.getLon()).isEqualTo(24.7431);
        assertThat(pinned.getPositionSource()).isEqualTo(PositionSource.PIN);
        mvc.perform(get("/organisations/" + id).header("Accept-Language", "bg").with(user(me)))
                .andExpect(content().string(containsString("точно местоположение (поставено на картата)")))
                .andExpect(content().string(not(containsString("км от центъра на Пловдив"))));
        mvc.perform(get("/organisations/" + id + "/edit")
                        .header("Accept-Language", "bg")
                        .with(user(me)))
                .andExpect(content().string(containsString("value=\"42,1399\"")));
        assertThat(events.stream(OrganisationPositionsChanged.class)
                        .filter(e -> e.source() == PositionSource.PIN)
                        .flatMap(e -> e.organisations().stream())
                        .map(OrganisationId::value))
                .contains(id);
        assertThat(jdbc.sql("select actor, changes from audit_entry where entity = 'Organisation' and entity_id = ?"
                                + " and changes like '%positionSource: SETTLEMENT → PIN%'")
                        .param(String.valueOf(id))
                        .query((rs, n) -> rs.getString(1))
                        .list())
                .as("audited as other directory edits are")
                .contains(me.email());

        // the form saved as it is keeps the pin; both fields emptied put the point back at the centre
        mvc.perform(form(id, "42,1399", "24,7431").with(user(me))).andExpect(status().is3xxRedirection());
        assertThat(reload(id).getPositionSource()).isEqualTo(PositionSource.PIN);
        mvc.perform(form(id, "", "").with(user(me))).andExpect(status().is3xxRedirection());
        var back = reload(id);
        assertThat(back.getPositionSource()).isEqualTo(PositionSource.SETTLEMENT);
        assertThat(back.isAt(centre.lat(), centre.lon())).isTrue();
    }

    @Test
    void thePinThroughTheApiAndItsSourceOnTheAtlas() throws Exception {
        var library = library(3);
        long id = library.getId();
        var me = librarianOf(id);
        SettlementRef centre = geography.findSettlement(PLOVDIV).orElseThrow();
        double lat = Coordinates.round(centre.lat() + 0.021);
        double lon = Coordinates.round(centre.lon() - 0.017);

        mvc.perform(get("/api/v1/organisations/" + id).with(user(me)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.positionSource").value("SETTLEMENT"));
        var other = librarianOf(library(4).getId());
        mvc.perform(put("/api/v1/organisations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, lat, lon))
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organisations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, 45.9, 24.75))
                        .header("Accept-Language", "bg")
                        .with(user(me))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("извън България")));
        mvc.perform(put("/api/v1/organisations/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(id, lat, lon))
                        .with(user(me))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.positionSource").value("PIN"))
                .andExpect(jsonPath("$.summary.lat").value(lat))
                .andExpect(jsonPath("$.kmFromSettlement").isNumber());
        assertThat(events.stream(OrganisationPositionsChanged.class)
                        .flatMap(e -> e.organisations().stream())
                        .map(OrganisationId::value))
                .contains(id);

        // the atlas draws the pinned library as exact, the libraries at the city's centre as approximate
        var near =
                String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", lon - 0.001, lat - 0.001, lon + 0.001, lat + 0.001);
        var pinned = features(near);
        var props = pinned.get("features")
                .valueStream()
                .filter(f -> f.path("properties").path("id").asLong() == id)
                .findFirst()
                .orElseThrow()
                .path("properties");
        assertThat(props.path("position").asString()).isEqualTo("PIN");
        assertThat(props.path("approximate").asBoolean()).isFalse();
        var atCentre = String.format(
                Locale.ROOT,
                "%.5f,%.5f,%.5f,%.5f",
                centre.lon() - 0.0005,
                centre.lat() - 0.0005,
                centre.lon() + 0.0005,
                centre.lat() + 0.0005);
        var approximate = features(atCentre)
                .get("features")
                .valueStream()
                .filter(f -> f.path("properties").has("position"))
                .toList();
        assertThat(approximate).isNotEmpty().allSatisfy(f -> {
            assertThat(f.path("properties").path("position").asString()).isEqualTo("SETTLEMENT");
            assertThat(f.path("properties").path("approximate").asBoolean()).isTrue();
        });
        var table = mvc.perform(get("/api/v1/atlas/features.csv").param("bbox", near))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(table.lines().findFirst().orElseThrow()).endsWith("lat,lon,position_source");
        assertThat(table).contains(id + ",").contains(",PIN");
    }

    private tools.jackson.databind.JsonNode features(String bbox) throws Exception {
        return json.readTree(
                mvc.perform(get("/api/v1/atlas/features").param("bbox", bbox).param("zoom", "18"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    private String body(long id, double lat, double lon) {
        var o = reload(id);
        var body = new LinkedHashMap<String, Object>();
        body.put("name", o.getName());
        body.put("libraryKind", "CHITALISHTE");
        body.put("ekatte", o.getEkatte());
        body.put("lat", lat);
        body.put("lon", lon);
        body.put("version", o.getVersion());
        return json.writeValueAsString(body);
    }

    @Test
    void theOpenDataAndTheExportCarryThePositionSource() throws Exception {
        var csv = mvc.perform(get("/api/v1/open-data/libraries.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("latitude,longitude,position_source");
        assertThat(csv).contains(",SETTLEMENT,");
        var export = mvc.perform(get("/organisations/export.csv")
                        .param("oblast", "PDV")
                        .param("kind", "LIBRARY")
                        .header("Accept-Language", "bg")
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(export.lines().findFirst().orElseThrow()).contains("lat,lon,position_source");
        assertThat(export).contains("приблизително местоположение (център на населеното място)");
    }
}
