package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards in a real Chromium: the programme's (an admin's) and one oblast's (its coordinator's). Every figure
 * and every counted row the page shows equals what the API answers for the same scope, the charts are drawn, and
 * axe-core finds no WCAG 2.2 AA violation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightBrowserIT {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void start() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void theProgrammeDashboardShowsTheApisNumbersAccessibly() throws Exception {
        browser.signIn(DemoAccounts.of(Role.ADMIN).email(), DemoAccounts.PASSWORD);
        int figures = check("/insight", "/api/v1/insight/dashboard", "programme");
        assertThat(figures).isGreaterThan(10);
        assertThat(browser.driver().findElement(By.id("insight-title")).getText())
                .isNotBlank();
        signOut();
    }

    @Test
    void anOblastDashboardShowsTheApisNumbersAccessibly() throws Exception {
        browser.signIn(DemoAccounts.of(Role.COORDINATOR).email(), DemoAccounts.PASSWORD);
        int figures = check("/insight/oblasts/PDV", "/api/v1/insight/oblasts/PDV", "oblast-PDV");
        assertThat(figures).isGreaterThan(5);
        assertThat(browser.driver().findElement(By.id("insight-title")).getText())
                .contains("Пловдив");
        signOut();
    }

    /** Opens the page, reads the API in the same session, compares every figure; answers how many were compared. */
    private int check(String page, String api, String name) throws Exception {
        var driver = browser.driver();
        browser.open(page);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".insight-figure")));
        // the charts are drawn (ECharts puts its canvas or svg in the box)
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-insight-chart] canvas, " + "[data-insight-chart] svg")));
        var body = (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {headers: {'Accept': 'application/json'}}).then(r => r.text()).then(done);",
                        api);
        JsonNode dashboard = new JsonMapper().readTree(body);
        int compared = 0;
        for (var section : dashboard.get("sections")) {
            if (section.path("unavailable").asBoolean()) {
                continue;
            }
            for (var figure : section.get("figures")) {
                var id = "figure-" + section.get("section").asString() + "-"
                        + figure.get("key").asString();
                var box = driver.findElement(By.id(id));
                var shown = box.findElement(By.cssSelector(".insight-value [data-value]"))
                        .getAttribute("data-value");
                assertThat(new BigDecimal(shown))
                        .as(name + " " + id)
                        .isEqualByComparingTo(new BigDecimal(figure.get("value").asString()));
                if ("COUNT".equals(figure.get("unit").asString())) {
                    var breakdown = figure.path("breakdown");
                    for (var code : breakdown.propertyNames()) {
                        var cell = box.findElement(By.cssSelector("tr[data-code='" + code + "'] td"))
                                .getText();
                        assertThat(Long.parseLong(cell.replaceAll("\\D", "")))
                                .as(name + " " + id + " " + code)
                                .isEqualTo(breakdown.get(code).asLong());
                    }
                }
                compared++;
            }
        }
        browser.screenshot("insight-" + name);
        var results = new AxeBuilder().withTags(WorkspaceBrowserIT.WCAG_22_AA).analyze(driver);
        assertThat(results.getViolations())
                .as(name + ": " + WorkspaceBrowserIT.describe(results.getViolations()))
                .isEmpty();
        return compared;
    }

    private void signOut() {
        var driver = browser.driver();
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }
}
