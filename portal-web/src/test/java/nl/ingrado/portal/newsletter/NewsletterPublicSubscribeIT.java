package nl.ingrado.portal.newsletter;

import static nl.ingrado.portal.newsletter.NewsletterFixtures.consents;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.post;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.subscriberStatus;
import static nl.ingrado.portal.newsletter.NewsletterFixtures.unique;
import static nl.ingrado.portal.testing.Db.text;
import static nl.ingrado.portal.testing.Db.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Subscribing to the newsletter as the public and a member do: double opt-in through the mailbox (the
 * form refuses without consent, confirms only by its button, stays silent after a few notes to one
 * address, and refuses an expired link), and the member's toggle on the profile, without mail, with the
 * subscription in the data export and gone with erasure.
 */
class NewsletterPublicSubscribeIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Pieter Publiekstaf");

    private static final String FORM_NL = "Ja, ik wil de Ingrado Nieuwsbrief elke twee weken per e-mail ontvangen. "
            + "Ik kan me altijd weer uitschrijven via de link in elke nieuwsbrief.";

    @Test
    void doubleOptInThroughTheMailbox() throws Exception {
        var email = unique("optin");
        browser.open("/newsletter/subscribe.xhtml").type("form:email", email).submit("form:submit");
        assertTrue(browser.text().contains("Vink aan dat je de nieuwsbrief wilt ontvangen."), browser.text());
        assertEquals(email, browser.find("form:email").getAttribute("value"), "what was typed stays");
        assertNull(subscriberStatus(email), "a refused form stores nothing");
        browser.type("form:email", "geen-adres").find("form:consent").click();
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Vul een geldig e-mailadres in"), browser.text());

        browser.type("form:email", email.toUpperCase()).type("form:name", "Nina Nieuwsgierig");
        assertTrue(browser.find("form:consent").isSelected(), "the box stays ticked after a refusal");
        assertEquals(FORM_NL,
                browser.driver().findElement(By.cssSelector("label[for='form:consent']")).getText(),
                "the consent sentence is the checkbox's label");
        // the form is stateless: it still works when the session is gone (or never was)
        browser.driver().manage().deleteAllCookies();
        browser.submit("form:submit");
        assertEquals("Kijk in je mailbox", browser.heading());
        assertEquals("PENDING", subscriberStatus(email), "the address is kept in lower case");
        var requested = consents(email);
        assertEquals(1, requested.size());
        assertEquals(List.of("REQUESTED", "PUBLIC_FORM", FORM_NL), requested.get(0).subList(0, 3));
        assertNotNull(requested.get(0).get(3), "the client address is the detail");
        assertNotNull(requested.get(0).get(5), "the time is kept");

        var link = Browser.linkMailedTo(email, "Bevestig je aanmelding");
        assertTrue(link.startsWith(browser.baseUrl() + "/newsletter/confirm.xhtml?token="), link);
        browser.driver().get(link);
        assertEquals("PENDING", subscriberStatus(email),
                "opening the link alone (a mail scanner) confirms nothing");
        browser.submit("confirmForm:confirm");
        assertEquals("/newsletter/index.xhtml", browser.path());
        assertTrue(browser.text().contains("Je aanmelding is bevestigd."), browser.text());
        assertEquals("SUBSCRIBED", subscriberStatus(email));
        var rows = consents(email);
        assertEquals(List.of("REQUESTED", "CONFIRMED"), rows.stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("CONFIRMED", "PUBLIC_FORM", FORM_NL), rows.get(1).subList(0, 3));
        try (var db = Db.connect();
                var st = db.prepareStatement(
                        "SELECT confirmed_at IS NOT NULL, name FROM nl_subscriber WHERE email = ?")) {
            st.setString(1, email);
            try (var r = st.executeQuery()) {
                assertTrue(r.next() && r.getBoolean(1));
                assertEquals("Nina Nieuwsgierig", r.getString(2));
            }
        }

        browser.driver().get(link);
        assertTrue(browser.text().contains("Deze link is al gebruikt."), browser.text());
        assertTrue(browser.driver().findElements(By.id("confirmForm:confirm")).isEmpty());

        // the form again for a subscribed address: the same answer, a note by mail, no second subscription
        browser.open("/newsletter/subscribe.xhtml").type("form:email", email).find("form:consent").click();
        browser.submit("form:submit");
        assertEquals("Kijk in je mailbox", browser.heading());
        assertTrue(Browser.mailTo(email, "Je bent al ingeschreven").contains("er verandert niets"));
        assertEquals(2, consents(email).size());

        // the form can name anyone's address: after five mails an hour to one address it stays silent,
        // with the same answer on the page
        for (int i = 0; i < 5; i++) {
            browser.open("/newsletter/subscribe.xhtml").type("form:email", email).find("form:consent")
                    .click();
            browser.submit("form:submit");
            assertEquals("Kijk in je mailbox", browser.heading());
        }
        long until = System.nanoTime() + 15_000_000_000L;
        while (Browser.mailCountFor(email) < 5 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        Thread.sleep(1500);
        assertEquals(5, Browser.mailCountFor(email), "the confirmation, then at most four notes in an hour");

        // an expired link is refused
        var late = unique("late");
        browser.open("/newsletter/subscribe.xhtml").type("form:email", late).find("form:consent").click();
        browser.submit("form:submit");
        var lateLink = Browser.linkMailedTo(late, "Bevestig je aanmelding");
        update("UPDATE nl_confirmation c JOIN nl_subscriber s ON s.id = c.subscriber_id "
                + "SET c.expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, "
                + "c.created_at = UTC_TIMESTAMP(6) - INTERVAL 2 DAY WHERE s.email = ?", late);
        browser.driver().get(lateLink);
        assertTrue(browser.text().contains("Deze link is verlopen."), browser.text());
        assertEquals("PENDING", subscriberStatus(late));
    }

    @Test
    void aMemberSubscribesAndUnsubscribesOnTheProfileWithoutMail() throws Exception {
        var email = unique("lid").replace("@example.test", "@example.nl");
        browser.signUpAndConfirm("Mila Mailbaar", email, "nieuwsbrief wachtwoord").logIn(email,
                "nieuwsbrief wachtwoord");
        browser.open("/account/profile.xhtml");
        assertTrue(browser.find("newsletterStatus").getText().contains("niet"), browser.text());
        browser.assertAccessible();
        long mails = Browser.mailCountFor(email);
        browser.submit("newsletter:subscribe");
        assertEquals("/account/profile.xhtml", browser.path());
        assertTrue(browser.text().contains("Je bent aangemeld voor de nieuwsbrief."), browser.text());
        assertEquals("SUBSCRIBED", subscriberStatus(email));
        var rows = consents(email);
        assertEquals(List.of("SUBSCRIBED", "PROFILE"), rows.get(0).subList(0, 2));
        assertTrue(rows.get(0).get(2).startsWith("Ja, stuur mij de Ingrado Nieuwsbrief"), rows.get(0).get(2));
        assertEquals(email,
                text("SELECT a.email FROM nl_subscriber s JOIN account a ON a.id = s.account_id "
                        + "WHERE s.email = ?", email),
                "linked to the account");

        browser.submit("newsletter:unsubscribe");
        assertTrue(browser.text().contains("Je bent uitgeschreven voor de nieuwsbrief."), browser.text());
        assertEquals("UNSUBSCRIBED", subscriberStatus(email));
        assertEquals(List.of("UNSUBSCRIBED", "PROFILE"), consents(email).get(1).subList(0, 2));
        assertEquals(mails, Browser.mailCountFor(email), "logged in: no confirmation mail");

        browser.open("/account/profile.xhtml?lang=en");
        assertTrue(browser.find("newsletterStatus").getText().contains("unsubscribed"), browser.text());
        browser.assertAccessible();

        // privacy: the subscription and its consent history are in the data export, and go with erasure
        browser.open("/account/privacy.xhtml?lang=nl");
        var state = browser.driver()
                .findElement(By.cssSelector("#download input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        var export = post(browser.baseUrl() + "/account/privacy.xhtml",
                HttpRequest.newBuilder().header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                        .header("Content-Type", "application/x-www-form-urlencoded"),
                "download=download&download%3Asubmit=x&jakarta.faces.ViewState="
                        + URLEncoder.encode(state, StandardCharsets.UTF_8));
        assertEquals(200, export.statusCode());
        assertTrue(
                export.body()
                        .contains("\"newsletter\":{\"email\":\"" + email + "\",\"status\":\"UNSUBSCRIBED\""),
                export.body());
        assertTrue(export.body().contains("Ja, stuur mij de Ingrado Nieuwsbrief"), "the text agreed to");
        browser.find("form:understood").click();
        browser.submit("form:submit");
        browser.logOut().logInAs(STAFF).open("/staff/erasures.xhtml");
        browser.clickConfirmedAndWait(
                browser.driver().findElements(By.cssSelector("#erasureTable tbody tr")).stream()
                        .filter(r -> r.getText().contains(email)).findFirst().orElseThrow()
                        .findElement(By.cssSelector("input[value='Uitvoeren']")));
        assertTrue(browser.text().contains("De gegevens zijn verwijderd."), browser.text());
        assertNull(subscriberStatus(email), "the subscription is erased with its consent rows");
    }
}
