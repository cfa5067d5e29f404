package nl.ingrado.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ingrado.portal.testing.pages.SignUpPage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium on the shared test portal, with the few moves every browser test needs. One
 * browser serves all test classes of the JVM ({@link BrowserTest}), reset for each: between tests it forgets its session, unless
 * the next test logs in as the same user again ({@link #logInAs}), which then keeps the session.
 */
public final class Browser implements AutoCloseable {

    /** The demo accounts' password: only for tests about the demo tour itself; others make their own users. */
    public static final String DEMO_PASSWORD = "Ingrado-demo-2026";
    public static final String MEMBER = "lid@demo.ingrado.nl";
    public static final String AUDITOR = "auditor@demo.ingrado.nl";
    public static final String STAFF = "bureau@demo.ingrado.nl";
    public static final String ADMIN = "beheer@demo.ingrado.nl";
    /** A member who is rayon contact person of rayon Midden. */
    public static final String RAYON_CONTACT = "rayon@demo.ingrado.nl";
    /** A KRSD training provider (role PROVIDER only). */
    public static final String PROVIDER = "aanbieder@demo.ingrado.nl";
    /** The demo adviser of Vraag en Antwoord. */
    public static final String ADVISER = "adviseur@demo.ingrado.nl";

    private final ChromeDriver driver;
    private final String baseUrl;
    /** Who is logged in, as far as this browser knows; null when anonymous. */
    private String user;
    /** Set between tests: the next move forgets the session first, unless it logs in as {@link #user}. */
    private boolean forgetPending;

    /** The browser of the browser test classes, shared by all of them in this JVM; see {@link #shared()}. */
    private static Browser shared;

    public Browser() {
        this(TestEnvironment.portal().baseUrl());
    }

    /** A Chromium of its own for a portal elsewhere (e.g. behind the two-node test's balancer); quit on close. */
    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        driver = Chromium.start();
    }

    /**
     * The one Chromium the browser test classes share (starting one per class cost a second each),
     * reset to how a new one starts: anonymous, no cookies or stored data, one blank tab, desktop
     * window without emulation, the console log read. Quit when the JVM exits. A browser that died is
     * replaced.
     */
    static synchronized Browser shared() {
        var baseUrl = TestEnvironment.portal().baseUrl();
        if (shared != null && (!shared.baseUrl.equals(baseUrl) || !shared.alive())) {
            shared.quietlyQuit();
            shared = null;
        }
        if (shared == null) {
            var started = new Browser();
            Runtime.getRuntime().addShutdownHook(new Thread(started::quietlyQuit, "quit Chromium"));
            shared = started;
            return started;
        }
        shared.reset();
        return shared;
    }

    private boolean alive() {
        try {
            driver.getWindowHandles();
            return true;
        } catch (RuntimeException dead) {
            return false;
        }
    }

    private void reset() {
        forgetSession();
        var handles = new java.util.ArrayList<>(driver.getWindowHandles());
        for (var extra : handles.subList(1, handles.size())) {
            driver.switchTo().window(extra).close();
        }
        driver.switchTo().window(handles.get(0));
        driver.get("about:blank");
        driver.executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", baseUrl, "storageTypes", "all"));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        // the console errors of the class before are none of the next one's
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll();
    }

    private void quietlyQuit() {
        try {
            driver.quit();
        } catch (RuntimeException gone) {
            // the JVM is exiting, or the browser died already
        }
    }

    public WebDriver driver() {
        if (forgetPending) {
            forgetSession();
        }
        return driver;
    }

    /** Called between tests: the next move starts anonymous, unless it is {@link #logInAs} the same user. */
    void nextTest() {
        forgetPending = true;
    }

    /** Anonymous again, without a page load: closes a left-open dialog and drops every cookie. */
    public Browser forgetSession() {
        forgetPending = false;
        user = null;
        try {
            driver.switchTo().alert().dismiss();
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            // the usual case
        }
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Browser open(String path) {
        driver().get(baseUrl + path);
        return this;
    }

    /** The path of the current page, without host and query. */
    public String path() {
        var url = driver().getCurrentUrl().substring(baseUrl.length());
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    public WebElement find(String id) {
        return driver().findElement(By.id(id));
    }

    public WebElement find(By by) {
        return driver().findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver().findElements(by);
    }

    /** The first row of a table that holds {@code text}. */
    public WebElement row(String tableId, String text) {
        return findAll(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(
                        () -> new AssertionError("no row with " + text + " in " + tableId + ": " + text()));
    }

    public String heading() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    public String text() {
        // a page that is being replaced answers "stale element" or "node does not belong to the
        // document" for a moment: read the one that follows
        return waitUntil(d -> {
            try {
                return d.findElement(By.tagName("body")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return null;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw replaced;
            }
        });
    }

    /** Whether the page's text holds {@code part}; the page text goes with a failure. */
    public void assertShows(String part) {
        var text = text();
        assertTrue(text.contains(part), () -> "'" + part + "' not on " + path() + ":\n" + text);
    }

    public String pageLanguage() {
        return driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    public Browser type(String id, String value) {
        var field = find(id);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Chooses an option of a select by its visible text. */
    public Browser choose(String id, String visibleText) {
        new Select(find(id)).selectByVisibleText(visibleText);
        return this;
    }

    /** Chooses an option of a select by its value. */
    public Browser chooseValue(String id, String value) {
        new Select(find(id)).selectByValue(value);
        return this;
    }

    /** Sets a field by script: date and datetime-local inputs take no typed text in every locale. */
    public Browser setValue(String id, Object value) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]", find(id),
                value.toString());
        return this;
    }

    /** Clicks a button that asks "are you sure?", says yes, and waits until {@code message} shows. */
    public Browser clickConfirmed(WebElement button, String message) {
        button.click();
        confirmDialog().findElement(By.id("confirm-dialog-ok")).click();
        waitUntil(d -> text().contains(message));
        return this;
    }

    /**
     * The portal's confirmation dialog, once a destructive or mass action opened it (it names what the
     * action will do; its buttons are {@code confirm-dialog-ok} and {@code confirm-dialog-cancel}).
     */
    public WebElement confirmDialog() {
        return waitUntil(d -> {
            var dialog = d.findElement(By.id("confirm-dialog"));
            return dialog.getAttribute("open") != null ? dialog : null;
        });
    }

    /** Clicks and waits for the next page to load. */
    public Browser submit(String id) {
        return clickAndWait(find(id));
    }

    /** Clicks a link or button that loads another page, and waits until that page has loaded. */
    public Browser clickAndWait(WebElement element) {
        return loadAfter(element::click);
    }

    /** Clicks a button that asks "are you sure?", says yes, and waits until the next page has loaded. */
    public Browser clickConfirmedAndWait(WebElement element) {
        return loadAfter(() -> {
            element.click();
            confirmDialog().findElement(By.id("confirm-dialog-ok")).click();
        });
    }

    private Browser loadAfter(Runnable action) {
        var old = driver().findElement(By.tagName("html"));
        action.run();
        waitUntil(d -> {
            try {
                old.isDisplayed();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // stale, or "node does not belong to the document": the next page replaced it
                return true;
            }
        });
        waitUntil(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * Waits up to 30 seconds for {@code condition}, looking every 50 ms: WebDriverWait's default of 500 ms
     * cost every page change in the suite half a second.
     */
    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(condition);
    }

    public Browser logIn(String email, String password) {
        if (user != null) {
            forgetSession();
        }
        open("/login.xhtml");
        type("form:email", email).type("form:password", password).submit("form:submit");
        user = "/login.xhtml".equals(path()) ? null : email;
        return this;
    }

    /**
     * Logs in as {@code login}; when this browser is still logged in as them (from the test before), it
     * keeps that session, which saves a login per test. Starts on whatever page was open: open one.
     */
    public Browser logInAs(BrowserFixtures.User login) {
        if (login.email().equals(user)) {
            forgetPending = false;
            // the language chosen by the test before is no part of this one
            driver.manage().deleteCookieNamed("portal_lang");
            return this;
        }
        return logIn(login.email(), login.password());
    }

    /** Signs up a new professional through the form and confirms through the mailed link. */
    public Browser signUpAndConfirm(String name, String email, String password) {
        var form = SignUpPage.open(this).fill(name, email, password);
        form.submit();
        return form.confirm(email);
    }

    public Browser logOut() {
        submit("logout:submit");
        user = null;
        return this;
    }

    public String cookie(String name) {
        var cookie = driver().manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** The browser's cookies as a Cookie header, for a plain HTTP request in the same session. */
    public String cookieHeader() {
        return driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Opens {@code path}, checks its heading and runs axe on it: a page a test visits to see it is right. */
    public void assertPage(String path, String expectedHeading) {
        open(path);
        assertEquals(expectedHeading, heading());
        assertAccessible();
    }

    /** Runs axe-core for WCAG 2.1 A and AA on the current page and fails on any violation. */
    public void assertAccessible() {
        Axe.assertAccessible(this);
    }

    /** Opens each page in turn and runs axe on it. */
    public void assertAccessible(String... paths) {
        Axe.assertAccessible(this, paths);
    }

    /** Runs axe on {@code path} in Dutch and in English, and leaves the page in Dutch. */
    public void assertAccessibleInBothLanguages(String path) {
        Axe.assertAccessibleInBothLanguages(this, path);
    }

    /** Waits for a mail to {@code recipient} whose body holds a token link, and returns that link. */
    public static String linkMailedTo(String recipient, String subjectPart) {
        return Mailbox.linkMailedTo(recipient, subjectPart);
    }

    /** Waits for a mail to {@code recipient} with {@code subjectPart} in its subject; returns its body. */
    public static String mailTo(String recipient, String subjectPart) {
        return Mailbox.mailTo(recipient, subjectPart);
    }

    public static long mailCountFor(String recipient) {
        return Mailbox.mailCountFor(recipient);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
