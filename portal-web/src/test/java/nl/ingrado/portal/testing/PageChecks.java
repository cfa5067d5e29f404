package nl.ingrado.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogType;

/**
 * The checks of one page load beyond axe: what the page does in the browser (its HTTP status,
 * sideways scrolling, contrast of the computed colours of links and buttons, buttons the theme left
 * unstyled, the logout control) and the errors on the browser's console. The measuring runs as
 * script in the page ({@code page-checks.js}).
 */
final class PageChecks {

    private static final String SCRIPT = load("page-checks.js");

    /**
     * What the script found, per check; the links on the page, resolved by the browser; and the page's
     * shape: its elements with an id, its forms, controls, tables and headings, without texts.
     */
    record Result(Map<String, List<String>> found, List<String> links, String shape) {
    }

    private PageChecks() {
    }

    @SuppressWarnings("unchecked")
    static Result run(Browser browser, boolean loggedIn) {
        var result = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(SCRIPT,
                loggedIn);
        return new Result((Map<String, List<String>>) result.get("found"),
                (List<String>) result.get("links"), (String) result.get("shape"));
    }

    /** The console's errors since the last call (the driver hands each entry out once). */
    static List<String> consoleErrors(Browser browser) {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(e -> e.getMessage())
                .toList();
    }

    private static String load(String name) {
        try (var in = PageChecks.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
