package bg.libpartners.event;

import static bg.libpartners.event.EventFixtures.PLOVDIV;
import static bg.libpartners.event.EventFixtures.VRATSA;
import static bg.libpartners.event.EventFixtures.demo;
import static bg.libpartners.event.EventFixtures.inDays;
import static bg.libpartners.event.EventFixtures.meeting;
import static bg.libpartners.event.EventFixtures.publicMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.geography.Geography;
import bg.libpartners.material.MaterialKind;
import bg.libpartners.material.MaterialService;
import bg.libpartners.material.TestFiles;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's event layer (public, scheduled, in person, at the settlement's point, within the box), the month view of
 * the calendar (a few events a day, the rest in the list from that day), and the event page's form that links
 * materials and good practices picked by name.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EventMapIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventService events;

    @Autowired
    EventReads reads;

    @Autowired
    MaterialService materials;

    @Autowired
    Geography geography;

    @Autowired
    UserDetailsService users;

    @Autowired
    bg.libpartners.account.TestPeople people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void theEventFormPicksLibraryOblastsAndPartnershipByNameAndRefusesAnotherLibraryNamingTheField() throws Exception {
        var librarian = demo(users, Role.LIBRARIAN);
        String form = mvc.perform(get("/events/new").with(user(librarian)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form)
                .contains("name=\"libraryId_q\"", "name=\"oblasts_q\"", "name=\"partnershipId_q\"")
                .doesNotContain("<select id=\"libraryId\"", "<select id=\"oblasts\"", "<select id=\"partnershipId\"");
        var day = inDays(40).toLocalDate().toString();
        Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> base =
                () -> post("/events/new")
                        .with(csrf())
                        .with(user(librarian))
                        .param("kind", "REGIONAL_MEETING")
                        .param("title", "Среща с избор по име")
                        .param("startDate", day)
                        .param("startTime", "10:00")
                        .param("endDate", day)
                        .param("endTime", "12:00")
                        .param("place", PLOVDIV)
                        .param("roles", "LIBRARIAN")
                        .param("_picker", "libraryId", "oblasts", "partnershipId");
        // no script: a typed oblast name lists the oblasts by name to tick, and nothing is saved yet
        mvc.perform(base.get().param("oblasts_q", "Пловдив"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"PDV\"")))
                .andExpect(content().string(containsString("Пловдив")));
        // a library that is not the librarian's: refused with a message naming the field, nothing saved
        long other = jdbc.sql("select min(id) from organisation where kind = 'LIBRARY' and id <> ?")
                .param(Long.valueOf(librarian
                        .refs(bg.libpartners.account.ScopeKind.LIBRARY)
                        .iterator()
                        .next()))
                .query(Long.class)
                .single();
        mvc.perform(base.get().param("libraryId", String.valueOf(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"libraryId-error\"")))
                .andExpect(content().string(containsString("не е сред вашите библиотеки")));
        assertThat(jdbc.sql("select count(*) from event where title = 'Среща с избор по име'")
                        .query(Long.class)
                        .single())
                .isZero();
        // the own library and an oblast picked: saved
        mvc.perform(base.get()
                        .param(
                                "libraryId",
                                librarian
                                        .refs(bg.libpartners.account.ScopeKind.LIBRARY)
                                        .iterator()
                                        .next())
                        .param("oblasts", "PDV"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from event where title = 'Среща с избор по име'")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theMonthShowsThreeEventsADayAndTheListFromThatDayShowsTheRest() throws Exception {
        var coordinator = demo(users, Role.COORDINATOR);
        var day = inDays(333);
        for (int i = 0; i < 5; i++) {
            events.create(coordinator, publicMeeting("Месечен изглед " + i, day.plusMinutes(i), null));
        }
        String month = mvc.perform(get("/events")
                        .param("view", "month")
                        .param("month", java.time.YearMonth.from(day).toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(month)
                .contains("Месечен изглед 0", "Месечен изглед 1", "Месечен изглед 2")
                .doesNotContain("Месечен изглед 3", "Месечен изглед 4")
                .contains("и още 2 — в списъка от този ден")
                .contains("/events?view=list&amp;from=" + day.toLocalDate());

        String list = mvc.perform(get("/events")
                        .param("view", "list")
                        .param("from", day.toLocalDate().toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list).contains("Месечен изглед 0", "Месечен изглед 3", "Месечен изглед 4");
        mvc.perform(get("/events").param("from", "30.02.2027")).andExpect(status().isBadRequest());
    }

    @Test
    void theMapLayerShowsPublicUpcomingEventsInPersonAtTheirSettlements() throws Exception {
        var coordinator = demo(users, Role.COORDINATOR);
        long plovdiv = events.create(coordinator, publicMeeting("Карта: кръгла маса в Пловдив", inDays(12), 20));
        var vratsaInput = publicMeeting("Карта: среща във Враца", inDays(20), 20);
        long vratsa = events.create(
                demo(users, Role.ADMIN),
                new EventInput(
                        EventKind.TRAINING,
                        vratsaInput.title(),
                        null,
                        vratsaInput.start(),
                        vratsaInput.end(),
                        VRATSA,
                        null,
                        null,
                        20,
                        null,
                        null,
                        Set.of("VRC"),
                        Set.of(),
                        null,
                        null,
                        true,
                        List.of(),
                        null));
        long invitedOnly = events.create(coordinator, meeting("Карта: само за поканени", inDays(12), 20));
        long cancelled = events.create(coordinator, publicMeeting("Карта: отменена", inDays(13), 20));
        events.cancel(coordinator, cancelled);
        long farAway = events.create(coordinator, publicMeeting("Карта: след година", inDays(200), 20));

        String body = mvc.perform(get("/api/v1/events/map"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var ids = ids(body);
        assertThat(ids).contains(plovdiv, vratsa).doesNotContain(invitedOnly, cancelled, farAway);

        // the marker stands at the settlement's point, its popup has the date, title, kind and link
        var place = geography.settlement(PLOVDIV);
        var feature = feature(body, plovdiv);
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble())
                .isEqualTo(place.lon());
        assertThat(feature.path("geometry").path("coordinates").get(1).asDouble())
                .isEqualTo(place.lat());
        var p = feature.path("properties");
        assertThat(p.path("title").asString()).isEqualTo("Карта: кръгла маса в Пловдив");
        assertThat(p.path("kindLabel").asString()).isEqualTo("Регионална среща");
        assertThat(p.path("url").asString()).isEqualTo("/events/" + plovdiv);
        assertThat(p.path("date").asString()).isEqualTo(inDays(12).format(EventTimes.DATE_TIME));
        assertThat(feature(body, vratsa).path("properties").path("kindLabel").asString())
                .isEqualTo("Обучение");

        // a box around Plovdiv only; a longer window brings the far event in
        var around = String.format(
                java.util.Locale.ROOT,
                "%.3f,%.3f,%.3f,%.3f",
                place.lon() - 0.3,
                place.lat() - 0.3,
                place.lon() + 0.3,
                place.lat() + 0.3);
        var near = ids(mvc.perform(get("/api/v1/events/map").param("bbox", around))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(near).contains(plovdiv).doesNotContain(vratsa);
        var later = ids(mvc.perform(get("/api/v1/events/map")
                        .param(
                                "to",
                                java.time.LocalDate.now(EventTimes.ZONE)
                                        .plusDays(300)
                                        .toString()))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(later).contains(plovdiv, farAway);

        // bad input is a problem naming the parameter
        mvc.perform(get("/api/v1/events/map").param("bbox", "28,44,22,41"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("bbox"));
        mvc.perform(get("/api/v1/events/map").param("bbox", "a,b,c,d"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("bbox"));
        mvc.perform(get("/api/v1/events/map").param("from", "2030-01-10").param("to", "2030-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("to"));

        // the atlas's page offers the layer and names the event module's endpoint (it reads no event table)
        mvc.perform(get("/map"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"atlas-events\"")))
                .andExpect(content().string(containsString("data-events=\"/api/v1/events/map\"")));
    }

    @Test
    void theEventPageLinksMaterialsAndPracticesPickedByName() throws Exception {
        var coordinator = demo(users, Role.COORDINATOR);
        var librarian = demo(users, Role.LIBRARIAN);
        long id = events.create(coordinator, publicMeeting("Връзки: среща с материали", inDays(15), 20));
        long material = as(librarian, () -> {
            try {
                return materials.upload(
                        new MaterialService.Description(
                                "Наръчник за партньорства с читалища",
                                MaterialKind.BROCHURE,
                                "bg",
                                null,
                                Set.of("читалища"),
                                Set.of()),
                        new ByteArrayInputStream(TestFiles.pdf("Наръчник")),
                        "naruchnik.pdf");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var practice = jdbc.sql("select id, title from good_practice where status = 'PUBLISHED' order by id")
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .get(0);

        // the type-ahead finds the material by a word of its title
        mvc.perform(get("/api/v1/materials/suggest").param("q", "Наръчник").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].value", hasItem(String.valueOf(material))))
                .andExpect(jsonPath("$[0].label").value("Наръчник за партньорства с читалища"));
        mvc.perform(get("/api/v1/materials/suggest").param("q", "Наръчник")).andExpect(status().isUnauthorized());

        // the form has the two pickers; without script a typed name lists the choices and saves nothing
        mvc.perform(get("/events/{id}/links", id).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"materials-q\"")))
                .andExpect(content().string(containsString("id=\"practices-q\"")));
        mvc.perform(post("/events/{id}/links", id)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("_picker", "materials")
                        .param("materials_q", "Наръчник")
                        .param("_pick", "materials"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"materials\" value=\"" + material + "\"")));
        assertThat(reads.view(coordinator, id).materialIds()).isEmpty();

        // an unknown practice is refused naming the field, and nothing is linked
        mvc.perform(post("/events/{id}/links", id)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("materials", String.valueOf(material))
                        .param("practices", "987654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"practices-error\"")));
        assertThat(reads.view(coordinator, id).materialIds()).isEmpty();

        // picked: saved, and shown on the event's page by title
        mvc.perform(post("/events/{id}/links", id)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("materials", String.valueOf(material))
                        .param("practices", String.valueOf(practice.getKey())))
                .andExpect(redirectedUrl("/events/" + id));
        assertThat(reads.view(coordinator, id).materialIds()).containsExactly(material);
        assertThat(reads.view(coordinator, id).practiceIds()).containsExactly(practice.getKey());
        mvc.perform(get("/events/{id}", id).with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Наръчник за партньорства с читалища")))
                .andExpect(content()
                        .string(containsString(
                                org.springframework.web.util.HtmlUtils.htmlEscape(practice.getValue()))));
        // the form shows what is linked by name
        mvc.perform(get("/events/{id}/links", id).with(user(coordinator)))
                .andExpect(content().string(containsString("Наръчник за партньорства с читалища")));

        // the API beside it answers the same links
        mvc.perform(get("/api/v1/events/{id}", id).with(user(coordinator)))
                .andExpect(jsonPath("$.materialIds[0]").value(material));

        // a librarian of another library and a coordinator of another oblast may not change the links
        mvc.perform(get("/events/{id}/links", id).with(user(EventFixtures.stranger(people, Role.COORDINATOR))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/events/{id}/links", id)
                        .with(user(EventFixtures.stranger(people, Role.LIBRARIAN)))
                        .with(csrf())
                        .param("materials", ""))
                .andExpect(status().isForbidden());
        assertThat(reads.view(coordinator, id).materialIds()).containsExactly(material);
        mvc.perform(get("/events/{id}", id).with(user(coordinator)))
                .andExpect(content().string(not(containsString("id=\"practices-error\""))));
    }

    private List<Long> ids(String body) {
        var list = new java.util.ArrayList<Long>();
        json.readTree(body)
                .path("features")
                .forEach(f -> list.add(f.path("properties").path("id").asLong()));
        return list;
    }

    private tools.jackson.databind.JsonNode feature(String body, long id) {
        for (var f : json.readTree(body).path("features")) {
            if (f.path("properties").path("id").asLong() == id) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private static <T> T as(CurrentUser user, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
