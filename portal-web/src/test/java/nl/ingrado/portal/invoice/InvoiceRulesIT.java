package nl.ingrado.portal.invoice;

import static nl.ingrado.portal.invoice.InvoiceFixtures.EXEMPT;
import static nl.ingrado.portal.invoice.InvoiceFixtures.STANDARD;
import static nl.ingrado.portal.invoice.InvoiceFixtures.draft;
import static nl.ingrado.portal.invoice.InvoiceFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import nl.ingrado.portal.invoice.boundary.BillingData;
import nl.ingrado.portal.invoice.boundary.InvoiceIssuer;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.invoice.boundary.InvoiceReminders;
import nl.ingrado.portal.invoice.boundary.Invoicing;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.InvoiceStatus;
import nl.ingrado.portal.invoice.entity.PaymentReference;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The invoice rules in the container on real MariaDB: numbers without gaps under 20 concurrent issuers,
 * runs that invoice nobody twice, issued invoices that the database keeps unchanged, credit notes, and
 * reminders sent once.
 */
class InvoiceRulesIT extends ContainerTest {

    @Inject
    InvoiceIssuer issuer;

    @Inject
    Invoicing invoicing;

    @Inject
    InvoiceQueries queries;

    @Inject
    InvoiceReminders reminders;

    @Inject
    BillingData billing;

    @Inject
    nl.ingrado.portal.member.boundary.PrivacyService privacy;

    @Test
    void twentyConcurrentIssuersNumberFiveHundredInvoicesWithoutGapsOrDoubles() throws Exception {
        int year = Fixtures.today().getYear();
        var run = UUID.randomUUID().toString().substring(0, 8);
        var ids = new ConcurrentLinkedQueue<Long>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var start = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        for (int t = 0; t < 20; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        ids.add(issuer.issue(draft("TEST:" + run + ":" + thread + ":" + i,
                                line("Proef " + i, "1", "10.00", STANDARD)), "test").orElseThrow());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (var thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), new ArrayList<>(failures));
        assertEquals(500, ids.size());
        var seqs = Db.numbers("SELECT seq FROM invoice WHERE source_key LIKE ? ORDER BY seq",
                "TEST:" + run + ":%");
        assertEquals(500, seqs.stream().distinct().count(), "no number twice");
        // the whole year, with what other tests issued meanwhile: 1 … n, every number once
        assertEquals(Db.number("SELECT COUNT(*) FROM invoice WHERE invoice_year = ?", year),
                Db.number("SELECT MAX(seq) FROM invoice WHERE invoice_year = ?", year), "no gap in the year");
        assertEquals(Db.number("SELECT COUNT(*) FROM invoice WHERE invoice_year = ?", year),
                Db.number("SELECT COUNT(DISTINCT seq) FROM invoice WHERE invoice_year = ?", year));
        assertEquals(Db.number("SELECT last_number FROM invoice_counter WHERE invoice_year = ?", year),
                Db.number("SELECT MAX(seq) FROM invoice WHERE invoice_year = ?", year));
        var number = Db.text("SELECT number FROM invoice WHERE id = ?", ids.peek());
        assertTrue(number.matches(year + "-[0-9]{5}"), number);
        assertTrue(PaymentReference
                .valid(Db.text("SELECT payment_reference FROM invoice WHERE id = ?", ids.peek())));
    }

    @Test
    void aRollbackGivesItsNumberBackAndTheDatabaseRefusesGapsAndChanges() throws Exception {
        int year = Fixtures.today().getYear();
        var before = Db.number("SELECT COALESCE(MAX(seq), 0) FROM invoice WHERE invoice_year = ?", year);
        // a line the entity refuses after the number was taken: the transaction rolls back whole
        var tooLong = "x".repeat(101);
        var bad = new nl.ingrado.portal.invoice.entity.Invoice.Draft(InvoicePurpose.OTHER, null,
                draft(null, line("Proef", "1", "1.00", STANDARD)).buyer(), tooLong, null, "nl",
                List.of(line("Proef", "1", "1.00", STANDARD)));
        assertThrows(BusinessException.class, () -> issuer.issue(bad, "test"));
        long id = issuer.issue(draft(null, line("Proef", "1", "1.00", STANDARD)), "test").orElseThrow();
        var seq = Db.number("SELECT seq FROM invoice WHERE id = ?", id);
        assertTrue(seq > before);
        assertEquals(Db.number("SELECT COUNT(*) FROM invoice WHERE invoice_year = ?", year),
                Db.number("SELECT MAX(seq) FROM invoice WHERE invoice_year = ?", year),
                "no gap after the rollback");

        // a number past the counter, and one the counter gave but with a gap before it, are refused
        assertThrows(SQLException.class, () -> insertRaw(year, seq + 5));
        assertThrows(SQLException.class, () -> Db.connect().createStatement().executeUpdate(
                "UPDATE invoice SET gross_total = gross_total + 1, net_total = net_total + 1 WHERE id = "
                        + id));
        assertThrows(SQLException.class, () -> Db.connect().createStatement().executeUpdate(
                "UPDATE invoice SET buyer_name = 'Iemand anders' WHERE id = " + id));
        assertThrows(SQLException.class, () -> Db.connect().createStatement().executeUpdate(
                "UPDATE invoice_line SET amount = 0 WHERE invoice_id = " + id));
        assertThrows(SQLException.class, () -> Db.connect().createStatement().executeUpdate(
                "DELETE FROM invoice_line WHERE invoice_id = " + id));
        assertThrows(SQLException.class, () -> Db.connect().createStatement().executeUpdate(
                "DELETE FROM invoice_document WHERE invoice_id = " + id));
        assertThrows(SQLException.class, () -> Db.connect().createStatement().executeUpdate(
                "UPDATE invoice_counter SET last_number = last_number + 2 WHERE invoice_year = " + year));
        assertEquals("1.21", Db.text("SELECT gross_total FROM invoice WHERE id = ?", id));
    }

    private static void insertRaw(int year, long seq) throws SQLException {
        try (var c = Db.connect(); var s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO invoice (invoice_year, seq, number, kind, purpose, buyer_name, issue_date, "
                            + "due_date, payment_reference, net_total, vat_total, gross_total, issued_by, issued_at) VALUES ("
                            + year + ", " + seq + ", 'X-" + seq
                            + "', 'INVOICE', 'OTHER', 'X', CURDATE(), CURDATE(), '"
                            + PaymentReference.of(year, (int) seq + 900_000) + "', 1, 0, 1, 'test', NOW())");
        }
    }

    @Test
    void linesCarryVatPerCategoryRoundedPerGroupAndCreditNotesCorrectPartOrAll() {
        long id = issuer.issue(draft(null,
                line("Training", "3", "33.33", STANDARD),
                line("Boek", "1", "10.05", STANDARD),
                line("Contributie", "1", "250.00", EXEMPT)), "test").orElseThrow();
        var detail = queries.detail(id).orElseThrow();
        // S 21%: (99.99 + 10.05) × 0.21 = 23.1084 → 23.11; E: 0
        assertEquals(new BigDecimal("360.04"), detail.net());
        assertEquals(new BigDecimal("23.11"), detail.vat());
        assertEquals(new BigDecimal("383.15"), detail.row().total());
        assertEquals(List.of("PDF", "UBL"), detail.formats());

        long note = issuer.credit(id, Map.of(1, new BigDecimal("1")), "test");
        var credited = queries.detail(note).orElseThrow();
        assertEquals(detail.row().number(), credited.corrects().number());
        assertEquals(new BigDecimal("40.33"), credited.row().total(), "33.33 + 21%");
        var after = queries.detail(id).orElseThrow();
        assertEquals(new BigDecimal("40.33"), after.credited());
        assertEquals(new BigDecimal("342.82"), after.row().outstanding());
        assertEquals(InvoiceStatus.OPEN, after.row().status());

        var tooMuch = assertThrows(BusinessException.class,
                () -> issuer.credit(id, Map.of(1, new BigDecimal("4")), "test"));
        assertEquals("invoice.credit.quantity", tooMuch.messageKey());
        assertEquals("invoice.credit.notAnInvoice",
                assertThrows(BusinessException.class, () -> issuer.credit(note, null, "test")).messageKey());
        // the rest: more than is left to credit is refused, exactly the rest is fine
        assertEquals("invoice.credit.tooMuch",
                assertThrows(BusinessException.class, () -> issuer.credit(id, null, "test")).messageKey());
        issuer.credit(id, Map.of(1, new BigDecimal("2"), 2, BigDecimal.ONE, 3, BigDecimal.ONE), "test");
        assertEquals(InvoiceStatus.CREDITED, queries.detail(id).orElseThrow().row().status());
        assertEquals(0, queries.detail(id).orElseThrow().row().outstanding().signum());
    }

    @Test
    void aMembershipRunPreviewsNumbersNothingAndASecondRunInvoicesNobodyTwice() {
        int year = 2090 + (int) (Math.random() * 9);
        var billed = InvoiceFixtures.billedMunicipality(Fixtures.email("factuur"));
        var unbilled = Fixtures.municipality(5_000);
        Fixtures.member(billed.id(), year);
        Fixtures.member(unbilled.id(), year);
        Db.update("INSERT INTO purchase_order (organisation_id, order_year, number) VALUES (?, ?, 'IO-4711')",
                billed.id(), year);
        int counter = (int) Db.number("SELECT COALESCE(MAX(last_number), 0) FROM invoice_counter");

        var preview = invoicing.preview(InvoicePurpose.MEMBERSHIP, year);
        var mine = preview.planned().stream().filter(p -> p.buyer().contains(billed.name())).toList();
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).issuable());
        assertEquals(new BigDecimal("100.00"), mine.get(0).gross(), "membership is exempt: no VAT");
        var blocked = preview.planned().stream().filter(p -> p.buyer().equals(unbilled.name())).findFirst()
                .orElseThrow();
        assertEquals("invoice.run.noBillingData", blocked.problem());
        assertEquals(counter, (int) Db.number("SELECT COALESCE(MAX(last_number), 0) FROM invoice_counter"),
                "a preview takes no number");

        var first = invoicing.run(InvoicePurpose.MEMBERSHIP, year, "test");
        assertTrue(first.issued() >= 1);
        assertEquals(0, invoicing.run(InvoicePurpose.MEMBERSHIP, year, "test").issued(), "nobody twice");
        var invoice = queries.list(new InvoiceQueries.Filter(null, null, InvoicePurpose.MEMBERSHIP, null,
                billed.id()), 0, 10);
        assertEquals(1, invoice.size());
        var detail = queries.detail(invoice.get(0).id()).orElseThrow();
        assertEquals("IO-4711", detail.orderReference());
        assertEquals(InvoiceFixtures.oin(billed.id()), detail.buyerOin());
        assertTrue(queries.file(invoice.get(0).id(), "PDF").isPresent());
        assertTrue(queries.file(invoice.get(0).id(), "UBL").isPresent());
        assertEquals(1L,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = 'invoice.issued'",
                        detail.buyerEmail()));
        assertTrue(invoicing.preview(InvoicePurpose.MEMBERSHIP, year).planned().stream()
                .filter(p -> p.buyer().contains(billed.name())).allMatch(p -> p.invoiced()));
    }

    @Test
    void theKrsdFeeIsBilledToTheRegistrantOrTheEmployerTheyChose() {
        int year = 2090 + (int) (Math.random() * 9);
        var self = Fixtures.registrant("ACTIVE");
        var employed = Fixtures.registrant("ACTIVE");
        // an active registrant has a period, as every one the register approves (the auditors' overview relies on it)
        for (var r : List.of(self, employed)) {
            Fixtures.period(r.id(), 1, Fixtures.today().minusYears(1), Fixtures.today().plusYears(4));
        }
        var employer = InvoiceFixtures.billedMunicipality(Fixtures.email("werkgever"));
        long person = Db.insert(
                "INSERT INTO person (account_id, first_name, last_name, email, status, created_at) "
                        + "VALUES (?, 'Test', 'Werknemer', ?, 'ACTIVE', UTC_TIMESTAMP(6))",
                employed.account().id(),
                employed.account().email());
        Fixtures.employ(person, employer.id(), "LEERPLICHTAMBTENAAR", Fixtures.today().minusYears(1));
        billing.chooseFeePayer(person, employer.id());
        assertEquals("invoice.payer.notEmployer", assertThrows(BusinessException.class,
                () -> billing.chooseFeePayer(person, Fixtures.municipality(1).id())).messageKey());

        invoicing.run(InvoicePurpose.KRSD_FEE, year, "test");
        var own = queries.detail(Db.number("SELECT id FROM invoice WHERE source_key = ?",
                "KRSD:" + year + ":" + self.id())).orElseThrow();
        assertEquals(self.account().email(), own.buyerEmail());
        assertEquals(List.of("PDF"), own.formats());
        assertEquals(new BigDecimal("114.95"), own.row().total(), "95.00 + 21% VAT");
        var paid = queries.detail(Db.number("SELECT id FROM invoice WHERE source_key = ?",
                "KRSD:" + year + ":" + employed.id())).orElseThrow();
        assertEquals(InvoiceFixtures.oin(employer.id()), paid.buyerOin());
        assertEquals(List.of("PDF", "UBL"), paid.formats());
        assertEquals(person, paid.personId(), "the registrant still sees it among their invoices");
        assertTrue(queries.mine(person).stream().anyMatch(r -> r.id() == paid.row().id()));
        assertEquals(0, invoicing.run(InvoicePurpose.KRSD_FEE, year, "test").issued());
        var export = privacy.export(employed.account().id());
        assertTrue(export.contains("\"invoices\"") && export.contains(paid.row().number()), export);
    }

    @Test
    void remindersGoOutAfterTheDueDateOnceEach() {
        var email = Fixtures.email("herinnering");
        var buyer = new nl.ingrado.portal.invoice.entity.Invoice.Buyer(null, null, "Herinnerde B.V.",
                "Laan 2",
                "1234 AB", "Proefstad", "NL", email, null, "12345678", null);
        var draft = new nl.ingrado.portal.invoice.entity.Invoice.Draft(InvoicePurpose.OTHER, null, buyer,
                "Ref", null,
                "nl", List.of(line("Advies", "1", "100.00", STANDARD)));
        // issued 50 days ago: due 20 days ago, past the first reminder (14) but not the second (28)
        var issued = issuer.issueOn(draft, "test", Fixtures.today().minusDays(50)).orElseThrow();
        assertTrue(reminders.sendDue() >= 1);
        assertEquals(1L,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = 'invoice.reminder1'",
                        email));
        reminders.sendDue();
        assertEquals(1L,
                Db.number(
                        "SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind LIKE 'invoice.reminder%'",
                        email),
                "not twice");
        assertEquals(1L, Db.number("SELECT reminders_sent FROM invoice WHERE id = ?", issued));
        assertFalse(
                Db.text("SELECT body FROM mail_log WHERE recipient = ? AND kind = 'invoice.reminder1'", email)
                        .isBlank());
    }

    @Test
    void eventFeesAreInvoicedOnceForConfirmedNonMembers() {
        var event = Fixtures.event().title("Training met kosten").fee("75.00").capacity(10).create();
        var email = Fixtures.email("gast");
        long registration = Db.insert(
                "INSERT INTO registration (event_id, name, email, language, member, status, "
                        + "registered_at, confirmed_at, checkin_code) VALUES (?, 'Gast Deelnemer', ?, 'nl', FALSE, 'CONFIRMED', "
                        + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?)",
                event.id(), email,
                UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        var preview = invoicing.preview(InvoicePurpose.EVENT_FEE, Fixtures.today().getYear());
        assertTrue(preview.planned().stream().anyMatch(p -> p.sourceKey().equals("EVENT:" + registration)));
        invoicing.run(InvoicePurpose.EVENT_FEE, Fixtures.today().getYear(), "system");
        invoicing.run(InvoicePurpose.EVENT_FEE, Fixtures.today().getYear(), "system");
        assertEquals(1L,
                Db.number("SELECT COUNT(*) FROM invoice WHERE source_key = ?", "EVENT:" + registration));
        long id = Db.number("SELECT id FROM invoice WHERE source_key = ?", "EVENT:" + registration);
        var detail = queries.detail(id).orElseThrow();
        assertEquals(new BigDecimal("75.00"), detail.row().total(), "event fees are exempt (education)");
        assertEquals(List.of("PDF"), detail.formats(), "a person gets no e-invoice");
        assertEquals(1L,
                Db.number("SELECT COUNT(*) FROM mail_log WHERE recipient = ? AND kind = 'invoice.issued'",
                        email));
    }
}
