package bg.libpartners.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** PickService a value in a type-ahead picker (fragments/picker.html) with the keyboard only, as a person would. */
public final class Pickers {

    private Pickers() {}

    /**
     * Types {@code typed} into the picker of {@code field}, waits for an option that holds {@code label}, moves to it
     * with the down arrow and takes it with Enter.
     */
    public static void pick(Browser browser, String field, String typed, String label) {
        var driver = browser.driver();
        var input = driver.findElement(By.id(field + "-q"));
        input.clear();
        input.sendKeys(typed);
        var option = By.xpath("//ul[@id='" + field + "-listbox']/li[@role='option'][contains(., \"" + label + "\")]");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(option));
        var wanted = driver.findElement(option).getAttribute("id");
        for (int i = 0; i < 12 && !wanted.equals(input.getAttribute("aria-activedescendant")); i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        if (!wanted.equals(input.getAttribute("aria-activedescendant"))) {
            throw new AssertionError("could not reach the option " + label + " with the arrow keys");
        }
        input.sendKeys(Keys.ENTER);
    }
}
