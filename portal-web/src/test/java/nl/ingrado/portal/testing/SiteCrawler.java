package nl.ingrado.portal.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Visits every page a role reaches from its home page by following links, in Dutch and in English,
 * at a desktop's and a phone's width, and writes what {@link PageChecks} and axe find on each into
 * {@link Findings}. Links are followed when they lead to a page of the portal ({@code .xhtml} or a
 * folder's index) and are no logout, delete or download; each path is visited once, with the first
 * parameters (an id) a link gave it. The Dutch pass finds the pages, the English one revisits them. Each
 * page is loaded at desktop width, checked, then narrowed to a phone's width (the viewport resized, which
 * costs no second load) and checked again. The browser is logged in as the role and shows its home page.
 *
 * <p>axe runs once per page and language, at desktop width (at 390 px it found the same as at 1366 px on
 * every page, at twice the cost), and once for pages of the same path and shape that several roles
 * reach: what differs between them then is text, which axe's rules do not see differently.
 *
 * <p>The public pages (agenda, knowledge base, newsletter archive, account pages…) every logged-in role
 * reaches: a page whose Dutch desktop load has the same path, shape and structure of its main element
 * (every element, its classes, role, aria and style attributes, whether it holds text) as one another
 * logged-in role checked in full is not checked again at the phone's width nor in English; what differs
 * between the two is text, and the menu around it, which each role's home page shows at both widths in
 * both languages (it is always checked in full). A role-specific state (the event page as member or as
 * staff, an article a premium member may read) has another structure and is checked in full.
 */
public final class SiteCrawler {

    private static final Pattern SKIP = Pattern.compile("(?i)logout|delete|download|export");
    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final List<Integer> WIDTHS = List.of(Viewport.DESKTOP, Viewport.PHONE);
    private static final String MAIN_SIGNATURE = """
            const main = document.getElementById('main') || document.body;
            return Array.from(main.querySelectorAll('*')).map(e => e.tagName + '#' + e.id + '.'
                + (typeof e.className === 'string' ? e.className : '') + ' '
                + Array.from(e.attributes).filter(a => a.name === 'role' || a.name === 'style'
                    || a.name.startsWith('aria-')).map(a => a.name + '=' + a.value).join(' ')
                + (Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()) ? ' text' : ''))
                .join('\\n');
            """;

    private final Browser browser;
    private final Findings findings;
    private final Path screenshots;
    private final boolean axeAtEveryWidth;
    /**
     * Path, language, width and shape of the pages axe checked, for every role crawled, by this crawler
     * and those {@link #with other browsers}.
     */
    private final Set<String> axed;
    private final AtomicLong axeMillis;
    /** Path, shape and main element's signature of the Dutch desktop pages logged-in roles checked in full. */
    private final Set<String> checkedInFull;
    private final AtomicInteger skipped;

    /**
     * @param axeAtEveryWidth whether axe runs at the phone's width too, or once per page and language
     * @param screenshots where each role's home page is saved per width and language
     */
    public SiteCrawler(Browser browser, Findings findings, Path screenshots, boolean axeAtEveryWidth) {
        this(browser, findings, screenshots, axeAtEveryWidth, ConcurrentHashMap.newKeySet(), new AtomicLong(),
                ConcurrentHashMap.newKeySet(), new AtomicInteger());
    }

    private SiteCrawler(Browser browser, Findings findings, Path screenshots, boolean axeAtEveryWidth,
            Set<String> axed, AtomicLong axeMillis, Set<String> checkedInFull, AtomicInteger skipped) {
        this.browser = browser;
        this.findings = findings;
        this.screenshots = screenshots;
        this.axeAtEveryWidth = axeAtEveryWidth;
        this.axed = axed;
        this.axeMillis = axeMillis;
        this.checkedInFull = checkedInFull;
        this.skipped = skipped;
    }

    /**
     * A crawler on another browser that shares this one's findings and what axe checked, for crawling
     * other roles at the same time in another thread.
     */
    public SiteCrawler with(Browser other) {
        return new SiteCrawler(other, findings, screenshots, axeAtEveryWidth, axed, axeMillis, checkedInFull,
                skipped);
    }

    public Browser browser() {
        return browser;
    }

    /** The page loads left out as alike to another logged-in role's, checked in full. */
    public int skipped() {
        return skipped.get();
    }

    /** The time spent in axe so far. */
    public long axeMillis() {
        return axeMillis.get();
    }

    /** How often axe was asked so far (it may have reused a verdict: see {@link #axeStatistics()}). */
    public int axeRuns() {
        return axed.size();
    }

    /** How often axe really ran in this JVM, and how often a verdict of the same page was reused. */
    public static String axeStatistics() {
        return Axe.statistics();
    }

    /** Crawls as {@code role}, starting on the page the browser shows. */
    public void crawl(String role, boolean loggedIn) {
        var home = target(browser.driver().getCurrentUrl());
        var pages = new LinkedHashMap<String, String>(Map.of(home[0], home[1]));
        // paths whose Dutch desktop page is alike to one another logged-in role has checked in full
        var alike = new HashSet<String>();
        for (var language : LANGUAGES) {
            browser.open(home[1] + (home[1].contains("?") ? "&" : "?") + "lang=" + language);
            boolean discover = language.equals(LANGUAGES.get(0));
            // the first language adds to the pages while it walks them
            for (int i = 0; i < pages.size(); i++) {
                var path = new ArrayList<>(pages.keySet()).get(i);
                if (alike.contains(path)) {
                    skipped.addAndGet(WIDTHS.size());
                    continue;
                }
                Viewport.width(browser, WIDTHS.get(0));
                if (load(new Findings.Load(role, path, language, WIDTHS.get(0)), pages.get(path))) {
                    for (int width : WIDTHS) {
                        if (width != WIDTHS.get(0)) {
                            if (alike.contains(path)) {
                                skipped.incrementAndGet();
                                continue;
                            }
                            Viewport.width(browser, width);
                        }
                        var load = new Findings.Load(role, path, language, width);
                        var shape = check(load, loggedIn, discover && width == WIDTHS.get(0) ? pages : null);
                        if (discover && width == WIDTHS.get(0) && loggedIn && i > 0 && shape != null
                                && !checkedInFull.add(path + " " + shape + " " + mainSignature())) {
                            alike.add(path);
                        }
                        if (i == 0) {
                            Viewport.screenshot(browser,
                                    screenshots.resolve(slug(role) + "-" + width + "-" + language + ".png"));
                        }
                    }
                }
            }
        }
    }

    /** The structure of the page's main element: every element, its classes, role, aria and style, whether it has text. */
    private String mainSignature() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(MAIN_SIGNATURE);
    }

    /** Opens the page at desktop width; false when it did not open (a finding then). */
    private boolean load(Findings.Load load, String url) {
        try {
            browser.open(url);
            return true;
        } catch (RuntimeException e) {
            fail(load, e);
            return false;
        }
    }

    /**
     * Checks the page the browser shows, at the width it has now; adds its links to {@code discovered}.
     * Returns the page's shape, null when the check failed.
     */
    private String check(Findings.Load load, boolean loggedIn, Map<String, String> discovered) {
        findings.checked(load);
        try {
            if (!browser.pageLanguage().equals(load.language())) {
                findings.add("page language", load, "html lang=" + browser.pageLanguage());
            }
            var result = PageChecks.run(browser, loggedIn);
            result.found().forEach((check, details) -> findings.addAll(check, load, details));
            findings.addAll("console error", load, PageChecks.consoleErrors(browser));
            var shape = load.path() + " " + load.language() + " " + (axeAtEveryWidth ? load.width() : "")
                    + " " + result.shape();
            if ((load.width() == WIDTHS.get(0) || axeAtEveryWidth) && axed.add(shape)) {
                long start = System.nanoTime();
                findings.addAll("axe", load, Axe.violations(browser));
                axeMillis.addAndGet((System.nanoTime() - start) / 1_000_000);
            }
            if (discovered != null) {
                follow(result.links(), discovered);
            }
            return result.shape();
        } catch (RuntimeException e) {
            fail(load, e);
            return null;
        }
    }

    private void fail(Findings.Load load, RuntimeException e) {
        findings.checked(load);
        findings.add("crawl error", load,
                e.getClass().getSimpleName() + ": "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }

    /** Adds the links worth following whose path is new, with the parameters they give it. */
    private void follow(List<String> links, Map<String, String> pages) {
        for (var link : links) {
            var target = target(link);
            if (target != null) {
                pages.putIfAbsent(target[0], target[1]);
            }
        }
    }

    /** {path, path with query} of a link to follow, without language and fragment; null for others. */
    private String[] target(String link) {
        if (!link.startsWith(browser.baseUrl() + "/")) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(link.substring(browser.baseUrl().length()));
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
        var path = uri.getPath().endsWith("/") ? uri.getPath() + "index.xhtml" : uri.getPath();
        if (!path.endsWith(".xhtml") || SKIP.matcher(link).find()) {
            return null;
        }
        var query = uri.getRawQuery() == null
                ? ""
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(p -> !p.startsWith("lang=")).collect(Collectors.joining("&"));
        return new String[]{path, query.isEmpty() ? path : path + "?" + query};
    }

    private static String slug(String role) {
        return role.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
