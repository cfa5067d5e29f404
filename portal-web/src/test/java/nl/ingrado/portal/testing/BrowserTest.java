package nl.ingrado.portal.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every browser test: one Chromium per test class (starting one costs seconds), which
 * each test finds anonymous, or still logged in when it logs in as the same user as the test before
 * ({@link Browser#logInAs}). Tests arrange their own users and data with {@link BrowserFixtures}.
 */
public abstract class BrowserTest {

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void forgetTheTestBefore() {
        browser.nextTest();
    }
}
