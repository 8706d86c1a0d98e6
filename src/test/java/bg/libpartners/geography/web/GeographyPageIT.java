package bg.libpartners.geography.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class GeographyPageIT {

    @Autowired
    MockMvc mvc;

    @Test
    void findsASettlementWrittenInLatinAndListsAnOblastsMunicipalities() throws Exception {
        mvc.perform(get("/geography").param("q", "Vratsa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("гр. Враца")))
                .andExpect(content().string(containsString("<html lang=\"bg\"")));
        mvc.perform(get("/geography").param("q", "Vratsa").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("гр. Враца")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/geography").param("oblast", "VRC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Мездра")));
        mvc.perform(get("/geography").param("q", "Няма-такова-място"))
                .andExpect(content().string(containsString("Няма населено място, което да отговаря")));
    }
}
