package nl.ingrado.portal.testing.pages;

import nl.ingrado.portal.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** An event's page (/events/view.xhtml): registering, with a workshop per round, or as a guest. */
public final class EventPage {

    private final Browser browser;

    private EventPage(Browser browser) {
        this.browser = browser;
    }

    public static EventPage open(Browser browser, long event) {
        browser.open("/events/view.xhtml?id=" + event);
        return new EventPage(browser);
    }

    /** The page the browser shows now (reached through a link). */
    public static EventPage of(Browser browser) {
        return new EventPage(browser);
    }

    /** How many workshop rounds ask for a choice. */
    public int rounds() {
        return browser.findAll(By.cssSelector("#form select")).size();
    }

    /** Chooses {@code workshop} in the {@code round}-th round (from 1). */
    public EventPage choose(int round, String workshop) {
        new Select(browser.findAll(By.cssSelector("#form select")).get(round - 1))
                .selectByVisibleText(workshop);
        return this;
    }

    public EventPage remarks(String text) {
        browser.type("form:remarks", text);
        return this;
    }

    /** Registers the logged-in user; the browser then shows where the portal sent them. */
    public Browser register() {
        return browser.submit("form:register");
    }

    /** Asks for a guest registration, confirmed through a mailed link. */
    public Browser registerAsGuest(String name, String email) {
        return browser.type("guest:guestName", name).type("guest:guestEmail", email)
                .submit("guest:guestSubmit");
    }
}
