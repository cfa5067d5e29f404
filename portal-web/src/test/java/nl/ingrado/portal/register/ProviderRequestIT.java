package nl.ingrado.portal.register;

import static nl.ingrado.portal.register.AccreditationRequests.file;
import static nl.ingrado.portal.register.AccreditationRequests.fillRequest;
import static nl.ingrado.portal.register.AccreditationRequests.othersDocument;
import static nl.ingrado.portal.register.AccreditationRequests.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A request for accreditation going back and forth: the auditor asks for more, the provider answers, the
 * auditor rejects it, each step mailed and in the audit trail; and a member may open neither the
 * provider's nor the auditor's pages.
 */
class ProviderRequestIT extends BrowserTest {

    private static final String PROVIDER = Browser.PROVIDER;
    private static final User AUDITOR = BrowserFixtures.auditor("Aafke Auditor");
    private static final String FORBIDDEN = "Geen toegang";

    private final String tag = BrowserFixtures.tag();

    @Test
    void theAuditorAsksForMoreAndTheProviderAnswers() throws Exception {
        var title = "Intervisie begeleiden " + tag;
        browser.logIn(PROVIDER, Browser.DEMO_PASSWORD).open("/provider/request.xhtml");
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        fillRequest(browser, title);
        browser.find("form:documents").sendKeys(file("programma.pdf", pdf()).toString());
        browser.submit("form:submit");
        long activity = Db.number("SELECT id FROM accredited_activity WHERE title = '" + title + "'");
        browser.logOut();

        browser.logInAs(AUDITOR)
                .open("/auditor/accreditation.xhtml?id=" + activity);
        browser.submit("decline:moreInfo");
        assertTrue(browser.text().contains("Geef een reden"), browser.text());
        browser.type("decline:reason", "Stuur de cv's van de trainers mee.").submit("decline:moreInfo");
        assertTrue(Browser.mailTo(PROVIDER, "Meer informatie nodig voor accreditatie: " + title)
                .contains("Stuur de cv's van de trainers mee."));
        browser.logOut();

        browser.logIn(PROVIDER, Browser.DEMO_PASSWORD).open("/provider/index.xhtml");
        assertEquals("Meer informatie gevraagd",
                browser.find("activity-" + activity).findElement(By.className("status")).getText());
        browser.open("/provider/request.xhtml?id=" + activity);
        assertTrue(browser.find("decisionReason").getText().contains("cv's"));
        browser.assertAccessible();
        browser.type("form:note", "De cv's zijn toegevoegd.");
        browser.find("form:documents").sendKeys(file("cv.pdf", pdf()).toString());
        browser.submit("form:submit");
        assertTrue(browser.text().contains("Je aanvulling is verstuurd"), browser.text());
        assertEquals(2,
                Db.number("SELECT COUNT(*) FROM accreditation_document WHERE activity_id = " + activity));
        assertEquals(1, Db.number("SELECT COUNT(*) FROM accredited_activity WHERE id = " + activity
                + " AND status = 'REQUESTED'"));
        browser.logOut();

        browser.logInAs(AUDITOR)
                .open("/auditor/accreditation.xhtml?id=" + activity);
        browser.type("decline:reason", "Geen bij- en nascholing voor leerplichtambtenaren.")
                .submit("decline:reject");
        assertTrue(Browser.mailTo(PROVIDER, "Accreditatie afgewezen: " + title)
                .contains("Geen bij- en nascholing"));
        assertTrue(Db.number(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'accredited_activity' AND entity_id = "
                        + activity) >= 4,
                "requested, more info, answered, rejected");
    }

    @Test
    void aMemberMayNotOpenProviderOrAuditorPages() throws Exception {
        long activity = Db.number(
                "SELECT id FROM accredited_activity WHERE accreditation_number = 'KRSD-A-2026-001'");
        browser.logInAs(BrowserFixtures.member("Milan Lid"));
        for (var path : List.of("/provider/index.xhtml", "/provider/request.xhtml",
                "/provider/attendance.xhtml?activity=" + activity, "/auditor/accreditations.xhtml",
                "/auditor/accreditation.xhtml?id=" + activity, "/auditor/catalogue.xhtml")) {
            browser.open(path);
            assertEquals(FORBIDDEN, browser.heading(), path);
        }
        long document = othersDocument(activity, AUDITOR.email());
        assertEquals(404, HttpSession.of(browser).get("/files/accreditation/" + document).statusCode(),
                "a member reads no documents");
    }

}
