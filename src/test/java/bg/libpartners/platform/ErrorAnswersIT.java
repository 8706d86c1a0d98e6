package bg.libpartners.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that used to reach the container as a server error: a non-numeric id in the path, and a save that loses a
 * race on a database constraint after every check passed. Each answers in the person's language: a problem detail
 * for the API, an error page for people.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(ErrorAnswersIT.Race.class)
class ErrorAnswersIT {

    /** Stands for a save whose unique key another request took between the check and the insert. */
    @RestController
    static class Race {

        @GetMapping({"/api/v1/test-race", "/test-race"})
        void lose() {
            throw new DataIntegrityViolationException("unique index uk_test violated");
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aNonNumericIdInThePathIsNotFound() throws Exception {
        var someone = user("someone").roles("LIBRARIAN");
        mvc.perform(get("/partnerships/abc").with(someone))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Търсената страница или запис не съществува.")));
        mvc.perform(get("/partnerships/abc").param("lang", "en").with(someone))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("The page or record you asked for does not exist.")));
        mvc.perform(get("/api/v1/organisations/abc")
                        .header("Accept-Language", "en")
                        .with(someone))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("The page or record you asked for does not exist."));
        mvc.perform(get("/api/v1/partnerships/12abc").with(someone))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Търсената страница или запис не съществува."));
    }

    @Test
    void aMalformedQueryParameterIsStillTheCallersMistake() throws Exception {
        mvc.perform(get("/api/v1/partnerships")
                        .param("library", "x")
                        .with(user("someone").roles("LIBRARIAN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("library"));
    }

    @Test
    void aConstraintLostToARaceIsAConflictInThePersonsLanguage() throws Exception {
        var someone = user("someone").roles("LIBRARIAN");
        mvc.perform(get("/api/v1/test-race").with(someone))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("в същия момент е записано")));
        mvc.perform(get("/api/v1/test-race").header("Accept-Language", "en").with(someone))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("was saved at the same moment")));
        mvc.perform(get("/test-race").with(someone))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("в същия момент е записано")));
    }
}
