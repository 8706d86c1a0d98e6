package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.funding.CallInput;
import bg.libpartners.funding.FundingFixtures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole way in a real Chromium: the admin publishes a call, the librarian applies with a partnership
 * picked by name and submits, the expert declares no conflict and scores, the admin approves, and the library's
 * portfolio shows the grant.
 */
@IntegrationTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc // shares the funding ITs' context
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fx;

    @Autowired
    Clock clock;

    Browser browser;

    @BeforeAll
    void start() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    void as(Role role) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(DemoAccounts.of(role).email(), DemoAccounts.PASSWORD);
    }

    void type(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), value);
    }

    void click(By by) {
        var element = browser.driver().findElement(by);
        element.click();
        browser.waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    @Test
    void adminPublishesLibrarianAppliesExpertScoresAdminApprovesAndThePortfolioShowsTheGrant() throws Exception {
        var driver = browser.driver();
        long library = fx.library();
        String partnership = "Проект за съфинансиране";
        fx.partnership();
        var now =
                LocalDateTime.now(clock.withZone(CallInput.SOFIA)).withSecond(0).withNano(0);

        as(Role.ADMIN);
        browser.open("/funding/calls/new");
        type("title", "Читалища за всички 2026");
        type("budget", "50 000");
        type("minGrant", "1000");
        type("maxGrant", "10000,00");
        type("cofinancingShare", "20");
        setValue("opensAt", now.minusDays(1).toString());
        setValue("closesAt", now.plusDays(20).toString());
        type("criteria0name", "Нужда на общността");
        type("criteria0weight", "60");
        type("criteria1name", "Сила на партньорството");
        type("criteria1weight", "40");
        click(By.id("save-call"));
        assertThat(text("call-state")).isEqualTo("Чернова");
        long call = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/calls/(\\d+).*", "$1"));
        click(By.id("publish"));
        assertThat(text("call-state")).isEqualTo("Отворена");
        assertThat(text("call-budget")).isEqualTo("50 000,00 €");
        browser.screenshot("funding-call");

        as(Role.LIBRARIAN);
        browser.open("/calls/" + call);
        click(By.id("apply"));
        Pickers.pick(
                browser, "partnershipId", partnership.substring(0, Math.min(12, partnership.length())), partnership);
        type("title", "Лятна читалня в парка");
        click(By.id("create-application"));
        assertThat(driver.getCurrentUrl()).endsWith("/edit");
        long application = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/applications/(\\d+)/edit", "$1"));
        type("aims", "Повече деца четат през лятото");
        driver.findElement(By.cssSelector("input[name=targetGroups][value=CHILDREN]"))
                .click();
        driver.findElement(By.cssSelector("input[name=benefits][value=NEW_VISITORS]"))
                .click();
        type("act0", "Четене в парка");
        setValue("act0start", LocalDate.now(clock).minusDays(3).toString());
        setValue("act0end", LocalDate.now(clock).plusMonths(3).toString());
        type("ind0", "Нови читатели");
        type("ind0target", "100");
        type("line0amount", "6000");
        new Select(driver.findElement(By.id("line1partner"))).selectByIndex(1);
        new Select(driver.findElement(By.id("line1kind"))).selectByValue("SERVICES");
        type("line1amount", "4000");
        type("requested", "8000");
        type("cof0amount", "2000");
        click(By.id("save-application"));
        assertThat(driver.findElements(By.cssSelector("#rules li.failed"))).isEmpty();
        browser.screenshot("funding-application");
        click(By.id("submit-application"));
        assertThat(text("application-status")).isEqualTo("Подадено");

        as(Role.ADMIN);
        browser.open("/funding/applications/" + application);
        new Select(driver.findElement(By.id("reviewerId")))
                .selectByVisibleText(DemoAccounts.of(Role.EXPERT).displayName());
        click(By.id("assign"));

        as(Role.EXPERT);
        browser.open("/funding/applications/" + application + "/review");
        driver.findElement(By.id("no-conflict")).click();
        click(By.id("declare"));
        type("score0", "9");
        type("score1", "8");
        type("comment0", "Ясна нужда");
        click(By.id("save-scores"));
        assertThat(text("scored")).contains("86");
        browser.screenshot("funding-review");

        as(Role.ADMIN);
        browser.open("/funding/calls/" + call + "/ranking");
        assertThat(text("ranking")).contains("Лятна читалня в парка").contains("86");
        browser.open("/funding/applications/" + application);
        click(By.id("decide"));
        assertThat(text("application-status")).isEqualTo("Одобрено");

        as(Role.LIBRARIAN);
        browser.open("/funding/libraries/" + library + "/portfolio");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("portfolio-grants")));
        assertThat(text("portfolio-grants")).contains("Лятна читалня в парка").contains("8 000,00 €");
        browser.screenshot("funding-portfolio");
    }
}
