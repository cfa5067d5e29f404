package nl.ingrado.portal.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.ingrado.portal.testing.Browser;
import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The auditor's work on the ledger in the browser: reviewing submissions (approve with adjusted points,
 * reject with a reason, ask for more information), correcting an approved record and booking by hand,
 * with the totals always the sum of the approved records; every page passes axe in Dutch and English.
 */
class KrsdAuditorReviewIT extends BrowserTest {

    private static final User AUDITOR = BrowserFixtures.auditor("Arie Auditor");

    private final String tag = BrowserFixtures.tag();

    @Test
    void theAuditorReviewsSubmissionsApprovingWithAdjustedPointsRejectingAndAskingForMore() throws Exception {
        var member = BrowserFixtures.member("Lotte Lerend " + tag);
        var registrant = BrowserFixtures.registrant(member);
        long lotte = registrant.id();
        // an older submission, which comes first in the queue and stays pending
        var older = "Eerder ingediend " + tag;
        long demo = BrowserFixtures.pendingRecord(registrant, older);
        Db.update("UPDATE point_record SET submitted_at = submitted_at - INTERVAL 1 DAY WHERE id = ?", demo);
        // a submission with evidence and a claim
        var submitted = "Congres " + tag;
        long pending = BrowserFixtures.pendingRecord(registrant, submitted);
        long evidence = Db.insert(
                "INSERT INTO register_file (owner_account_id, filename, content_type, size_bytes, "
                        + "content, uploaded_at) VALUES (?, 'certificaat.pdf', 'application/pdf', 9, ?, UTC_TIMESTAMP(6))",
                member.accountId(), "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Db.update("UPDATE point_record SET category = 'A1', points = 5, hours = 5, accreditation_claim = ?, "
                + "evidence_file_id = ? WHERE id = ?", "Erkend door NVO, nr. " + tag, evidence, pending);
        long period = registrant.period();
        long reject = BrowserFixtures.pendingRecord(registrant, "Afwijzen " + tag);
        long moreInfo = BrowserFixtures.pendingRecord(registrant, "Meer info " + tag);

        browser.logInAs(AUDITOR).open("/auditor/queue.xhtml");
        var queue = browser.find("queueTable").getText();
        assertTrue(
                queue.contains(older) && queue.contains(submitted)
                        && queue.contains("Afwijzen " + tag),
                queue);
        assertTrue(queue.indexOf(older) < queue.indexOf(submitted), "oldest first");
        browser.assertAccessibleInBothLanguages("/auditor/queue.xhtml");

        // approve with 4,5 instead of the proposed 5 points
        browser.clickAndWait(browser.driver().findElement(By.cssSelector("[data-record='" + pending + "']")));
        assertTrue(browser.heading().contains(submitted), browser.heading());
        assertTrue(browser.text().contains("Erkend door NVO, nr. " + tag), "the accreditation claim");
        assertTrue(browser.find("evidenceLink").getAttribute("href").endsWith("/files/evidence/" + pending));
        browser.assertAccessibleInBothLanguages("/auditor/review.xhtml?id=" + pending);
        var before = total(period);
        browser.type("form:points", "veel").submit("form:approve");
        assertTrue(browser.text().contains("Vul een aantal punten in"), browser.text());
        assertEquals("veel", browser.find("form:points").getAttribute("value"), "what was typed stays");
        assertEquals("PENDING", Db.text("SELECT status FROM point_record WHERE id = " + pending));
        browser.type("form:points", "4,5");
        new Select(browser.find("form:category")).selectByValue("A1");
        browser.submit("form:approve");
        assertTrue(browser.text().contains("Goedgekeurd: " + submitted), browser.text());
        assertEquals("/auditor/queue.xhtml", browser.path());
        assertEquals("APPROVED", Db.text("SELECT status FROM point_record WHERE id = " + pending));
        var after = total(period);
        assertEquals(0, after.subtract(before).compareTo(new BigDecimal("4.5")), before + " → " + after);
        assertEquals(0, after.compareTo(approvedSum(period)), "the total is the sum of the approved records");
        assertEquals(0, new BigDecimal("4.5")
                .compareTo(Db.decimal("SELECT points FROM point_record WHERE id = " + pending)));
        Browser.mailTo(member.email(), "Goedgekeurd: " + submitted);
        assertEquals("PENDING", Db.text("SELECT status FROM point_record WHERE id = " + demo));

        // reject: a reason is required, and shown back
        browser.open("/auditor/review.xhtml?id=" + reject).submit("form:reject");
        assertTrue(browser.text().contains("Geef een reden; de aanvrager krijgt die te lezen."),
                browser.text());
        assertEquals("PENDING", Db.text("SELECT status FROM point_record WHERE id = " + reject));
        browser.type("form:reason", "Geen bewijs van deelname " + tag).submit("form:reject");
        assertTrue(browser.text().contains("Afgewezen: Afwijzen " + tag), browser.text());
        browser.open("/auditor/review.xhtml?id=" + reject);
        assertEquals("Afgewezen", browser.find("status").getText());
        assertEquals("Geen bewijs van deelname " + tag, browser.find("reasonShown").getText());
        assertEquals("REJECTED", Db.text("SELECT status FROM point_record WHERE id = " + reject));
        assertEquals(0, after.compareTo(total(period)), "a rejection changes no total");
        browser.assertAccessibleInBothLanguages("/auditor/review.xhtml?id=" + reject);

        // more information
        browser.open("/auditor/review.xhtml?id=" + moreInfo)
                .type("form:reason", "Stuur het certificaat mee " + tag)
                .submit("form:moreInfo");
        assertEquals("MORE_INFO", Db.text("SELECT status FROM point_record WHERE id = " + moreInfo));
        assertTrue(Browser.mailTo(member.email(), "Meer informatie nodig: Meer info " + tag)
                .contains("Stuur het certificaat mee " + tag));
        assertTrue(
                browser.driver().findElements(By.cssSelector("[data-record='" + moreInfo + "']")).isEmpty(),
                "out of the queue");

        // the registrant's file shows it all
        browser.open("/auditor/registrant.xhtml?id=" + lotte);
        var records = browser.find("recordTable").getText();
        assertTrue(
                records.contains("Geen bewijs van deelname " + tag)
                        && records.contains("Meer informatie gevraagd"),
                records);
        assertTrue(browser.find("historyTable").getText().contains("Stuur het certificaat mee " + tag));
    }

    @Test
    void theAuditorCorrectsAnApprovedRecordAndBooksPointsByHand() throws Exception {
        var member = BrowserFixtures.member("Lotte Leerplicht " + tag);
        var registrant = BrowserFixtures.registrant(member);
        long lotte = registrant.id();
        long original = BrowserFixtures.approvedRecord(registrant, "A2", "10");
        long period = registrant.period();
        var originalPoints = Db.decimal("SELECT points FROM point_record WHERE id = " + original);

        browser.logInAs(AUDITOR).open("/auditor/registrant.xhtml?id=" + lotte);
        assertTrue(browser.heading().contains(member.name()), browser.heading());
        browser.assertAccessibleInBothLanguages("/auditor/registrant.xhtml?id=" + lotte);

        var before = total(period);
        new Select(browser.find("correction:record")).selectByValue(String.valueOf(original));
        browser.type("correction:delta", "0").type("correction:reason", "Dubbel geteld " + tag)
                .submit("correction:correct");
        assertTrue(browser.text().contains("Vul de correctie in punten in"), browser.text());
        new Select(browser.find("correction:record")).selectByValue(String.valueOf(original));
        browser.type("correction:delta", "-1,5").type("correction:reason", "Dubbel geteld " + tag)
                .submit("correction:correct");
        assertTrue(browser.text().contains("De correctie is geboekt als nieuwe regel"), browser.text());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM point_record WHERE corrects_id = " + original
                + " AND source = 'CORRECTION' AND status = 'APPROVED' AND points = -1.5 AND reason = 'Dubbel geteld "
                + tag + "'"));
        assertEquals(0,
                originalPoints
                        .compareTo(Db.decimal("SELECT points FROM point_record WHERE id = " + original)),
                "the original is unchanged");
        assertEquals("APPROVED", Db.text("SELECT status FROM point_record WHERE id = " + original));
        assertEquals(0, before.subtract(new BigDecimal("1.5")).compareTo(total(period)));
        assertEquals(0, total(period).compareTo(approvedSum(period)));

        // by hand: a reason is required
        browser.setValue("booking:date", LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(3));
        browser.type("booking:title", "Overgenomen " + tag).type("booking:points", "2");
        new Select(browser.find("booking:category")).selectByValue("A2");
        browser.submit("booking:book");
        assertTrue(browser.text().contains("Vul dit veld in."), browser.text());
        assertEquals(0,
                Db.number("SELECT COUNT(*) FROM point_record WHERE title = 'Overgenomen " + tag + "'"));
        browser.type("booking:reason", "Uit het LKLR " + tag).submit("booking:book");
        assertTrue(browser.text().contains("De punten zijn geboekt."), browser.text());
        assertEquals(1, Db.number("SELECT COUNT(*) FROM point_record WHERE title = 'Overgenomen " + tag
                + "' AND source = 'MANUAL' AND status = 'APPROVED' AND points = 2 AND category = 'A2'"));
        assertEquals(0, total(period).compareTo(approvedSum(period)));
        assertTrue(browser.find("historyTable").getText().contains("Uit het LKLR " + tag));
    }

    private static BigDecimal total(long period) {
        return Db.decimal(
                "SELECT COALESCE(SUM(points), 0) FROM register_period_total WHERE period_id = " + period);
    }

    private static BigDecimal approvedSum(long period) {
        return Db.decimal("SELECT COALESCE(SUM(points), 0) FROM point_record WHERE period_id = " + period
                + " AND status = 'APPROVED'");
    }
}
