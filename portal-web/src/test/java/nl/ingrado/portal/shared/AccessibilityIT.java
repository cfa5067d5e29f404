package nl.ingrado.portal.shared;

import java.util.List;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The states of pages that {@link EveryPageIT}'s crawl cannot reach pass axe-core (WCAG 2.1 AA), in Dutch
 * and in English: forms showing their error messages, a flash message after a save, a token just
 * created, the page of a link whose token expired, the 404 page, a page the role may not see, and a
 * certificate. The plain pages each role reaches by its links the crawl checks already, with axe, in
 * both languages at both widths (it prints the paths per role); checking them here again cost a minute.
 */
class AccessibilityIT extends BrowserTest {

    /** Pages no link leads to: tokens that expired, an address that does not exist, a certificate. */
    private static final List<String> UNLINKED_PAGES = List.of("/password/reset.xhtml?token=verlopen",
            "/verify.xhtml?token=verlopen", "/bestaat-niet.xhtml",
            "/events/certificate.xhtml?code=demoPastTraining000001");

    /** A member with a registration to come and one attended, so their pages show rows. */
    private static final User MEMBER = BrowserFixtures.member("Tamara Toegankelijk");
    private static final long EVENT = Fixtures.event()
            .title("Toegankelijke training " + BrowserFixtures.tag())
            .create().id();

    static {
        BrowserFixtures.registration(EVENT).of(MEMBER).create();
        var weekAgo = BrowserFixtures.now().minusDays(7);
        long past = Fixtures.event().title("Afgelopen training " + BrowserFixtures.tag()).startsAt(weekAgo)
                .opensAt(weekAgo.minusDays(30)).create().id();
        BrowserFixtures.registration(past).of(MEMBER).attended(weekAgo).create();
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void unlinkedPagesAndFormsShowingErrors(String language) {
        browser.open("/?lang=" + language);
        browser.assertAccessible(UNLINKED_PAGES.toArray(String[]::new));
        // a form showing its error messages
        browser.open("/login.xhtml").submit("form:submit");
        browser.assertAccessible();
        browser.open("/register.xhtml").type("form:displayName", "A").type("form:email", "x")
                .type("form:password", "kort").type("form:passwordRepeat", "kort").submit("form:submit");
        browser.assertAccessible();
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void memberPagesAfterAnAction(String language) {
        browser.logInAs(MEMBER).open("/account/profile.xhtml?lang=" + language).submit("form:save");
        browser.assertAccessible(); // with the flash message "saved"
        browser.open("/account/profile.xhtml");
        browser.type("tokens:tokenName", "Toegankelijkheidstest").submit("tokens:create");
        browser.assertAccessible(); // with the token shown once
        // a registration to come and one attended (the crawl's member has one to come only), and a
        // staff page a member may not see
        browser.assertAccessible("/member/registrations.xhtml", "/staff/mail.xhtml");
    }
}
