package bg.libpartners.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import bg.libpartners.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class PlatformIT {

    @Autowired
    MockMvc mvc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    org.springframework.security.web.csrf.CsrfTokenRepository formTokens;

    @Test
    void homePageIsBulgarianByDefaultWithAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"bg\"")))
                .andExpect(content().string(containsString("Партньорства между библиотеките и местната общност")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    /**
     * Over real HTTP. spring-security-test's {@code csrf()} swaps the shared filter chain's form-token repository for
     * a session-backed test one, so after any test that used it the server would make sessions that the application
     * itself never makes: the repository the application configures is put back first.
     */
    @Test
    void aVisitorGetsNoSession() throws Exception {
        mvc.perform(get("/").with(request -> {
            org.springframework.security.test.web.support.WebTestUtils.setCsrfTokenRepository(request, formTokens);
            return request;
        }));
        var http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        for (var page : new String[] {
            "/",
            "/practices",
            "/map",
            "/geography",
            "/login",
            "/password/forgot",
            "/api/v1/practices",
            "/api/v1/geography/oblasts"
        }) {
            var answer = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + page))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            org.assertj.core.api.Assertions.assertThat(answer.statusCode())
                    .as(page)
                    .isLessThan(400);
            org.assertj.core.api.Assertions.assertThat(answer.headers().allValues("Set-Cookie"))
                    .as(page)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    @Test
    void englishIsChosenWithLangAndRemembered() throws Exception {
        var cookie = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Partnerships between libraries and the local community")))
                .andReturn()
                .getResponse()
                .getCookie("lp_lang");
        mvc.perform(get("/").cookie(new Cookie("lp_lang", cookie.getValue())))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
        mvc.perform(get("/").param("lang", "de")).andExpect(content().string(containsString("<html lang=\"bg\"")));
        // Pages stay Bulgarian whatever the browser's language; only the API follows Accept-Language.
        mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"bg\"")));
    }

    @Test
    void unknownPageGivesA404PageInTheVisitorsLanguage() throws Exception {
        mvc.perform(get("/no-such-page").with(user("someone").roles("EXPERT")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Страницата не е намерена.")));
        mvc.perform(get("/no-such-page")
                        .param("lang", "en")
                        .with(user("someone").roles("EXPERT")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found.")));
    }

    @Test
    void apiAnswersProblemDetailsInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/account/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Необходим е вход в системата или валиден API ключ."));
        mvc.perform(get("/api/v1/account/me").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("You need to sign in or send a valid API token."));
    }

    @Test
    void operationsEndpointsAreUpAndMetricsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/account/me']").exists());
    }

    @Test
    void automationTokenFromTheEnvironmentActsAsTheFirstAdministrator() throws Exception {
        mvc.perform(get("/api/v1/account/me").header("Authorization", "Bearer lp_test_admin_token_0123456789abcdef"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ADMIN"));
        mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer lp_test_admin_token_0123456789abcdef"))
                .andExpect(status().isOk());
    }

    @Test
    void loginPageListsTheDemoAccounts() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("coordinator@demo.libpartners.bg")))
                .andExpect(content().string(containsString("Координатор")));
    }
}
