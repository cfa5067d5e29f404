package nl.ingrado.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * After logging in from a page, the visitor is back on that page (a path of this portal only, whatever
 * the address says); and a logged-in page warns before the session runs out and keeps it alive.
 */
class LoginReturnIT extends BrowserTest {

    @Test
    void loggingInOnAnEventPageLandsBackOnTheEvent() {
        var event = Fixtures.event().title(Fixtures.unique("Terug na inloggen")).create();
        var member = BrowserFixtures.member("Terug Lid");
        browser.forgetSession().open("/events/view.xhtml?id=" + event.id());
        browser.clickAndWait(browser.find("loginLink"));
        assertEquals("/login.xhtml", browser.path());
        browser.type("form:email", member.email()).type("form:password", member.password())
                .submit("form:submit");
        assertEquals("/events/view.xhtml", browser.path());
        assertTrue(browser.driver().getCurrentUrl().endsWith("?id=" + event.id()),
                browser.driver().getCurrentUrl());
        assertFalse(browser.findAll(By.id("logout:submit")).isEmpty(), "logged in");

        // the link beside "register" does the same
        browser.forgetSession().open("/events/view.xhtml?id=" + event.id());
        browser.clickAndWait(browser.find("loginHere"));
        browser.type("form:email", member.email()).type("form:password", member.password())
                .submit("form:submit");
        assertEquals("/events/view.xhtml", browser.path());
    }

    @Test
    void theWayBackNeverLeavesThePortal() throws Exception {
        var member = BrowserFixtures.member("Veilig Terug");
        assertEquals("/events/view.xhtml?id=5", location(member, "/events/view.xhtml?id=5"));
        for (var hostile : List.of("//evil.example/x.xhtml", "https://evil.example/", "/\\evil.example",
                "javascript:alert(1)", "evil.example/x", "/login.xhtml", "/\r\nSet-Cookie:x=1")) {
            var target = location(member, hostile);
            assertEquals("/member/index.xhtml", target, hostile + " is ignored: the member's home page");
        }
        var page = HttpSession.anonymous().get("/events/index.xhtml?kind=WEBINAR").body();
        assertTrue(page.contains("/login.xhtml?next=" + enc("/events/index.xhtml?kind=WEBINAR")), page);
        assertFalse(HttpSession.anonymous().get("/login.xhtml").body().contains("login.xhtml?next="),
                "the login page does not send back to itself");
    }

    @Test
    void aLoggedInPageWarnsBeforeTheSessionEndsAndKeepsItAlive() throws Exception {
        var member = BrowserFixtures.member("Lang Formulier");
        browser.open("/").logInAs(member);
        browser.open("/account/profile.xhtml");
        var dialog = browser.find("sessionWarning");
        assertEquals(String.valueOf(30 * 60), dialog.getAttribute("data-seconds"), "the portal's 30 minutes");
        assertFalse(dialog.isDisplayed());
        // the same script on a session of six seconds: it warns one second ahead
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('sessionWarning').setAttribute('data-seconds', '6');"
                        + "var s = document.createElement('script');"
                        + "s.src = document.querySelector('script[src*=\"session.js\"]').src; document.body.appendChild(s);");
        browser.waitUntil(ExpectedConditions.visibilityOf(dialog));
        assertTrue(dialog.getText().contains("Je sessie verloopt over 5 minuten"), dialog.getText());
        assertEquals("sessionStay", browser.driver().switchTo().activeElement().getAttribute("id"),
                "focus on the button");
        browser.find("sessionStay").click();
        browser.waitUntil(ExpectedConditions.invisibilityOf(dialog));
        // the keep-alive answers the logged-in session, and nobody else
        var alive = HttpSession.of(browser).send("POST", "/account/keep-alive", null,
                HttpRequest.BodyPublishers.noBody());
        assertEquals(204, alive.statusCode());
        assertEquals("1800", alive.headers().firstValue("X-Session-Seconds").orElse(""));
        var anonymous = HttpSession.anonymous().send("POST", "/account/keep-alive", null,
                HttpRequest.BodyPublishers.noBody());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401,
                "" + anonymous.statusCode());
    }

    /** Logs {@code user} in from the login page opened with {@code next}; where the portal sends them. */
    private static String location(BrowserFixtures.User user, String next) throws Exception {
        var session = HttpSession.anonymous();
        var login = session.get("/login.xhtml?next=" + enc(next)).body();
        var body = "form=form&form%3Aemail=" + enc(user.email()) + "&form%3Apassword=" + enc(user.password())
                + "&next=" + enc(next) + "&form%3Asubmit=&jakarta.faces.ViewState="
                + enc(HttpSession.viewState(login));
        var response = session.send("POST", "/login.xhtml", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString(body));
        assertEquals(302, response.statusCode(), response.body());
        var location = response.headers().firstValue("Location").orElseThrow();
        assertFalse(location.contains("evil"), location);
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
