package nl.ingrado.portal.testing.pages;

import nl.ingrado.portal.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A member's registrations (/member/registrations.xhtml): change a workshop, cancel. */
public final class MyRegistrationsPage {

    private final Browser browser;

    private MyRegistrationsPage(Browser browser) {
        this.browser = browser;
    }

    public static MyRegistrationsPage open(Browser browser) {
        browser.open("/member/registrations.xhtml");
        return new MyRegistrationsPage(browser);
    }

    /** The page the browser shows now (where registering leads). */
    public static MyRegistrationsPage of(Browser browser) {
        return new MyRegistrationsPage(browser);
    }

    /** Changes the (first) workshop choice to {@code workshop}. */
    public MyRegistrationsPage changeWorkshop(String workshop) {
        new Select(browser.find(By.cssSelector("select[name=workshop]"))).selectByVisibleText(workshop);
        browser.clickAndWait(browser.find(By.cssSelector("input[value=Wijzig]")));
        return this;
    }

    /** Cancels the (first) registration, saying yes when asked, and waits for the confirmation. */
    public MyRegistrationsPage cancel() {
        browser.clickConfirmed(browser.find(By.cssSelector("input[value=Afmelden]")), "Je bent afgemeld.");
        return this;
    }
}
