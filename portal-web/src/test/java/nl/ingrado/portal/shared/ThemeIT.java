package nl.ingrado.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Colours;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The theme holds on a phone (390 px) for a representative set of pages per role: nothing scrolls
 * sideways (not even an event title of one 200-character word), the logout button can be seen, every
 * button wears one of the theme's three kinds with AA text contrast, also under the mouse, and every
 * control shows a focus ring of at least 3:1 against what lies behind it. The crawl over every page is
 * elsewhere; this test is about these rules.
 */
class ThemeIT extends BrowserTest {

    private static final int PHONE = 390;
    /** The border colours of the theme's buttons: primary, secondary and danger, hovered, disabled, header. */
    private static final Set<String> BUTTON_BORDERS = Set.of("#00507a", "#003b5a", "#b3261e", "#8c1d18",
            "#6b7785",
            "#ffffff");

    /** One word of 200 characters, this run's own. */
    private static final String LONG_WORD = "Leerplicht".repeat(19) + BrowserFixtures.tag() + "xx";
    private static final User MEMBER = BrowserFixtures.member("Fenna Telefoon");
    private static final long EVENT = Fixtures.event().title(LONG_WORD)
            .workshop("Ronde 1", "Werkplaats met een lange naam", 20).create().id();
    private static final BrowserFixtures.Registrant REGISTRANT = BrowserFixtures.registrant(MEMBER);

    static {
        BrowserFixtures.registration(EVENT).of(MEMBER).create();
        BrowserFixtures.registration(EVENT).guest("Gerrit Gast").create();
        BrowserFixtures.approvedRecord(REGISTRANT, "A1", "12");
        BrowserFixtures.approvedRecord(REGISTRANT, "A2", "30");
        BrowserFixtures.pendingRecord(REGISTRANT, "Congres over " + LONG_WORD.substring(0, 120));
    }

    private int pages;
    private int controls;
    private int buttons;
    private double weakestRing = 21;
    private double weakestButton = 21;
    private double logout = 21;

    @BeforeEach
    void phone() {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterEach
    void desktop() {
        driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        if (pages == 0) {
            return;
        }
        System.out.printf("ThemeIT: %d pages at %d px, %d buttons (weakest text %.2f:1), %d focus rings "
                + "(weakest %.2f:1), logout %.2f:1%n", pages, PHONE, buttons, weakestButton, controls,
                weakestRing,
                logout);
    }

    @Test
    void publicPages() {
        check(false, "/", "/events/index.xhtml", "/events/view.xhtml?id=" + EVENT, "/register.xhtml",
                "/login.xhtml", "/krsd/index.xhtml?q=" + MEMBER.name().split(" ")[1],
                "/newsletter/index.xhtml",
                "/rayon/index.xhtml");
    }

    @Test
    void memberPages() {
        browser.logInAs(MEMBER);
        check(true, "/member/index.xhtml", "/member/registrations.xhtml", "/member/krsd/index.xhtml",
                "/member/krsd/records.xhtml", "/member/work.xhtml", "/account/profile.xhtml",
                "/account/privacy.xhtml", "/events/index.xhtml?lang=en",
                "/member/registrations.xhtml?lang=en");
    }

    @Test
    void auditorPages() {
        browser.logInAs(BrowserFixtures.auditor("Anouk Telefoon"));
        check(true, "/auditor/index.xhtml", "/auditor/queue.xhtml", "/auditor/registrants.xhtml",
                "/auditor/registrant.xhtml?id=" + REGISTRANT.id());
    }

    @Test
    void staffPages() {
        browser.logInAs(BrowserFixtures.staff("Stijn Telefoon"));
        check(true, "/staff/index.xhtml", "/staff/persons.xhtml", "/staff/organisations.xhtml",
                "/organise/index.xhtml", "/organise/registrations.xhtml?id=" + EVENT,
                "/organise/event.xhtml?id=" + EVENT, "/staff/newsletter/index.xhtml",
                "/staff/newsletter/subscribers.xhtml", "/staff/erasures.xhtml", "/staff/mail.xhtml");
    }

    private ChromeDriver driver() {
        return (ChromeDriver) browser.driver();
    }

    private void check(boolean loggedIn, String... paths) {
        for (var path : paths) {
            browser.open(path);
            pages++;
            var failures = new ArrayList<String>();
            // a key press puts Chromium in keyboard mode, where focus() shows the :focus-visible ring
            new Actions(driver()).sendKeys(Keys.SHIFT).perform();
            @SuppressWarnings("unchecked")
            var page = (Map<String, Object>) ((JavascriptExecutor) driver()).executeScript(SURVEY, PHONE);
            long scroll = (Long) page.get("scroll");
            if (scroll > PHONE) {
                failures.add("scrolls sideways: " + scroll + " px wide, because of " + page.get("wide"));
            }
            if (loggedIn) {
                var button = browser.find("logout:submit");
                var ratio = Colours.contrast(button.getCssValue("color"), (String) page.get("logoutBehind"));
                logout = Math.min(logout, ratio);
                if (!button.isDisplayed() || ratio < 4.5) {
                    failures.add("logout button hard to see: %.2f:1".formatted(ratio));
                }
            }
            for (var b : list(page, "buttons")) {
                buttons++;
                var border = Colours.parse(b.get("border")).hex();
                if (!BUTTON_BORDERS.contains(border)) {
                    failures.add(
                            b.get("name") + " not styled by the theme (border " + border + ", background "
                                    + b.get("bg") + ")");
                }
                var ratio = Colours.contrast(b.get("color"), b.get("behind"));
                weakestButton = Math.min(weakestButton, ratio);
                if (ratio < 4.5) {
                    failures.add(b.get("name") + " text %.2f:1".formatted(ratio));
                }
            }
            hover(failures);
            for (var c : list(page, "controls")) {
                controls++;
                double ring = c.get("ring").isEmpty() ? 1 : Colours.contrast(c.get("ring"), c.get("behind"));
                if (Double.parseDouble(c.get("width")) < 2) {
                    ring = 1;
                }
                weakestRing = Math.min(weakestRing, ring);
                if (ring < 3) {
                    failures.add(c.get("name")
                            + " focus ring %.2f:1 (%s on %s, %s px)".formatted(ring, c.get("ring"),
                                    c.get("behind"), c.get("width")));
                }
                if ("true".equals(c.get("text")) && Colours.contrast(c.get("color"), c.get("bg")) < 4.5) {
                    failures.add(c.get("name")
                            + " text %.2f:1".formatted(Colours.contrast(c.get("color"), c.get("bg"))));
                }
            }
            assertTrue(failures.isEmpty(),
                    () -> path + " at " + PHONE + " px:\n- " + String.join("\n- ", failures));
        }
    }

    /** The first button of each kind on the page, under the mouse, keeps AA contrast. */
    private void hover(List<String> failures) {
        for (var kind : List.of(".button--primary", ".button--danger",
                "input[type=submit]:not(.button--primary)")) {
            var found = browser.findAll(By.cssSelector("main " + kind)).stream().filter(e -> e.isDisplayed()
                    && e.isEnabled()).findFirst();
            if (found.isEmpty()) {
                continue;
            }
            var button = found.get();
            ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block:'center'})",
                    button);
            new Actions(driver()).moveToElement(button).perform();
            var ratio = Colours.contrast(button.getCssValue("color"), button.getCssValue("background-color"));
            if (ratio < 4.5) {
                failures.add(kind + " under the mouse: %.2f:1".formatted(ratio));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> list(Map<String, Object> page, String key) {
        return (List<Map<String, String>>) page.get(key);
    }

    /** Measures the page in the browser: its width, its buttons, and each control's focus ring. */
    private static final String SURVEY = """
            const phone = arguments[0];
            const bg = el => {
              for (let e = el; e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                if (c !== 'transparent' && !/,\\s*0\\)$/.test(c)) return c;
              }
              return 'rgb(255, 255, 255)';
            };
            const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'
                && !el.closest('dialog:not([open]), .ui-helper-hidden-accessible, [hidden]');
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.'
                + String(el.className).trim().replace(/\\s+/g, '.') : '') + ' "' + (el.value || el.textContent || '')
                .trim().slice(0, 30) + '"';
            const out = {scroll: document.documentElement.scrollWidth, wide: [], buttons: [], controls: []};
            if (out.scroll > phone) {
              out.wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > phone + 1
                  && [...e.children].every(c => c.getBoundingClientRect().right <= phone + 1)).slice(0, 5).map(name);
            }
            const logout = document.getElementById('logout:submit');
            out.logoutBehind = logout ? bg(logout) : '';
            for (const b of document.querySelectorAll('input[type=submit], input[type=button], input[type=reset], button')) {
              if (!visible(b)) continue;
              const s = getComputedStyle(b);
              out.buttons.push({name: name(b), border: s.borderTopColor, bg: s.backgroundColor, color: s.color, behind: bg(b)});
            }
            const focusable = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, '
                + '[tabindex]:not([tabindex="-1"])')].filter(visible).slice(0, 80);
            for (const el of focusable) {
              el.focus();
              if (document.activeElement !== el) continue;
              const s = getComputedStyle(el);
              out.controls.push({name: name(el), ring: s.outlineStyle === 'none' ? '' : s.outlineColor,
                  width: String(parseFloat(s.outlineWidth) || 0), behind: bg(el.parentElement), color: s.color, bg: bg(el),
                  text: String(!['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && el.textContent.trim().length > 0)});
              el.blur();
            }
            window.scrollTo(0, 0);
            return out;
            """;

    @Test
    void coloursAreMeasuredAsWcagDoes() {
        assertEquals(21.0, Colours.contrast("rgb(0, 0, 0)", "rgb(255, 255, 255)"), 0.01);
        assertEquals(8.6, Colours.contrast("#ffffff", "#00507a"), 0.1);
        assertEquals(1.0, Colours.contrast("rgba(0, 0, 0, 0)", "#ffffff"), 0.01);
    }
}
