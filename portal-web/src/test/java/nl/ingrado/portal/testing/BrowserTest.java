package nl.ingrado.portal.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every browser test: one Chromium for all test classes of the JVM (starting one costs a
 * second), reset for each class as if new ({@link Browser#shared()}), which each test finds anonymous, or still logged in when it logs in as the same user as the test before
 * ({@link Browser#logInAs}). Tests arrange their own users and data with {@link BrowserFixtures}.
 */
public abstract class BrowserTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.shared();
    }

    @AfterAll
    static void stopBrowser() {
        // the next class gets the same browser, reset; it is quit when the JVM exits
        browser = null;
        System.out.println(Axe.statistics());
    }

    @BeforeEach
    void forgetTheTestBefore() {
        browser.nextTest();
    }
}
