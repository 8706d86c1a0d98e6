package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The main pages of the foundation in a real Chromium: sign-in, the language switch, admin pages, the 403 page. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoundationBrowserIT {

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
    void adminSignsInSwitchesLanguageAndSeesUsersAndAuditTrail() throws Exception {
        var driver = browser.driver();
        browser.open("/login");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Вход");
        assertThat(driver.findElement(By.cssSelector(".demo-accounts")).getText())
                .contains("coordinator@demo.libpartners.bg");
        browser.screenshot("login");

        browser.signIn(DemoAccounts.of(Role.ADMIN).email(), DemoAccounts.PASSWORD);
        assertThat(driver.findElement(By.cssSelector(".site-header .user")).getText())
                .contains("Мария Петрова");

        driver.findElement(By.linkText("Потребители")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Потребители"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Потребители");
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("librarian@demo.libpartners.bg");

        driver.findElement(By.cssSelector("a[lang=en]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Users"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
        driver.findElement(By.linkText("Audit trail")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Audit trail"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
        assertThat(Files.size(browser.screenshot("audit-en"))).isPositive();
        driver.findElement(By.cssSelector("a[lang=bg]")).click();
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "bg"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("bg");
    }

    @Test
    void invitationFormNamesTheInvalidFieldsInBulgarian() throws Exception {
        var driver = browser.driver();
        browser.signIn(DemoAccounts.of(Role.COORDINATOR).email(), DemoAccounts.PASSWORD);
        browser.open("/admin/invitations/new");
        driver.findElement(By.id("email")).sendKeys("not-an-email");
        // the form's own submit button, not a picker's search button (the fallback without JavaScript)
        driver.findElement(By.cssSelector("main form button[type=submit]:not(.picker-search)"))
                .click();
        // the click submits the form: wait for the answer page rather than read the form that is being left
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .isEqualTo("Формулярът съдържа грешки. Поправете отбелязаните полета.");
        assertThat(driver.findElement(By.id("email-error")).getText()).isEqualTo("Въведете валиден имейл адрес.");
        assertThat(driver.findElement(By.id("role-error")).getText()).isEqualTo("Полето е задължително.");
        browser.screenshot("invite-errors");
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
    }

    @Test
    void librarianIsShownTheForbiddenPage() throws Exception {
        var driver = browser.driver();
        browser.signIn(DemoAccounts.of(Role.LIBRARIAN).email(), DemoAccounts.PASSWORD);
        browser.open("/admin/users");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Нямате достъп до тази страница.");
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
    }
}
