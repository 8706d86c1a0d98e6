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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    bg.libpartners.account.AccountService accounts;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Autowired
    bg.libpartners.event.EventService events;

    @Autowired
    bg.libpartners.survey.CampaignService campaigns;

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
        assertThat(results.getViolations())
                .as(page + ": " + describe(results.getViolations()))
                .isEmpty();
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getNodes().size() + "): "
                        + v.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** Leaves whoever an earlier test signed in: the next one starts as a visitor on the sign-in page. */
    void signedOut() {
        var driver = browser.driver();
        browser.open("/login");
        if (!driver.findElements(By.cssSelector("form[action='/logout'] button"))
                .isEmpty()) {
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
            assertThat(driver.findElement(By.cssSelector("a[href='/map?oblast=PDV']"))
                            .getText())
                    .contains("Пловдив");
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
        assertThat(driver.findElements(By.cssSelector("input[name=entityId]:not([type=hidden])")))
                .isEmpty();
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
        browser.open("/help");
        var topics = driver.findElements(By.cssSelector("main a[href^='/help/']")).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
                .distinct()
                .toList();
        assertThat(topics).contains("/help/workspace", "/help/agreement", "/help/practice", "/help/support");
        for (var topic : topics) { // every help page there is
            browser.open(topic);
            assertAccessible("help " + topic);
        }
        browser.open("/practices");
        driver.findElement(By.cssSelector("h1 a.help-link")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/help/practice"));
    }

    /**
     * The forms changed to pick libraries, oblasts, partnerships and municipalities by name (#13, #15), with their
     * type-ahead open, and the survey's page of links to hand over.
     */
    @Test
    void formsPickingByNameAndTheSurveyHandoutsAreAccessible() throws Exception {
        var driver = browser.driver();
        var two = jdbc.queryForList(
                "select id from organisation where kind = 'LIBRARY' and oblast_code = 'PDV' "
                        + "order by id fetch first 2 rows only",
                Long.class);
        var email = "axe-two-" + System.nanoTime() + "@example.org";
        accounts.create(
                email,
                "Две Библиотеки",
                Role.LIBRARIAN,
                "axe two libraries password",
                java.util.Locale.forLanguageTag("bg"),
                bg.libpartners.account.Scope.of(bg.libpartners.account.ScopeKind.LIBRARY, two.get(0)),
                bg.libpartners.account.Scope.of(bg.libpartners.account.ScopeKind.LIBRARY, two.get(1)));
        signedOut();
        browser.signIn(email, "axe two libraries password");
        browser.waiting().until(ExpectedConditions.urlContains("/work"));
        browser.open("/support/new");
        assertThat(driver.findElements(By.cssSelector("select#libraryId"))).isEmpty();
        assertAccessible("ask for support");
        var input = driver.findElement(By.id("libraryId-q"));
        input.sendKeys(jdbc.queryForObject("select name from organisation where id = ?", String.class, two.get(0))
                .substring(0, 3));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("libraryId-listbox")));
        assertAccessible("ask for support, the library type-ahead open");
        browser.open("/events/new");
        assertAccessible("new event of a librarian");
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));

        var coordinator = (bg.libpartners.account.CurrentUser)
                users.loadUserByUsername(DemoAccounts.of(Role.COORDINATOR).email());
        var start = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Sofia"))
                .plusDays(20)
                .atTime(10, 0);
        long event = events.create(
                coordinator,
                new bg.libpartners.event.EventInput(
                        bg.libpartners.event.EventKind.REGIONAL_MEETING,
                        "Среща за достъпност",
                        null,
                        start,
                        start.plusHours(2),
                        "56784",
                        null,
                        null,
                        20,
                        null,
                        null,
                        java.util.Set.of("PDV"),
                        java.util.Set.of(),
                        null,
                        null,
                        false,
                        List.of(),
                        null));
        long questionnaire = jdbc.queryForObject("select min(id) from survey_questionnaire", Long.class);
        // libraries with no address and no account: their links are handed over on paper
        var unreachable = jdbc.queryForList(
                "select id from organisation where kind = 'LIBRARY' and oblast_code = 'PDV'"
                        + " and (emails is null or emails = '') and cast(id as varchar(20)) not in (select ref from user_scope)"
                        + " order by id fetch first 2 rows only",
                Long.class);
        long campaign = campaigns.create(
                coordinator,
                new bg.libpartners.survey.CampaignInput(
                        "Достъпност",
                        null,
                        java.time.LocalDate.now(),
                        java.time.LocalDate.now().plusDays(20),
                        questionnaire,
                        java.util.Set.of(),
                        java.util.Set.of(),
                        java.util.Set.of(),
                        java.util.Set.of(),
                        unreachable,
                        List.of(7)));
        campaigns.launch(coordinator, campaign);
        signedOut();
        browser.signIn(DemoAccounts.of(Role.COORDINATOR).email(), DemoAccounts.PASSWORD);
        browser.waiting().until(ExpectedConditions.urlContains("/work"));
        for (var path : List.of("/events/new", "/events/" + event + "/edit", "/surveys/new")) {
            browser.open(path);
            assertAccessible(path);
        }
        browser.open("/surveys/new");
        driver.findElement(By.id("municipalities-q")).sendKeys("Карл");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("municipalities-listbox")));
        assertAccessible("new survey, the municipality type-ahead open");
        browser.open("/surveys/" + campaign + "/progress");
        driver.findElement(By.cssSelector("form[action$='/handouts'] button")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/handouts"));
        assertAccessible("the survey's links to hand over");
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }

    /**
     * The directory's edit form and the person form (both built from the shared field fragment) pass axe, and a
     * field in error is marked invalid and names its message.
     */
    @Test
    void theDirectoryFormsAreAccessibleAndAFieldInErrorNamesItsMessage() {
        var driver = browser.driver();
        long chitalishte =
                jdbc.queryForObject("select min(id) from organisation where kind = 'CHITALISHTE'", Long.class);
        long library = jdbc.queryForObject("select min(id) from organisation where kind = 'LIBRARY'", Long.class);
        signedOut();
        browser.signIn(DemoAccounts.of(Role.ADMIN).email(), DemoAccounts.PASSWORD);
        browser.waiting().until(ExpectedConditions.urlContains("/work"));
        for (var path : List.of(
                "/organisations/new?kind=PARTNER",
                "/organisations/" + library + "/edit",
                "/organisations/" + chitalishte + "/people/new")) {
            browser.open(path);
            assertThat(driver.findElement(By.id("name")).getAttribute("maxlength"))
                    .as(path)
                    .isNotBlank();
            assertAccessible(path);
        }
        driver.findElement(By.id("name")).clear();
        driver.findElement(By.cssSelector("form.stack button[type='submit']")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
        var name = driver.findElement(By.id("name"));
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getAttribute("aria-describedby")).contains("name-error");
        assertThat(driver.findElement(By.id("name-error")).getText()).isNotBlank();
        assertAccessible("the person form with a field in error");
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }
}
