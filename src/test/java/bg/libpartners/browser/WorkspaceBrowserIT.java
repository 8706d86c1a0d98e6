package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role's start page in a real Chromium after signing in — the page it lands on — and the help, each checked by
 * axe-core for WCAG 2.2 AA; screenshots for the help go to target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceBrowserIT {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    void assertAccessible(String page) {
        var results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
        assertThat(results.getViolations()).as(page + ": " + describe(results.getViolations())).isEmpty();
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getNodes().size() + "): " + v.getNodes().stream()
                .limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** Leaves whoever an earlier test signed in: the next one starts as a visitor on the sign-in page. */
    void signedOut() {
        var driver = browser.driver();
        browser.open("/login");
        if (!driver.findElements(By.cssSelector("form[action='/logout'] button")).isEmpty()) {
            driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleLandsOnItsStartPageWhichIsAccessible(Role role) throws Exception {
        var driver = browser.driver();
        signedOut();
        browser.signIn(DemoAccounts.of(role).email(), DemoAccounts.PASSWORD);
        browser.waiting().until(ExpectedConditions.urlContains("/work"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Моята работа");
        assertThat(driver.findElement(By.cssSelector(".inbox-link")).getText()).startsWith("Известия");
        var intro = driver.findElement(By.cssSelector(".workspace .lead")).getText();
        assertThat(intro).isNotBlank();
        if (role == Role.COORDINATOR) {
            assertThat(driver.findElement(By.cssSelector("a[href='/map?oblast=PDV']")).getText()).contains("Пловдив");
        }
        if (role == Role.LIBRARIAN) {
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Моите библиотеки и организации");
        }
        browser.screenshot("workspace-" + role.name().toLowerCase(java.util.Locale.ROOT));
        assertAccessible("start page of " + role);
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }

    /** The forms changed to pick records by name this round: the audit filter, the builder, an event's links. */
    @Test
    void formsThatPickRecordsByNameAreAccessible() throws Exception {
        var driver = browser.driver();
        signedOut();
        browser.signIn(DemoAccounts.of(Role.ADMIN).email(), DemoAccounts.PASSWORD);
        browser.waiting().until(ExpectedConditions.urlContains("/work"));
        browser.open("/admin/audit");
        assertThat(driver.findElements(By.cssSelector("input[name=entityId]:not([type=hidden])"))).isEmpty();
        assertAccessible("audit filter");
        long questionnaire = jdbc.queryForObject("select min(id) from survey_questionnaire", Long.class);
        browser.open("/questionnaires/" + questionnaire);
        assertAccessible("questionnaire builder");
        long event = jdbc.queryForObject("select min(id) from event where status = 'SCHEDULED'", Long.class);
        browser.open("/events/" + event + "/links");
        assertAccessible("an event's materials and practices");
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }

    @Test
    void helpPagesAreAccessibleAndLinkedFromThePages() throws Exception {
        var driver = browser.driver();
        browser.open("/help");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Помощ");
        assertAccessible("help index");
        driver.findElement(By.cssSelector("a[href='/help/partnership']")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Партньорството"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Споразумение за сътрудничество");
        browser.screenshot("help-partnership");
        assertAccessible("help on partnership");
        for (var topic : List.of("workspace", "agreement", "practice")) {
            browser.open("/help/" + topic);
            assertAccessible("help on " + topic);
        }
        browser.open("/practices");
        driver.findElement(By.cssSelector("h1 a.help-link")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/help/practice"));
    }
}
