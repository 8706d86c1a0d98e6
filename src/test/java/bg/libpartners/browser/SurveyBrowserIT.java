package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.survey.SurveyFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk-through: a librarian opens a personal link, describes two partnerships, saves, comes back,
 * submits; the coordinator then sees the progress and the two draft partnerships in the registry.
 */
@IntegrationTest
class SurveyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    SurveyFixtures fx;

    static void fill(WebDriver d, int block, String title, String partner) {
        String p = "g-partnerships-" + block + "-";
        d.findElement(By.id(p + "title")).sendKeys(title);
        d.findElement(By.id(p + "partner1_name")).sendKeys(partner);
        d.findElement(By.id(p + "partner1_settlement")).sendKeys("Първомай");
        new Select(d.findElement(By.id(p + "partner1_type"))).selectByValue("PUBLIC_BODY");
        d.findElement(By.id(p + "partner1_contribution-PREMISES")).click();
        d.findElement(By.id(p + "field-READING")).click();
        d.findElement(By.id(p + "target-CHILDREN")).click();
        d.findElement(By.id(p + "since")).sendKeys("2016");
        d.findElement(By.id(p + "agreement-YES")).click();
        d.findElement(By.id(p + "principle_common_goals")).sendKeys("Д");
    }

    @Test
    void aLibrarianAnswersByPersonalLinkAndTheCoordinatorSeesProgressAndDrafts() throws Exception {
        long library = fx.otherLibrary("library-browser@survey.test");
        long id = fx.launched("Браузър " + System.nanoTime(), List.of(library));
        String token = fx.link(id, library);
        try (var browser = new Browser(port)) {
            var d = browser.driver();
            browser.open("/s/" + token);
            d.findElement(By.id("a-respondent")).sendKeys("Елена Петрова");
            d.findElement(By.id("a-has_partnerships-YES")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("g-partnerships-0-title")));
            fill(d, 0, "Лятно четене с кметството", "Кметство Браузър");
            d.findElement(By.id("add-partnerships")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("g-partnerships-1-title")));
            assertThat(d.findElement(By.id("answer-notice")).getText()).contains("запазена");
            fill(d, 1, "Компютри за възрастни", "Клуб Браузър");
            d.findElement(By.id("save-draft")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("answer-notice")));
            browser.screenshot("survey-draft");

            // come back later by the same link: both blocks are there
            browser.open("/s/" + token);
            assertThat(d.findElement(By.id("g-partnerships-1-title")).getAttribute("value"))
                    .isEqualTo("Компютри за възрастни");
            assertThat(d.findElement(By.id("a-respondent")).getAttribute("value"))
                    .isEqualTo("Елена Петрова");
            d.findElement(By.id("submit-answer")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("answer-status")));
            assertThat(d.findElement(By.id("answer-notice")).getText()).contains("изпратен");
            assertThat(d.findElement(By.id("submit-answer")).isEnabled()).isFalse();
            browser.screenshot("survey-submitted");

            browser.signIn(DemoAccounts.of(Role.COORDINATOR).email(), DemoAccounts.PASSWORD);
            browser.open("/surveys/" + id + "/progress");
            assertThat(d.findElement(By.id("progress-summary")).getText()).contains("изпратили отговор: 1");
            browser.open("/partnerships?library=" + library);
            String page = d.findElement(By.tagName("main")).getText();
            assertThat(page)
                    .contains("Лятно четене с кметството")
                    .contains("Компютри за възрастни")
                    .contains("Чернова");
            browser.screenshot("survey-registry");
        }
    }

    @Test
    void aLibrarianWithAPersonalLinkPicksAPartnerFromTheDirectoryWithTheKeyboard() throws Exception {
        long library = fx.otherLibrary("library-pick@survey.test");
        long id = fx.launched("Избор " + System.nanoTime(), List.of(library));
        String token = fx.link(id, library);
        String field = "g.partnerships.0.partner1_org";
        try (var browser = new Browser(port)) {
            var d = browser.driver();
            browser.open("/s/" + token);
            d.findElement(By.id("a-respondent")).sendKeys("Елена Петрова");
            d.findElement(By.id("a-has_partnerships-YES")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("g-partnerships-0-title")));
            fill(d, 0, "Музейни уроци", "Исторически музей");
            // a private person of the directory is never offered on the public form
            var input = d.findElement(By.id(field + "-q"));
            input.sendKeys("Стефка");
            browser.waiting()
                    .until(x -> x.findElement(By.cssSelector(".organisation-pick .picker-status"))
                            .getAttribute("textContent")
                            .contains("Нищо"));
            assertThat(d.findElements(By.xpath("//ul[@id='" + field + "-listbox']/li")))
                    .isEmpty();
            Pickers.pick(browser, field, "Историч", "Исторически музей – Първомай");
            assertThat(d.findElement(By.id(field + "-q")).getAttribute("value"))
                    .isEqualTo("Исторически музей – Първомай");
            d.findElement(By.id("save-draft")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("answer-notice")));
            browser.screenshot("survey-organisation-picked");

            browser.open("/s/" + token);
            assertThat(d.findElement(By.id(field + "-q")).getAttribute("value"))
                    .isEqualTo("Исторически музей – Първомай");
            String picked = d.findElement(By.cssSelector(".organisation-pick input.picker-value"))
                    .getAttribute("value");
            assertThat(fx.answered(token, "partnerships", "partner1_org")).isEqualTo(picked);
            assertThat(picked).matches("\\d+");
        }
    }
}
