package nl.ingrado.portal.shared;

import java.util.List;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page, in Dutch and in English, as the role that sees it, passes axe-core (WCAG 2.1 AA). */
class AccessibilityIT extends BrowserTest {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/login.xhtml", "/register.xhtml",
            "/password/forgot.xhtml", "/password/reset.xhtml?token=verlopen", "/verify.xhtml?token=verlopen",
            "/accessibility.xhtml", "/privacy.xhtml", "/bestaat-niet.xhtml", "/rayon/index.xhtml",
            "/rayon/view.xhtml?id=1", "/events/index.xhtml", "/events/view.xhtml?id=1",
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

    /** The public pages of the demo tour (its events and certificate), which the test only reads. */
    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void publicPagesIncludingErrorStates(String language) {
        browser.open("/?lang=" + language);
        browser.assertAccessible(PUBLIC_PAGES.toArray(String[]::new));
        // a form showing its error messages
        browser.open("/login.xhtml").submit("form:submit");
        browser.assertAccessible();
        browser.open("/register.xhtml").type("form:displayName", "A").type("form:email", "x")
                .type("form:password", "kort").type("form:passwordRepeat", "kort").submit("form:submit");
        browser.assertAccessible();
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void memberPages(String language) {
        browser.logInAs(MEMBER).assertAccessible("/member/index.xhtml?lang=" + language);
        browser.open("/account/profile.xhtml").submit("form:save");
        browser.assertAccessible(); // with the flash message "saved"
        browser.open("/account/profile.xhtml");
        browser.type("tokens:tokenName", "Toegankelijkheidstest").submit("tokens:create");
        browser.assertAccessible();
        browser.assertAccessible("/account/password.xhtml", "/account/privacy.xhtml",
                "/member/registrations.xhtml",
                "/events/view.xhtml?id=" + EVENT, "/member/work.xhtml", "/staff/mail.xhtml");
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void auditorStaffAndAdminPages(String language) {
        browser.logInAs(BrowserFixtures.auditor("Anna Auditor"))
                .assertAccessible("/auditor/index.xhtml?lang=" + language);
        browser.logOut();

        browser.logInAs(BrowserFixtures.staff("Sjoerd Staf"));
        browser.assertAccessible("/staff/index.xhtml?lang=" + language, "/staff/mail.xhtml",
                "/staff/employments.xhtml",
                "/staff/erasures.xhtml", "/staff/memberships.xhtml", "/staff/rayon.xhtml?id=1",
                "/staff/organisation-new.xhtml", "/staff/person-new.xhtml", "/staff/persons.xhtml",
                "/staff/organisations.xhtml");
        browser.logOut();

        browser.logInAs(BrowserFixtures.admin("Adam Admin"))
                .assertAccessible("/admin/index.xhtml?lang=" + language);
    }
}
