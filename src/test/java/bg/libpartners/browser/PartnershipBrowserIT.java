package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole way of a partnership in a real Chromium: the demo librarian walks the builder, the demo partner confirms
 * their party, the demo board member approves the agreement and uploads the signed copy, and the librarian marks
 * the partnership agreed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    bg.libpartners.directory.Directory directory;

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

    void next() {
        click(By.id("next"));
    }

    /** Clicks what submits a form and waits until the next page has replaced this one. */
    void click(By by) {
        var element = browser.driver().findElement(by);
        element.click();
        // Chromedriver reports a node of the unloaded page as stale or, under load, as not in the document
        browser.waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    @Test
    void librarianBuildsPartnerConfirmsBoardApprovesAndTheSignedCopyMakesItAgreed() throws Exception {
        var driver = browser.driver();
        long partnerOrg = Long.parseLong(((CurrentUser)
                        users.loadUserByUsername(DemoAccounts.of(Role.PARTNER).email()))
                .refs(ScopeKind.ORGANISATION)
                .iterator()
                .next());

        as(Role.LIBRARIAN);
        browser.open("/partnerships/new");
        type("title", "Лятно четене с училището");
        click(By.id("start-builder"));
        assertThat(driver.getCurrentUrl()).contains("/builder/1");
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/partnerships/(\\d+)/builder.*", "$1"));

        driver.findElement(By.cssSelector("input[name=targetGroups]")).click();
        driver.findElement(By.cssSelector("input[name=fields]")).click();
        browser.screenshot("partnership-builder-1");
        next();
        type("need", "Децата не четат през лятото");
        type("concept", "Лятна читалня в двора на училището");
        type("goals", "Повече деца читатели");
        next();
        var partnerName = directory.find(partnerOrg).name();
        Pickers.pick(browser, "addOrganisation", partnerName, partnerName);
        click(By.id("save-draft"));
        browser.screenshot("partnership-builder-3");
        next();
        type("channels", "Имейл и телефон");
        type("meetingRhythm", "Веднъж месечно");
        type("reporting", "Тримесечен отчет");
        type("evaluation", "Анкета сред децата");
        next();
        setValue("startDate", "2026-06-01");
        setValue("endDate", "2027-05-31");
        type("parties0.role", "Съорганизатор");
        type("parties0.responsibilities", "Води учениците");
        next();
        type("parties0.benefits", "Повече читатели и нови занимания");
        type("sharedCosts", "Поделяме разходите за материали");
        type("sharedPremises", "Дворът на училището");
        next();
        browser.waiting()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        By.id("to-agreement")));
        browser.screenshot("partnership-builder-7");

        browser.open("/partnerships/" + id);
        click(By.id("to-NEGOTIATION"));
        browser.waiting()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("status"), "Преговори"));

        as(Role.PARTNER);
        browser.open("/partnerships/" + id);
        click(By.cssSelector(".confirm-party"));
        browser.waiting()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".confirmed")));
        browser.screenshot("partnership-partner-confirmed");

        as(Role.LIBRARIAN);
        browser.open("/partnerships/" + id + "/agreement");
        click(By.id("submit-agreement"));

        as(Role.BOARD_MEMBER);
        browser.open("/partnerships/" + id + "/agreement");
        click(By.id("approve"));
        browser.screenshot("partnership-agreement-approved");
        var pdf = Path.of("target/screenshots/signed-agreement.pdf").toAbsolutePath();
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, tinyPdf());
        driver.findElement(By.id("signed-file")).sendKeys(pdf.toString());
        click(By.id("upload-signed"));
        browser.waiting()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        By.id("agreement-status"), "·"));

        as(Role.LIBRARIAN);
        browser.open("/partnerships/" + id);
        click(By.id("to-AGREED"));
        browser.waiting()
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("status"), "Договорено"));
        browser.screenshot("partnership-agreed");
    }

    /** The smallest valid PDF: one empty page, with a correct cross-reference table. */
    static byte[] tinyPdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        };
        var out = new StringBuilder("%PDF-1.4\n");
        var offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
