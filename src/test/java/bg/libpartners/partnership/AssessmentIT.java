package bg.libpartners.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.Role;
import java.util.LinkedHashMap;
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
class AssessmentIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PartnershipFixtures fx;

    @Autowired
    AssessmentService assessments;

    @Autowired
    PartnershipService service;

    static Map<String, Integer> ratings(int all, Criterion weak, int weakRating) {
        var map = new LinkedHashMap<String, Integer>();
        for (var c : Criterion.values()) {
            map.put(c.name(), c == weak ? weakRating : all);
        }
        return map;
    }

    static String body(Long partyId, Map<String, Integer> ratings) {
        return new tools.jackson.databind.json.JsonMapper()
                .writeValueAsString(new AssessmentService.AssessmentRequest(partyId, ratings));
    }

    @Test
    void scoresTheMeanOnZeroToHundredAndAdvisesOnWeakCriteria() throws Exception {
        long id = fx.create("Самооценка с резултат");
        var librarian = fx.demo(Role.LIBRARIAN);
        // ten fives and one 1: mean 51/11, (mean - 1) / 4 * 100 = 90.9 → 91
        mvc.perform(post("/api/v1/partnerships/" + id + "/assessments")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, ratings(5, Criterion.EQUALITY, 1))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(91))
                .andExpect(jsonPath("$.weak[0]").value("EQUALITY"))
                .andExpect(jsonPath("$.weak.length()").value(1));
        var page = mvc.perform(get("/partnerships/" + id + "/assessment").with(user(librarian)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Резултат: 91 от 100")
                .contains("Вземайте решенията заедно")
                .contains("data-chart=")
                .doesNotContain("Съберете партньорите");
    }

    @Test
    void keepsTheHistoryOfEveryPartyWithDateAndWho() throws Exception {
        long id = fx.create("Самооценка с история");
        var librarian = fx.demo(Role.LIBRARIAN);
        var partner = fx.demo(Role.PARTNER);
        assessments.record(librarian, id, new AssessmentService.AssessmentRequest(null, ratings(3, null, 0)));
        assessments.record(librarian, id, new AssessmentService.AssessmentRequest(null, ratings(4, null, 0)));
        long partyId = service.get(librarian, id).parties().get(0).id();
        mvc.perform(post("/api/v1/partnerships/" + id + "/assessments")
                        .with(user(partner))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(partyId, ratings(2, null, 0))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(25))
                .andExpect(jsonPath("$.weak.length()").value(Criterion.values().length));
        mvc.perform(get("/api/v1/partnerships/" + id + "/assessments").with(user(librarian)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].partyId").value(partyId))
                .andExpect(jsonPath("$[0].ratedBy").value(partner.displayName()))
                .andExpect(jsonPath("$[0].ratedAt").exists())
                .andExpect(jsonPath("$[1].score").value(75))
                .andExpect(jsonPath("$[2].score").value(50));
        // the partner may not rate for the lead library
        mvc.perform(post("/api/v1/partnerships/" + id + "/assessments")
                        .with(user(partner))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, ratings(5, null, 0))))
                .andExpect(status().isForbidden());
        assertThat(assessments.history(librarian, id)).hasSize(3);
    }

    @Test
    void refusesARatingOutOfRangeOrMissingNamingTheCriterionAndStoresNothing() throws Exception {
        long id = fx.create("Самооценка с грешка");
        var librarian = fx.demo(Role.LIBRARIAN);
        mvc.perform(post("/api/v1/partnerships/" + id + "/assessments")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, ratings(4, Criterion.SHARED_COSTS, 6))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("ratings.SHARED_COSTS"));
        var missing = ratings(4, null, 0);
        missing.remove(Criterion.USER_NEEDS.name());
        mvc.perform(post("/api/v1/partnerships/" + id + "/assessments")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, missing)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("ratings.USER_NEEDS"));
        mvc.perform(post("/api/v1/partnerships/" + id + "/assessments")
                        .with(user(librarian))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(null, ratings(4, Criterion.COMMON_GOALS, 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("ratings.COMMON_GOALS"));
        assertThat(assessments.history(librarian, id)).isEmpty();
    }
}
