package bg.libpartners.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The help's screenshots, made in a real Chromium signed in as each demo role: the start page and the main task
 * pages, 1280 pixels wide, into {@code target/help-screenshots/}; with {@code -Dhelp.screenshots.update=true} also
 * into {@code src/main/resources/static/img/help/}, which the help pages show (commit them after such a run).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpScreenshotsBrowserIT {

    static final Path TARGET = Path.of("target/help-screenshots");
    static final Path HELP_IMAGES = Path.of("src/main/resources/static/img/help");
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    /** One screenshot: its file name (also its alt text's key, {@code help.shot.<name>}), who, where. */
    record Shot(String name, Role role, String path) {}

    static final List<Shot> SHOTS = List.of(
            new Shot("work-librarian", Role.LIBRARIAN, "/work"),
            new Shot("work-board", Role.BOARD_MEMBER, "/work"),
            new Shot("work-partner", Role.PARTNER, "/work"),
            new Shot("work-coordinator", Role.COORDINATOR, "/work"),
            new Shot("work-expert", Role.EXPERT, "/work"),
            new Shot("work-admin", Role.ADMIN, "/work"),
            new Shot("partnership-new", Role.LIBRARIAN, "/partnerships/new"),
            new Shot("practice-new", Role.LIBRARIAN, "/practices/new"),
            new Shot("support-new", Role.LIBRARIAN, "/support/new"),
            new Shot("account", Role.LIBRARIAN, "/account"),
            new Shot("surveys", Role.COORDINATOR, "/surveys"),
            new Shot("admin-users", Role.ADMIN, "/admin/users"));

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void start() throws Exception {
        browser = new Browser(port);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, HEIGHT));
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void everyRoleStartPageAndTheMainTaskPagesAreShotForTheHelp() throws Exception {
        boolean update = Boolean.getBoolean("help.screenshots.update");
        Files.createDirectories(TARGET);
        if (update) {
            Files.createDirectories(HELP_IMAGES);
        }
        Role signedIn = null;
        for (var shot : SHOTS) {
            if (shot.role() != signedIn) {
                signOut();
                browser.signIn(DemoAccounts.of(shot.role()).email(), DemoAccounts.PASSWORD);
                signedIn = shot.role();
            }
            browser.open(shot.path());
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat(browser.driver().getCurrentUrl()).as(shot.name()).endsWith(shot.path());
            var file = TARGET.resolve(shot.name() + ".png");
            Files.write(
                    file,
                    small(((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES)));
            if (update) {
                Files.copy(file, HELP_IMAGES.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        long total = 0;
        for (var shot : SHOTS) {
            var file = TARGET.resolve(shot.name() + ".png");
            byte[] bytes = Files.readAllBytes(file);
            assertThat(java.util.Arrays.copyOf(bytes, 8))
                    .as(shot.name() + " is a PNG")
                    .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image.getWidth()).as(shot.name()).isEqualTo(WIDTH);
            assertThat(image.getHeight()).as(shot.name()).isGreaterThan(300);
            assertThat(distinctColours(image)).as(shot.name() + " is not blank").isGreaterThan(8);
            total += bytes.length;
            if (update) {
                assertThat(HELP_IMAGES.resolve(file.getFileName())).hasBinaryContent(bytes);
            }
        }
        assertThat(total).as("the help's screenshots stay small").isLessThan(2_000_000);
    }

    private void signOut() {
        var driver = browser.driver();
        browser.open("/work");
        var logout = driver.findElements(By.cssSelector("form[action='/logout'] button"));
        if (!logout.isEmpty()) {
            logout.get(0).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
        }
    }

    /** The screenshot cropped to the viewport's 1280 width and reduced to 256 colours, which a page's flat UI keeps. */
    static byte[] small(byte[] png) throws IOException {
        var source = ImageIO.read(new ByteArrayInputStream(png));
        int width = Math.min(WIDTH, source.getWidth());
        var indexed = Palette.reduce(source.getSubimage(0, 0, width, source.getHeight()));
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(indexed, "png", out);
        return out.toByteArray();
    }

    static int distinctColours(BufferedImage image) {
        var seen = new java.util.HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
