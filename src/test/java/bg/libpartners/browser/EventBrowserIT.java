package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The way through the pages in a real Chromium: a coordinator creates a regional meeting, a librarian
 * registers, the coordinator marks attendance and writes minutes with an action assigned to the librarian, who then
 * sees it among their actions.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventBrowserIT {

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
    void coordinatorCreatesMeetingLibrarianRegistersAttendanceMinutesAndActionReachTheLibrarian() {
        // later today in Sofia: registration is still open, and attendance opens on the day of the event
        var now = LocalDateTime.now(ZoneId.of("Europe/Sofia"));
        var start = now.plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        if (!start.toLocalDate().equals(now.toLocalDate())) { // late in the evening: keep it today
            start = now.toLocalDate().atTime(23, 58);
        }
        var end = start.plusMinutes(20);
        as(Role.COORDINATOR);
        browser.open("/events");
        click(By.id("new-event"));
        type("title", "Регионална среща в браузъра");
        setValue("startDate", start.toLocalDate().toString());
        setValue("startTime", start.format(DateTimeFormatter.ofPattern("HH:mm")));
        setValue("endDate", end.toLocalDate().toString());
        setValue("endTime", end.format(DateTimeFormatter.ofPattern("HH:mm")));
        type("place", "56784");
        type("address", "ул. Гладстон 1");
        type("capacity", "20");
        Pickers.pick(browser, "oblasts", "Пловдив", "Пловдив"); // the audience's oblast, by name
        type("agenda0.topic", "Откриване");
        click(By.id("save-event"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Регионална среща в браузъра");
        assertThat(text("event-kind")).isEqualTo("Регионална среща");
        assertThat(text("event-start"))
                .contains(start.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .contains(start.format(DateTimeFormatter.ofPattern("HH:mm")));
        var eventPath = browser.driver()
                .getCurrentUrl()
                .replaceFirst("^https?://[^/]+", "")
                .replaceFirst("[?#].*$", "");

        as(Role.LIBRARIAN);
        browser.open(eventPath);
        click(By.id("register-self"));
        assertThat(text("registration-result")).contains("Регистрацията е приета");
        assertThat(text("my-registration")).contains("Регистрирани сте");

        as(Role.COORDINATOR);
        browser.open(eventPath);
        assertThat(text("registrants")).contains(DemoAccounts.of(Role.LIBRARIAN).displayName());
        var box = browser.driver().findElement(By.cssSelector("#registrants input[name=present]"));
        box.click();
        click(By.id("save-attendance"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#registrants input[name=present]"))
                        .isSelected())
                .isTrue();

        click(By.id("minutes-link"));
        type("markdown", "## Протокол\n\nОбсъдихме **партньорствата** с училищата.<script>alert(1)</script>");
        type("decision", "Библиотеките да поканят училищата");
        click(By.id("save-minutes"));
        assertThat(text("minutes-saved")).isNotBlank();
        type("what", "Да се изпрати покана до училищата");
        new Select(browser.driver().findElement(By.id("ownerId")))
                .selectByVisibleText(DemoAccounts.of(Role.LIBRARIAN).displayName());
        setValue("dueDate", start.toLocalDate().plusDays(14).toString());
        click(By.id("add-action"));
        assertThat(text("minutes-actions")).contains("Да се изпрати покана до училищата");

        browser.open(eventPath);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#minutes strong"))
                        .getText())
                .isEqualTo("партньорствата");
        assertThat(browser.driver().getPageSource()).doesNotContain("alert(1)");
        assertThat(text("decisions")).contains("Библиотеките да поканят училищата");

        as(Role.LIBRARIAN);
        browser.open("/events/actions");
        assertThat(text("my-actions"))
                .contains("Да се изпрати покана до училищата")
                .contains("Регионална среща в браузъра")
                .contains(start.toLocalDate().plusDays(14).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }
}
