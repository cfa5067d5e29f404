package nl.ingrado.portal.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import nl.ingrado.portal.testing.BrowserFixtures;
import nl.ingrado.portal.testing.BrowserFixtures.User;
import nl.ingrado.portal.testing.BrowserTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import nl.ingrado.portal.testing.Viewport;
import nl.ingrado.portal.testing.HttpSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The invoice pages as staff and a member use them: billing data refused field by field and then saved,
 * a membership run previewed (nothing numbered) and run, the invoice found in the list, opened,
 * downloaded and credited by line; a member sees their own invoice and gets 404 for another's.
 */
class InvoicePagesIT extends BrowserTest {

    /** A year no other test bills memberships in: the run takes every membership of its year. */
    private static final int YEAR = 2077;

    private static final User STAFF = BrowserFixtures.staff("Fenna Factuur");
    private static final User MEMBER = BrowserFixtures.member("Mats Betaler");

    @Test
    void staffBillAMembershipAndCreditItAndAMemberSeesOnlyTheirOwn() throws Exception {
        var organisation = Fixtures.municipality(25_000);
        var other = Fixtures.municipality(8_000);
        Fixtures.member(organisation.id(), YEAR);
        Fixtures.member(other.id(), YEAR);
        // the other organisation's billing data as the form would store it: only its invoice is needed here
        Db.update(
                "INSERT INTO billing_account (organisation_id, legal_name, street, postal_code, city, email, kvk, "
                        + "updated_at) VALUES (?, ?, 'Markt 1', '1234 AB', 'Ergens', 'facturen@example.nl', '87654321', "
                        + "UTC_TIMESTAMP(6))",
                other.id(), other.name());

        // billing data: a bad OIN and a bad KvK number are both refused at once, what was typed stays
        browser.logInAs(STAFF).open("/staff/billing.xhtml?organisation=" + organisation.id());
        assertEquals(organisation.name(), browser.find("form:legalName").getAttribute("value"),
                "without billing data the form starts from the organisation");
        browser.type("form:street", "Stadhuisplein 1").type("form:postalCode", "3511ab")
                .type("form:city", "Utrecht")
                .type("form:email", "crediteuren@example.nl").type("form:oin", "1234 5678")
                .type("form:kvk", "12 34").submit("form:save");
        browser.assertShows("Een OIN bestaat uit precies 20 cijfers.");
        browser.assertShows("Een KvK-nummer bestaat uit precies 8 cijfers.");
        assertEquals("1234 5678", browser.find("form:oin").getAttribute("value"));
        assertEquals("12 34", browser.find("form:kvk").getAttribute("value"));
        assertEquals("Stadhuisplein 1", browser.find("form:street").getAttribute("value"));
        browser.assertAccessible();
        browser.type("form:oin", "0000 0001 2345 6789 0000").type("form:kvk", "").submit("form:save");
        browser.assertShows("De factuurgegevens zijn opgeslagen.");
        assertEquals("00000001234567890000",
                Db.text("SELECT oin FROM billing_account WHERE organisation_id = ?", organisation.id()));
        browser.type("orders:orderYear", String.valueOf(YEAR)).type("orders:orderNumber", "IO-" + YEAR + "-7")
                .submit("orders:addOrder");
        assertTrue(browser.row("orderTable", String.valueOf(YEAR)).getText().contains("IO-" + YEAR + "-7"));

        // the preview numbers nothing; the run issues what it showed
        browser.open("/staff/invoicing.xhtml?purpose=MEMBERSHIP&year=" + YEAR);
        assertTrue(browser.row("planned", organisation.name()).getText().contains("Wordt uitgegeven"),
                browser.text());
        browser.assertAccessible();
        long issuedBefore = Db.number("SELECT COUNT(*) FROM invoice WHERE organisation_id IN (?, ?)",
                organisation.id(), other.id());
        assertEquals(0, issuedBefore, "the preview numbers nothing");
        browser.clickConfirmedAndWait(browser.find("run:runButton"));
        browser.assertShows("uitgegeven, 0 overgeslagen");
        long invoiceId = Db.number("SELECT id FROM invoice WHERE organisation_id = ? AND kind = 'INVOICE'",
                organisation.id());
        long othersId = Db.number("SELECT id FROM invoice WHERE organisation_id = ? AND kind = 'INVOICE'",
                other.id());
        var number = Db.text("SELECT number FROM invoice WHERE id = ?", invoiceId);
        assertEquals("IO-" + YEAR + "-7",
                Db.text("SELECT order_reference FROM invoice WHERE id = ?", invoiceId));

        // the list, the invoice, its PDF
        browser.open("/staff/invoices.xhtml?organisation=" + organisation.id());
        browser.clickAndWait(browser.driver().findElement(By.linkText(number)));
        assertTrue(browser.heading().contains(number), browser.heading());
        browser.assertShows("Stadhuisplein 1");
        assertFalse(browser.findAll(By.id("downloadUbl")).isEmpty(), "an organisation gets an e-invoice too");
        var pdf = HttpSession.of(browser).download(browser.find("downloadPdf").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertEquals(404, HttpSession.of(browser).get("/staff/invoice-file?id=" + invoiceId + "&format=doc")
                .statusCode());
        assertEquals(404, HttpSession.of(browser).get("/staff/invoice.xhtml?id=abc").statusCode());

        // billed to the member, as a KRSD fee their employer does not pay would be (a KRSD run bills every
        // registrant of the shared database; who the portal shows an invoice to is no part of what was issued)
        Db.update("UPDATE invoice SET person_id = ? WHERE id = ?", MEMBER.personId(), invoiceId);

        // a credit note for line 1
        browser.type("credit:lineRows:0:quantity", "1").submit("credit:creditLines");
        browser.assertShows("De creditnota is uitgegeven.");
        assertTrue(browser.heading().startsWith("Creditnota"), browser.heading());
        assertEquals(number, browser.find(By.cssSelector("#corrects a")).getText());
        browser.assertAccessible();
        browser.clickAndWait(browser.find(By.cssSelector("#corrects a")));
        browser.assertShows("Gecrediteerd");
        assertEquals(1, browser.findAll(By.cssSelector("#creditNotes li")).size());

        // an upload form posted by hand as a plain form (no browser does) is a bad request, not a 500
        assertEquals(400, HttpSession.of(browser).submit("/staff/bank-statements.xhtml", "form",
                java.util.Map.of(), "upload").statusCode());

        // every staff page of invoices in both languages (axe) and on a phone (nothing scrolls sideways)
        var pages = List.of("/staff/invoices.xhtml", "/staff/invoice.xhtml?id=" + invoiceId,
                "/staff/invoicing.xhtml?purpose=MEMBERSHIP&year=" + YEAR,
                "/staff/billing.xhtml?organisation=" + organisation.id(), "/staff/bank-statements.xhtml",
                "/staff/outstanding.xhtml");
        pages.forEach(browser::assertAccessibleInBothLanguages);
        assertFitsAPhone(pages);

        // the member: their own invoice and its PDF; someone else's is not there
        browser.logInAs(MEMBER).open("/member/invoices.xhtml");
        assertTrue(browser.row("myInvoices", number).getText().contains("Contributie"), browser.text());
        browser.assertAccessible();
        var member = HttpSession.of(browser);
        assertEquals(200,
                member.download("/member/invoice-file?id=" + invoiceId + "&format=pdf").statusCode());
        assertEquals(404,
                member.download("/member/invoice-file?id=" + othersId + "&format=pdf").statusCode());
        assertEquals(404, member.download("/member/invoice-file?id=x&format=pdf").statusCode());
        assertEquals(404,
                HttpSession.anonymous().get("/invoice-file?t=" + "a".repeat(64) + "&f=pdf").statusCode());
        browser.assertAccessibleInBothLanguages("/member/invoices.xhtml");
        assertFitsAPhone(List.of("/member/invoices.xhtml"));
    }

    private static void assertFitsAPhone(List<String> paths) {
        Viewport.width(browser, Viewport.PHONE);
        try {
            for (var path : paths) {
                browser.open(path);
                long width = (Long) ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth");
                assertTrue(width <= Viewport.PHONE, path + " is " + width + " px wide on a phone");
            }
        } finally {
            Viewport.width(browser, Viewport.DESKTOP);
        }
    }
}
