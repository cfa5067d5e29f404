package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Findings;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.SiteCrawler;
import org.junit.jupiter.api.Test;

/**
 * Every page each role reaches by following links from its home page, in Dutch and English, on a
 * desktop (1366 px) and a phone (390 px): no sideways scrolling, no console error, axe clean, links
 * and buttons readable by their computed colours, every button in the theme's style, the logout
 * control visible. All failures are collected and reported at once, grouped by check and page.
 * Screenshots of each role's home page land in {@code target/screenshots}. A public page a logged-in
 * role sees just as another one did is checked once at both widths in both languages, not per role
 * ({@link SiteCrawler}). The summary line gives pages and seconds per role; the paths follow it.
 */
class EveryPageIT extends BrowserTest {

    /** A professional who said nowhere where they work: a member without premium access. */
    private static final BrowserFixtures.User MEMBER = BrowserFixtures.professional("Mees Zonderwerk");

    static {
        // what the demo data lacks and a phone must hold: a title with a word longer than the screen is
        // wide (the agenda, the event), and a registration with a workshop to change (Mijn inschrijvingen)
        var event = Fixtures.event().kind("RAYONDAG").rayon("midden")
                .title("Kwaliteitsregisterherregistratieprocedurevoorleerplichtambtenaren "
                        + BrowserFixtures.tag())
                .workshop("Ronde 1", "Gesprekstechnieken bij verzuim", 20)
                .workshop("Ronde 1", "Thuiszitters in beeld", 20).create();
        BrowserFixtures.registration(event.id()).of(MEMBER)
                .choice(event.round("Ronde 1"), event.workshop("Gesprekstechnieken bij verzuim")).create();
    }

    /**
     * Each role as it logs in; the demo accounts (the tour a reviewer takes) where there is one. Those
     * with the most pages first: the crawlers take them in this order.
     */
    private static Map<String, Consumer<Browser>> roles() {
        var roles = new LinkedHashMap<String, Consumer<Browser>>();
        roles.put("staff", b -> b.logIn(Browser.STAFF, Browser.DEMO_PASSWORD));
        roles.put("admin", b -> b.logIn(Browser.ADMIN, Browser.DEMO_PASSWORD));
        roles.put("adviser", b -> b.logIn(Browser.ADVISER, Browser.DEMO_PASSWORD));
        roles.put("premium member", b -> b.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD));
        roles.put("rayon contact", b -> b.logIn(Browser.RAYON_CONTACT, Browser.DEMO_PASSWORD));
        roles.put("member", b -> b.logInAs(MEMBER));
        roles.put("auditor", b -> b.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD));
        roles.put("provider", b -> b.logIn(Browser.PROVIDER, Browser.DEMO_PASSWORD));
        roles.put("anonymous", b -> b.open("/"));
        return roles;
    }

    /**
     * Two browsers crawl the roles side by side, each taking the next role when done with one (the
     * largest first, so neither waits long for the other at the end): a crawl waits mostly on page
     * loads and round trips to the driver, which two browsers overlap.
     */
    @Test
    void everyPageHoldsAtBothWidthsInBothLanguages() throws Exception {
        long start = System.nanoTime();
        var findings = new Findings();
        var screenshots = Path.of(System.getProperty("portal.test.dir", "target/it"))
                .resolveSibling("screenshots");
        var crawler = new SiteCrawler(browser, findings, screenshots, false);
        var roles = new ConcurrentLinkedQueue<>(roles().entrySet());
        var perRole = new ConcurrentHashMap<String, String>();
        var failure = new AtomicReference<Throwable>();
        try (var second = new Browser()) {
            var threads = new ArrayList<Thread>();
            for (var each : List.of(crawler, crawler.with(second))) {
                var thread = new Thread(() -> {
                    try {
                        for (var role = roles.poll(); role != null
                                && failure.get() == null; role = roles.poll()) {
                            long roleStart = System.nanoTime();
                            crawlAs(each, role.getKey(), role.getValue());
                            perRole.put(role.getKey(), findings.pages(role.getKey()) + " pages "
                                    + (System.nanoTime() - roleStart) / 1_000_000_000 + " s");
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "crawler " + threads.size());
                threads.add(thread);
                thread.start();
            }
            for (var thread : threads) {
                thread.join();
            }
        }
        if (failure.get() instanceof Error error) {
            throw error;
        } else if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        var summary = "crawled " + findings.pages() + " pages × 2 widths × 2 languages = " + findings.loads()
                + " page loads (" + crawler.skipped() + " more left out as alike to another role's), "
                + findings.failures() + " failures (" + seconds + " s; axe asked "
                + crawler.axeRuns() + " times, " + crawler.axeMillis() / 1000 + " s; "
                + SiteCrawler.axeStatistics() + "; per role: "
                + roles().keySet().stream().map(r -> r + " " + perRole.get(r))
                        .collect(Collectors.joining(", "))
                + ")";
        System.out.println(summary);
        // what the crawl covers, for who wonders whether a feature test still needs to check a page
        roles().keySet()
                .forEach(r -> System.out.println("  " + r + ": " + String.join(" ", findings.paths(r))));
        var report = findings.report();
        System.out.println(report);
        assertTrue(findings.failures() == 0, () -> summary + "\n" + report);
    }

    private static void crawlAs(SiteCrawler crawler, String role, Consumer<Browser> logIn) {
        var browser = crawler.browser();
        browser.forgetSession();
        logIn.accept(browser);
        assertNotEquals("/login.xhtml", browser.path(), () -> role + " could not log in");
        crawler.crawl(role, !"anonymous".equals(role));
    }
}
