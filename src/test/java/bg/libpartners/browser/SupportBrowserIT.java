package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Expert support in a real Chromium: the demo librarian asks, the demo coordinator assigns the request to the demo
 * expert, the expert answers (and writes an internal note the librarian never sees), the librarian closes the
 * request and rates the help.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportBrowserIT {

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

    void as(Role role) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(DemoAccounts.of(role).email(), DemoAccounts.PASSWORD);
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
    void aLibrarianAsksACoordinatorAssignsTheExpertAnswersAndTheLibrarianClosesAndRates() throws Exception {
        var driver = browser.driver();
        as(Role.LIBRARIAN);
        browser.open("/support");
        click(By.id("ask-link"));
        new Select(driver.findElement(By.id("topic"))).selectByValue("FUNDRAISING");
        driver.findElement(By.id("question")).sendKeys("Браузър: как да поискаме дарение от местна фирма?");
        browser.screenshot("support-ask");
        click(By.id("ask-submit"));
        assertThat(driver.getCurrentUrl()).matches(".*/support/requests/\\d+");
        var path = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
        assertThat(text("status")).isEqualTo("ново");

        as(Role.COORDINATOR);
        browser.open("/support/queue");
        assertThat(driver.getPageSource()).contains("Браузър: как да поискаме дарение");
        browser.open(path);
        new Select(driver.findElement(By.id("expertId")))
                .selectByVisibleText(new Select(driver.findElement(By.id("expertId")))
                        .getOptions().stream()
                                .filter(o -> o.getText()
                                        .startsWith(DemoAccounts.of(Role.EXPERT).displayName()))
                                .findFirst()
                                .orElseThrow()
                                .getText());
        click(By.id("assign"));
        assertThat(text("status")).isEqualTo("при експерт");
        assertThat(text("expert")).isEqualTo(DemoAccounts.of(Role.EXPERT).displayName());

        as(Role.EXPERT);
        browser.open(path);
        driver.findElement(By.id("body")).sendKeys("Бележка само за нас: фирмата е дарявала и преди.");
        driver.findElement(By.id("internal")).click();
        click(By.id("reply-submit"));
        driver.findElement(By.id("body")).sendKeys("Напишете кратко писмо с ясна цел и сума.");
        click(By.id("reply-submit"));
        assertThat(text("status")).isEqualTo("отговорено");
        browser.screenshot("support-answered");

        as(Role.LIBRARIAN);
        browser.open(path);
        assertThat(text("thread"))
                .contains("Напишете кратко писмо с ясна цел и сума.")
                .doesNotContain("Бележка само за нас");
        click(By.id("close"));
        assertThat(text("status")).isEqualTo("затворено");
        driver.findElement(By.id("score-5")).click();
        driver.findElement(By.id("comment")).sendKeys("Много полезно.");
        click(By.id("rate"));
        assertThat(text("notice")).isEqualTo("Благодарим за оценката.");
        assertThat(text("rating")).contains("5 / 5").contains("Много полезно.");
        browser.screenshot("support-rated");
    }
}
