package bg.libpartners.geography.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class GeographyApiIT {

    private static final String API = "/api/v1/geography";

    @Autowired
    MockMvc mvc;

    @Test
    void listsThe28Oblasts() throws Exception {
        mvc.perform(get(API + "/oblasts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(28))
                .andExpect(jsonPath("$.page.totalElements").value(28))
                .andExpect(jsonPath("$.content[*].code", hasItem("VRC")));
    }

    @Test
    void listsThe265Municipalities() throws Exception {
        mvc.perform(get(API + "/municipalities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(265))
                .andExpect(jsonPath("$.page.totalElements").value(265));
    }

    @Test
    void listsTheMunicipalitiesOfAnOblast() throws Exception {
        mvc.perform(get(API + "/municipalities").param("oblast", "VRC"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(10))
                .andExpect(jsonPath("$.content[*].code", everyItem(startsWith("VRC"))))
                .andExpect(jsonPath("$.content[*].nameBg", hasItem("Враца")))
                .andExpect(jsonPath("$.content[0].oblastNameBg").value("Враца"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vratsa", "гр. Враца", "ВРАЦА", "враца", "vratsa"})
    void findsVratsaFirstHoweverItIsWritten(String query) throws Exception {
        mvc.perform(get(API + "/settlements").param("q", query))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].ekatte").value("12259"))
                .andExpect(jsonPath("$.content[0].nameBg").value("Враца"))
                .andExpect(jsonPath("$.content[0].kind").value("гр."))
                .andExpect(jsonPath("$.content[0].municipalityCode").value("VRC10"))
                .andExpect(jsonPath("$.content[0].oblastNameBg").value("Враца"))
                .andExpect(jsonPath("$.content[0].lat").isNumber());
    }

    @Test
    void ranksExactThenPrefixThenContainsAndTownsFirst() throws Exception {
        // exact "Бяла": the two towns (bigger first), then the village; then names starting with it, towns first
        mvc.perform(get(API + "/settlements").param("q", "Бяла").param("size", "5"))
                .andExpect(
                        jsonPath("$.content[*].ekatte").value(contains("07603", "07598", "07613", "07702", "07716")));
        mvc.perform(get(API + "/settlements").param("q", "слатина"))
                .andExpect(jsonPath("$.content[0].nameBg").value("Слатина"))
                .andExpect(jsonPath("$.content[*].nameBg", hasItem("Бяла Слатина")));
        mvc.perform(get(API + "/settlements").param("q", "с. Брестовица"))
                .andExpect(jsonPath("$.content[0].nameBg").value("Брестовица"))
                .andExpect(jsonPath("$.content[0].municipalityCode").value("PDV26"));
    }

    @Test
    void searchesWithinAMunicipalityAndPages() throws Exception {
        mvc.perform(get(API + "/settlements")
                        .param("municipality", "VRC10")
                        .param("size", "3")
                        .param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(3))
                .andExpect(jsonPath("$.content[*].municipalityCode", everyItem(startsWith("VRC10"))))
                .andExpect(jsonPath("$.page.number").value(1))
                .andExpect(jsonPath("$.page.size").value(3));
    }

    @Test
    void answersOneOfEachByCode() throws Exception {
        mvc.perform(get(API + "/oblasts/VRC")).andExpect(jsonPath("$.nameEn").value("Vratsa"));
        mvc.perform(get(API + "/municipalities/SOF46"))
                .andExpect(jsonPath("$.nameBg").value("Столична"));
        mvc.perform(get(API + "/settlements/68134"))
                .andExpect(jsonPath("$.nameEn").value("Sofia"));
    }

    @Test
    void answersAnUnknownOblastWithA404InTheCallersLanguage() throws Exception {
        mvc.perform(get(API + "/oblasts/XYZ"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Няма област с код XYZ."));
        mvc.perform(get(API + "/oblasts/XYZ").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no province with code XYZ."));
        mvc.perform(get(API + "/municipalities").param("oblast", "XYZ")).andExpect(status().isNotFound());
        mvc.perform(get(API + "/settlements/99999")).andExpect(status().isNotFound());
    }

    @Test
    void answersMalformedParametersWithA400NamingThem() throws Exception {
        mvc.perform(get(API + "/settlements").param("q", "Враца").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get(API + "/settlements").param("page", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get(API + "/settlements").param("size", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get(API + "/settlements").param("q", "я".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("q"));
        mvc.perform(get(API + "/municipalities").param("oblast", "V1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("oblast"));
        mvc.perform(get(API + "/settlements/12").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value("An EKATTE code is five digits (for example 12259), not \"12\"."));
    }

    @Test
    void servesBoundariesWithAnETag() throws Exception {
        var etag = mvc.perform(get(API + "/boundaries/oblasts.geojson"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, startsWith("max-age=")))
                .andExpect(jsonPath("$.features.length()").value(28))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        mvc.perform(get(API + "/boundaries/oblasts.geojson").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
        mvc.perform(get(API + "/boundaries/municipalities.geojson"))
                .andExpect(jsonPath("$.features.length()").value(265));
        mvc.perform(get(API + "/boundaries/country.geojson")).andExpect(status().isOk());
        mvc.perform(get(API + "/boundaries/planets.geojson")).andExpect(status().isNotFound());
    }
}
