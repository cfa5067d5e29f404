package nl.ingrado.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.By;
import java.util.stream.Collectors;

/**
 * The accessibility checks of a page: axe-core for WCAG 2.1 A and AA, run in the browser on the page
 * it shows. Tests call them through {@link Browser#assertAccessible()} and its siblings.
 */
final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** Runs axe on the current page and fails on any violation, naming each with where it is. */
    static void assertAccessible(Browser browser) {
        var violations = violations(browser);
        assertTrue(violations.isEmpty(), () -> browser.path() + " (" + browser.pageLanguage()
                + ") has accessibility violations:\n" + String.join("\n", violations));
    }

    /** Runs axe on the current page; returns each violation as "- rule: help at targets". */
    static List<String> violations(Browser browser) {
        var options = new AxeRunOptions();
        // only violations are read: the other kinds of result then name one element each, not all
        options.setResultTypes(List.of("violations"));
        var axe = new AxeBuilder().withOptions(options).withTags(WCAG_21_AA);
        if (!browser.driver().findElements(By.cssSelector("iframe[sandbox]")).isEmpty()) {
            // no script runs in a sandboxed frame (the mail preview), so axe waited out its 30 s script
            // timeout there and left the frame unchecked; unsandboxed copies it checks at once
            axe.withoutIframeSandboxes();
        }
        return axe.analyze(browser.driver()).getViolations().stream()
                .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                .toList();
    }

    /** Opens each page in turn and runs axe on it. */
    static void assertAccessible(Browser browser, String... paths) {
        for (var path : paths) {
            browser.open(path);
            assertAccessible(browser);
        }
    }

    /** Runs axe on {@code path} in Dutch and in English, and leaves the page in Dutch. */
    static void assertAccessibleInBothLanguages(Browser browser, String path) {
        var separator = path.contains("?") ? "&" : "?";
        browser.open(path + separator + "lang=en");
        assertEquals("en", browser.pageLanguage());
        assertAccessible(browser);
        browser.open(path + separator + "lang=nl");
        assertAccessible(browser);
    }
}
