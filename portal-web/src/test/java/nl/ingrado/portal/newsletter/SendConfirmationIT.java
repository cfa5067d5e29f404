package nl.ingrado.portal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.Locale;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Sending an edition to everyone asks first, and says to how many: "Verstuur naar 2.431 abonnees", the
 * count of the edition's segment in the page's language. Cancelling (the button or Escape) sends nothing.
 */
class SendConfirmationIT extends BrowserTest {

    private static final User STAFF = BrowserFixtures.staff("Sanne Verzendstaf");

    @Test
    void sendingAsksWithTheCountAndCancelSendsNothing() {
        NewsletterFixtures.subscriber(BrowserFixtures.email("lezer"), "Lezer", "nl", "SUBSCRIBED");
        long edition = NewsletterFixtures.edition("Bevestiging " + BrowserFixtures.tag(), "DRAFT");
        long everyone = Db.number("SELECT COUNT(*) FROM nl_subscriber s WHERE s.status = 'SUBSCRIBED'");
        var dutch = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl")).format(everyone);
        var english = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(everyone);

        browser.logInAs(STAFF).open("/staff/newsletter/edition.xhtml?id=" + edition);
        browser.find("scheduleForm:sendNow").click();
        var dialog = browser.confirmDialog();
        var ok = dialog.findElement(By.id("confirm-dialog-ok"));
        assertEquals("Verstuur naar " + dutch + " abonnees", ok.getAttribute("value"));
        System.out.println(
                "SendConfirmationIT: the dialog asks \"" + dialog.getText().replace('\n', ' ') + "\"");
        assertTrue(dialog.getText().contains(dutch + " abonnees"), dialog.getText());
        // the safe answer has the focus
        assertEquals("confirm-dialog-cancel", browser.driver().switchTo().activeElement().getAttribute("id"));
        dialog.findElement(By.id("confirm-dialog-cancel")).click();
        assertTrue(browser.find("confirm-dialog").getAttribute("open") == null, "the dialog closed");
        // Escape answers no as well
        browser.find("scheduleForm:sendNow").click();
        browser.confirmDialog();
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntil(d -> browser.find("confirm-dialog").getAttribute("open") == null);
        assertEquals(EditionStatus.DRAFT, NewsletterFixtures.status(edition));
        assertEquals(0, Db.number("SELECT COUNT(*) FROM nl_delivery WHERE edition_id = ?", edition));

        browser.open("/staff/newsletter/edition.xhtml?id=" + edition + "&lang=en");
        browser.find("scheduleForm:sendNow").click();
        assertEquals("Send to " + english + " subscribers",
                browser.confirmDialog().findElement(By.id("confirm-dialog-ok")).getAttribute("value"));
        browser.find("confirm-dialog-cancel").click();
        browser.assertAccessible();
        assertEquals(EditionStatus.DRAFT, NewsletterFixtures.status(edition));
        // "yes" is not clicked here: it would mail every subscriber other tests left in the database
    }
}
