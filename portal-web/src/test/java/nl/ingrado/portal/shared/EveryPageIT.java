package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
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
 * Screenshots of each role's home page land in {@code target/screenshots}.
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

    /** Each role as it logs in; the demo accounts (the tour a reviewer takes) where there is one. */
    private static Map<String, Consumer<Browser>> roles() {
        var roles = new LinkedHashMap<String, Consumer<Browser>>();
        roles.put("anonymous", b -> b.open("/"));
        roles.put("member", b -> b.logInAs(MEMBER));
        roles.put("premium member", b -> b.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD));
        roles.put("rayon contact", b -> b.logIn(Browser.RAYON_CONTACT, Browser.DEMO_PASSWORD));
        roles.put("provider", b -> b.logIn(Browser.PROVIDER, Browser.DEMO_PASSWORD));
        roles.put("auditor", b -> b.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD));
        roles.put("adviser", b -> b.logIn(Browser.ADVISER, Browser.DEMO_PASSWORD));
        roles.put("staff", b -> b.logIn(Browser.STAFF, Browser.DEMO_PASSWORD));
        roles.put("admin", b -> b.logIn(Browser.ADMIN, Browser.DEMO_PASSWORD));
        return roles;
    }

    @Test
    void everyPageHoldsAtBothWidthsInBothLanguages() {
        long start = System.nanoTime();
        var findings = new Findings();
        var screenshots = Path.of(System.getProperty("portal.test.dir", "target/it"))
                .resolveSibling("screenshots");
        var crawler = new SiteCrawler(browser, findings, screenshots, false);
        roles().forEach((role, logIn) -> {
            browser.forgetSession();
            logIn.accept(browser);
            assertNotEquals("/login.xhtml", browser.path(), () -> role + " could not log in");
            crawler.crawl(role, !"anonymous".equals(role));
        });
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        var summary = "crawled " + findings.pages() + " pages × 2 widths × 2 languages = " + findings.loads()
                + " page loads, " + findings.failures() + " failures (" + seconds + " s; axe ran "
                + crawler.axeRuns()
                + " times, " + crawler.axeMillis() / 1000 + " s)";
        System.out.println(summary);
        var report = findings.report();
        System.out.println(report);
        assertTrue(findings.failures() == 0, () -> summary + "\n" + report);
    }
}
