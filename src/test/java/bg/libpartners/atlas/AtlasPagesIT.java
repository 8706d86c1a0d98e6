package bg.libpartners.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
@AutoConfigureMockMvc
class AtlasPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void mapPageWorksWithoutJavaScriptFilteringByTheForm() throws Exception {
        mvc.perform(get("/map").param("type", "MEDIA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Карта на партньорствата")))
                .andExpect(content().string(containsString("Радио „Първомай“")))
                .andExpect(content().string(not(containsString("Стефка"))))
                .andExpect(content().string(containsString("/api/v1/atlas/features.csv?bbox=")))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
        mvc.perform(get("/map").param("type", "ROBOTS")).andExpect(status().isBadRequest());
    }

    @Test
    void embeddedMapMayBeFramedByAnySite() throws Exception {
        mvc.perform(get("/embed/map").param("oblast", "PDV"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(content().string(containsString("Natural Earth")))
                .andExpect(content().string(not(containsString("main-nav"))));
    }

    @Test
    void networkIsForSignedInUsers() throws Exception {
        mvc.perform(get("/network").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/atlas/network")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/atlas/network.graphml")).andExpect(status().isUnauthorized());
    }

    @Test
    void networkJoinsLibrariesAndPartnersAndExportsIt() throws Exception {
        var admin = user("admin@demo.libpartners.bg").roles("ADMIN");
        var body = mvc.perform(get("/api/v1/atlas/network").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var graph = json.readTree(body);
        int nodes = graph.get("nodes").size();
        int edges = graph.get("edges").size();
        assertThat(nodes).isGreaterThanOrEqualTo(4);
        assertThat(edges).isGreaterThanOrEqualTo(3);
        int degrees = graph.get("nodes")
                .valueStream()
                .mapToInt(n -> n.get("degree").asInt())
                .sum();
        assertThat(degrees).isEqualTo(2 * edges);
        assertThat(body).doesNotContain("Стефка");
        var graphml = mvc.perform(get("/api/v1/atlas/network.graphml").with(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("partnerships.graphml")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
        assertThat(doc.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(nodes);
        var gexf = mvc.perform(get("/api/v1/atlas/network.gexf").with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(gexf))
                        .getElementsByTagNameNS("*", "edge")
                        .getLength())
                .isEqualTo(edges);
        mvc.perform(get("/api/v1/atlas/network.csv").param("part", "edges").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From,To,partnerships")));
        mvc.perform(get("/network").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Кандидати за стратегически партньори")));
        mvc.perform(get("/api/v1/atlas/network").param("status", "BOGUS").with(admin))
                .andExpect(status().isBadRequest());
    }
}
