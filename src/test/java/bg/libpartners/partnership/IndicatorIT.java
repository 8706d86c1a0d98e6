package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
@Import(PartnershipFixtures.class)
class IndicatorIT {

    static final int YEAR = LocalDate.now().getYear();

    @Autowired
    MockMvc mvc;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    IndicatorService indicators;

    static String body(Integer year, Integer quarter, Map<String, ?> values) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("year", year);
        map.put("quarter", quarter);
        map.put("values", values);
        return new tools.jackson.databind.json.JsonMapper().writeValueAsString(map);
    }

    void putQuarter(long id, int quarter, Map<String, ?> values) throws Exception {
        mvc.perform(put("/api/v1/partnerships/" + id + "/indicators")
                        .with(user(fx.demo(Role.LIBRARIAN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(YEAR, quarter, values)))
                .andExpect(status().isOk());
    }

    @Test
    void reEnteringAQuarterUpdatesItAndThePageShowsBulgarianNumbers() throws Exception {
        long id = fx.create("Показатели по тримесечия");
        putQuarter(id, 1, Map.of("NEW_VISITORS", 10, "FUNDS_EUR", new BigDecimal("1234.5")));
        putQuarter(id, 1, Map.of("NEW_VISITORS", 1200));
        putQuarter(id, 2, Map.of("NEW_VISITORS", 5, "MEDIA_MENTIONS", 2));
        var librarian = fx.demo(Role.LIBRARIAN);
        mvc.perform(get("/api/v1/partnerships/" + id + "/indicators").with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarters.length()").value(2))
                .andExpect(jsonPath("$.quarters[0].quarter").value(1))
                .andExpect(jsonPath("$.quarters[0].values.NEW_VISITORS").value(1200))
                .andExpect(jsonPath("$.quarters[0].values.FUNDS_EUR").value(1234.5))
                .andExpect(jsonPath("$.totals.NEW_VISITORS").value(1205));
        var report = indicators.of(librarian, id);
        assertThat(report.quarters().get(0).values()).hasSize(2);
        var page = mvc.perform(get("/partnerships/" + id + "/indicators").with(user(librarian)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("1\u00a0234,50\u00a0€").contains("1\u00a0205").contains("data-chart=");
    }

    @Test
    void rollsUpToTheLibraryAndTheProgramme() throws Exception {
        var librarian = fx.demo(Role.LIBRARIAN);
        var before =
                indicators.library(librarian, fx.library()).totals().getOrDefault(Indicator.FUNDS_EUR, BigDecimal.ZERO);
        long first = fx.create("Първо за сбора");
        long second = fx.create("Второ за сбора");
        putQuarter(first, 3, Map.of("FUNDS_EUR", new BigDecimal("100.25"), "VOLUNTEER_HOURS", 40));
        putQuarter(second, 3, Map.of("FUNDS_EUR", new BigDecimal("200.50")));
        var library = indicators.library(librarian, fx.library());
        assertThat(library.totals().get(Indicator.FUNDS_EUR))
                .isEqualByComparingTo(before.add(new BigDecimal("300.75")));
        assertThat(library.partnerships()).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/api/v1/libraries/" + fx.library() + "/indicators").with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.FUNDS_EUR").exists());
        mvc.perform(get("/api/v1/indicators/programme").with(user(fx.demo(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.VOLUNTEER_HOURS").exists());
        assertThat(indicators.programme(fx.demo(Role.COORDINATOR)).totals().get(Indicator.FUNDS_EUR))
                .isGreaterThanOrEqualTo(new BigDecimal("300.75"));
        mvc.perform(get("/api/v1/indicators/programme").with(user(librarian))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/libraries/" + fx.library() + "/indicators").with(user(fx.demo(Role.PARTNER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesBadInputNamingTheFieldAndStoresNothing() throws Exception {
        long id = fx.create("Показатели с грешки");
        var librarian = fx.demo(Role.LIBRARIAN);
        Object[][] cases = {
            {YEAR, 1, Map.of("NEW_USERS", -3), "values.NEW_USERS"},
            {YEAR, 5, Map.of("NEW_USERS", 3), "quarter"},
            {YEAR, 0, Map.of("NEW_USERS", 3), "quarter"},
            {1999, 1, Map.of("NEW_USERS", 3), "year"},
            {YEAR + 1, 1, Map.of("NEW_USERS", 3), "year"},
            {YEAR, 1, Map.of("NEW_USERS", new BigDecimal("2.5")), "values.NEW_USERS"},
            {YEAR, 1, Map.of("SMILES", 3), "values.SMILES"},
        };
        for (var c : cases) {
            @SuppressWarnings("unchecked")
            var values = (Map<String, ?>) c[2];
            mvc.perform(put("/api/v1/partnerships/" + id + "/indicators")
                            .with(user(librarian))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body((Integer) c[0], (Integer) c[1], values)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value(c[3]));
        }
        assertThat(indicators.of(librarian, id).quarters()).isEmpty();
        mvc.perform(put("/api/v1/partnerships/" + id + "/indicators")
                        .with(user(fx.demo(Role.PARTNER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(YEAR, 1, Map.of("NEW_USERS", 3))))
                .andExpect(status().isForbidden());
    }
}
