package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.event.EventInput;
import bg.libpartners.event.EventKind;
import bg.libpartners.event.EventService;
import bg.libpartners.event.EventTimes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The map's event layer in a real Chromium, without tiles: the toggle adds a marker whose popup leads to the event. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventMapBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    @Autowired
    UserDetailsService users;

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
    void theToggleShowsUpcomingPublicEventsWithAPopup() throws Exception {
        var coordinator = (CurrentUser)
                users.loadUserByUsername(DemoAccounts.of(Role.COORDINATOR).email());
        var start = LocalDate.now(EventTimes.ZONE).plusDays(9).atTime(LocalTime.of(11, 0));
        long id = events.create(
                coordinator,
                new EventInput(
                        EventKind.ROUND_TABLE,
                        "Кръгла маса на картата",
                        null,
                        start,
                        start.plusHours(2),
                        "56784",
                        null,
                        null,
                        30,
                        null,
                        null,
                        Set.of("PDV"),
                        Set.of(),
                        null,
                        null,
                        true,
                        List.of(),
                        null));

        var driver = browser.driver();
        browser.open("/map");
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".atlas-cluster, path.atlas-point")));
        assertThat(driver.findElements(By.cssSelector(".atlas-event"))).isEmpty();
        driver.findElement(By.id("atlas-events")).click();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".atlas-event"), 0));
        assertThat(driver.findElement(By.id("atlas-events-count")).getText()).startsWith("Събития на картата:");

        var marker = driver.findElements(By.cssSelector(".atlas-event")).stream()
                .filter(m -> m.getAttribute("title") != null
                        && m.getAttribute("title").contains("Кръгла маса на картата"))
                .findFirst()
                .orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", marker);
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".atlas-event-popup"), "Кръгла маса на картата"));
        var popup = driver.findElement(By.cssSelector(".atlas-event-popup"));
        assertThat(popup.getText()).contains("Кръгла маса").contains(start.format(EventTimes.DATE_TIME));
        assertThat(popup.findElement(By.tagName("a")).getAttribute("href")).endsWith("/events/" + id);
        browser.screenshot("atlas-events");

        driver.findElement(By.id("atlas-events")).click();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".atlas-event"), 0));
    }
}
