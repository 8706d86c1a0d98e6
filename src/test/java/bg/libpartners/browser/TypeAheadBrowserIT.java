package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.AccountService;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * The type-ahead in a real Chromium, by keyboard only (type, arrow down, Enter picks; Escape closes), and axe-core's
 * WCAG 2.2 AA rules over every form this work touched.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypeAheadBrowserIT {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Directory directory;

    Browser browser;

    @BeforeAll
    void start() throws Exception {
        browser = new Browser(port);
        browser.signIn(DemoAccounts.of(Role.ADMIN).email(), DemoAccounts.PASSWORD);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void keyboardAloneTypesMovesPicksAndCloses() {
        var driver = browser.driver();
        browser.open("/partnerships");
        var input = driver.findElement(By.id("oblast-q"));
        assertThat(input.getAttribute("role")).isEqualTo("combobox");
        assertThat(input.getAttribute("aria-controls")).isEqualTo("oblast-listbox");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        input.sendKeys("Vratsa");
        browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#oblast-listbox [role=option]")));
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        input.sendKeys(Keys.ARROW_DOWN);
        var active = input.getAttribute("aria-activedescendant");
        assertThat(active).isNotBlank();
        assertThat(driver.findElement(By.id(active)).getAttribute("aria-selected"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id(active)).getText()).startsWith("Враца");
        input.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl())
                .as("Enter picks, it does not send the form")
                .doesNotContain("oblast=");
        assertThat(driver.findElement(By.cssSelector("input.picker-value[name=oblast]"))
                        .getAttribute("value"))
                .isEqualTo("VRC");
        assertThat(input.getAttribute("value")).isEqualTo("Враца");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");

        input.clear();
        input.sendKeys("Plov");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("oblast-listbox")));
        input.sendKeys(Keys.ESCAPE);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("oblast-listbox")));
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(input.getAttribute("aria-activedescendant")).isNull();

        input.clear();
        Pickers.pick(browser, "oblast", "Пловдив", "Пловдив");
        input.sendKeys(Keys.ENTER); // the list is closed now: Enter sends the filter
        browser.waiting().until(ExpectedConditions.urlContains("oblast=PDV"));
    }

    @Test
    void formsTouchedHaveNoWcag22AaViolations() {
        var library = directory
                .list(OrganisationKind.LIBRARY, DemoAccounts.COORDINATOR_OBLAST, null, PageRequest.of(0, 1))
                .getContent()
                .get(0);
        var someone = accounts.create(
                "axe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Проверка Достъпност",
                Role.LIBRARIAN,
                "axe check password",
                Locale.forLanguageTag("bg"),
                Scope.of(ScopeKind.LIBRARY, library.id()));
        for (var path : List.of(
                "/partnerships",
                "/partnerships?oblast_q=Vratsa&_picker=oblast",
                "/partnerships/new",
                "/admin/invitations/new",
                "/admin/invitations",
                "/admin/users",
                "/admin/users/" + someone,
                "/admin/erasures",
                "/account",
                "/account/email/confirm?token=x",
                "/materials/new")) {
            browser.open(path);
            var result = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver());
            assertThat(result.getViolations())
                    .as(path + ": "
                            + result.getViolations().stream()
                                    .map(v -> v.getId() + " "
                                            + v.getNodes().stream()
                                                    .map(n -> n.getTarget().toString())
                                                    .toList())
                                    .toList())
                    .isEmpty();
        }
    }
}
