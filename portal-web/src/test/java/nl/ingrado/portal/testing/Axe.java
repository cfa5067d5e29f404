package nl.ingrado.portal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility checks of a page: axe-core for WCAG 2.1 A and AA, run in the browser on the page
 * it shows. Tests call them through {@link Browser#assertAccessible()} and its siblings.
 *
 * <p>axe costs most of a second a page, and the suite asked it about the same page many times: the crawl
 * of {@code EveryPageIT} visits every page of every role, and feature tests check the plain pages they
 * pass through once more. So each verdict is kept for the rest of the JVM, under the page's path (with
 * the names of its parameters, not their values), its language and a signature of everything axe's
 * rules look at ({@code axe-signature.js}): each element with its tag, id, classes, role, aria and style
 * attributes, whether it holds text, and its computed colours, font and visibility, plus which media
 * queries match. Any state a test produces (an error message, a flash, a button more, another class,
 * another theme) gives a new signature and a run of its own; only a page that is the same up to its
 * texts gets the verdict axe gave it before, violations included. Pages with frames are always run.
 *
 * <p>axe runs in its legacy mode on a page without frames: the default mode opens a blank tab after
 * each run to merge the results of the frames, injecting axe's 500 kB a second time, which cost more
 * than the rules themselves; with no frame there is nothing to merge.
 */
final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String SIGNATURE = load("axe-signature.js");
    /** The violations found per page signature, for the whole JVM (the crawl and the feature tests). */
    private static final Map<String, List<String>> VERDICTS = new ConcurrentHashMap<>();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final AtomicInteger REUSED = new AtomicInteger();

    private Axe() {
    }

    /** Runs axe on the current page and fails on any violation, naming each with where it is. */
    static void assertAccessible(Browser browser) {
        var violations = violations(browser);
        assertTrue(violations.isEmpty(), () -> browser.path() + " (" + browser.pageLanguage()
                + ") has accessibility violations:\n" + String.join("\n", violations));
    }

    /**
     * The violations of the current page, each as "- rule: help at targets": axe's verdict on a page
     * that differs from this one only in its texts, or a new run.
     */
    static List<String> violations(Browser browser) {
        var key = signature(browser);
        if (key == null) {
            return run(browser, true);
        }
        var known = VERDICTS.get(key);
        if (known != null) {
            REUSED.incrementAndGet();
            return known;
        }
        var found = run(browser, false);
        VERDICTS.put(key, found);
        return found;
    }

    /** How often axe ran in this JVM, and how often a verdict was reused instead. */
    static String statistics() {
        return "axe ran " + RUNS.get() + " times in this JVM, reused " + REUSED.get() + " verdicts";
    }

    /** Path, parameter names, language and page signature, hashed; null when the page has frames. */
    private static String signature(Browser browser) {
        var url = browser.driver().getCurrentUrl();
        var page = (String) ((JavascriptExecutor) browser.driver()).executeScript(SIGNATURE);
        if (page == null) {
            return null;
        }
        int query = url.indexOf('?');
        var path = query < 0
                ? url
                : url.substring(0, query) + "?" + java.util.Arrays
                        .stream(url.substring(query + 1).split("#")[0].split("&")).map(p -> p.split("=")[0])
                        .sorted().collect(Collectors.joining("&"));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8));
            return path + " " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> run(Browser browser, boolean frames) {
        RUNS.incrementAndGet();
        var options = new AxeRunOptions();
        // only violations are read: the other kinds of result then name one element each, not all
        options.setResultTypes(List.of("violations"));
        var axe = new AxeBuilder().withOptions(options).withTags(WCAG_21_AA);
        if (!frames) {
            axe.setLegacyMode(true).disableIframeTesting();
        } else if (!browser.driver().findElements(By.cssSelector("iframe[sandbox]")).isEmpty()) {
            // no script runs in a sandboxed frame (the mail preview), so axe waited out its 30 s script
            // timeout there and left the frame unchecked; unsandboxed copies it checks at once
            axe.withoutIframeSandboxes();
        }
        var results = axe.analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException(
                    "axe failed on " + browser.path() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
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

    private static String load(String name) {
        try (var in = Axe.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
