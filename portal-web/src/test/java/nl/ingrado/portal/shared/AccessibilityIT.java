package nl.ingrado.portal.shared;

import java.util.List;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page, in Dutch and in English, as the role that sees it, passes axe-core (WCAG 2.1 AA). */
class AccessibilityIT extends BrowserTest {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/login.xhtml", "/register.xhtml",
            "/password/forgot.xhtml", "/password/reset.xhtml?token=verlopen", "/verify.xhtml?token=verlopen",
            "/accessibility.xhtml", "/privacy.xhtml", "/bestaat-niet.xhtml", "/rayon/index.xhtml",
            "/rayon/view.xhtml?id=1", "/events/index.xhtml", "/events/view.xhtml?id=1",
            "/events/certificate.xhtml?code=demoPastTraining000001");

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void publicPagesIncludingErrorStates(String language) {
        browser.open("/?lang=" + language);
        for (var page : PUBLIC_PAGES) {
            browser.open(page);
            browser.assertAccessible();
        }
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
        browser.logIn(Browser.MEMBER, Browser.DEMO_PASSWORD);
        browser.open("/member/index.xhtml?lang=" + language);
        browser.assertAccessible();
        browser.open("/account/profile.xhtml").submit("form:save");
        browser.assertAccessible(); // with the flash message "saved"
        browser.open("/account/profile.xhtml");
        browser.type("tokens:tokenName", "Toegankelijkheidstest").submit("tokens:create");
        browser.assertAccessible();
        browser.open("/account/password.xhtml");
        browser.assertAccessible();
        browser.open("/account/privacy.xhtml");
        browser.assertAccessible();
        browser.open("/member/registrations.xhtml");
        browser.assertAccessible();
        browser.open("/events/view.xhtml?id=1");
        browser.assertAccessible();
        browser.open("/member/work.xhtml");
        browser.assertAccessible();
        browser.open("/staff/mail.xhtml");
        browser.assertAccessible();
    }

    @ParameterizedTest(name = "language {0}")
    @ValueSource(strings = {"nl", "en"})
    void auditorStaffAndAdminPages(String language) {
        browser.logIn(Browser.AUDITOR, Browser.DEMO_PASSWORD);
        browser.open("/auditor/index.xhtml?lang=" + language);
        browser.assertAccessible();
        browser.logOut();

        browser.logIn(Browser.STAFF, Browser.DEMO_PASSWORD);
        browser.open("/staff/index.xhtml?lang=" + language);
        browser.assertAccessible();
        for (var page : List.of("/staff/mail.xhtml", "/staff/employments.xhtml", "/staff/erasures.xhtml",
                "/staff/memberships.xhtml", "/staff/rayon.xhtml?id=1", "/staff/organisation-new.xhtml",
                "/staff/person-new.xhtml", "/staff/persons.xhtml", "/staff/organisations.xhtml")) {
            browser.open(page);
            browser.assertAccessible();
        }
        browser.logOut();

        browser.logIn(Browser.ADMIN, Browser.DEMO_PASSWORD);
        browser.open("/admin/index.xhtml?lang=" + language);
        browser.assertAccessible();
    }
}
