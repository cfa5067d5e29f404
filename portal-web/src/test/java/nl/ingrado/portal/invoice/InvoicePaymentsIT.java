package nl.ingrado.portal.invoice;

import static nl.ingrado.portal.invoice.InvoiceFixtures.STANDARD;
import static nl.ingrado.portal.invoice.InvoiceFixtures.draft;
import static nl.ingrado.portal.invoice.InvoiceFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.ingrado.portal.invoice.boundary.InvoiceIssuer;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.invoice.boundary.Invoicing;
import nl.ingrado.portal.invoice.boundary.Payments;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.PaymentReference;
import nl.ingrado.portal.invoice.entity.InvoiceStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Db;
import org.junit.jupiter.api.Test;

/**
 * Payments from CAMT.053 statements in the container: booked by payment reference or invoice number,
 * partial and over-payments, a batch entry, a returned payment, exactly once whatever is uploaded
 * again, and a bad file changes nothing.
 */
class InvoicePaymentsIT extends ContainerTest {

    @Inject
    InvoiceIssuer issuer;

    @Inject
    InvoiceQueries queries;

    @Inject
    Payments payments;

    @Inject
    Invoicing invoicing;

    record Issued(long id, String number, String reference) {
    }

    private Issued issue(String price) {
        long id = issuer.issue(draft(null, line("Contributie", "1", price, STANDARD)), "test").orElseThrow();
        return new Issued(id, Db.text("SELECT number FROM invoice WHERE id = ?", id),
                Db.text("SELECT payment_reference FROM invoice WHERE id = ?", id));
    }

    @Test
    void aStatementBooksEachPaymentOnceToTheCent() {
        var full = issue("100.00"); // 121.00 due
        var partly = issue("200.00"); // 242.00 due
        var over = issue("10.00"); // 12.10 due
        var returned = issue("50.00"); // 60.50 due
        var run = UUID.randomUUID().toString().substring(0, 8);
        var statement = camt(run, "S1",
                entry(run + "-1", "121.00", "CRDT", structured(full.reference()), "Gemeente A"),
                entry(run + "-2", "100.01", "CRDT", unstructured("factuur " + partly.number() + " deel 1"),
                        "Gemeente B"),
                batch(run + "-3", "CRDT",
                        tx(run + "-3a", "12.15", structured(over.reference()), "Gemeente C"),
                        tx(run + "-3b", "60.50", structured(returned.reference()), "Gemeente D")),
                entry(run + "-4", "60.50", "DBIT",
                        structured(returned.reference()) + "<RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>",
                        "Gemeente D"),
                entry(run + "-5", "33.00", "CRDT", unstructured("donatie zonder kenmerk"), "Iemand"),
                entry(run + "-6", "4.75", "DBIT", unstructured("Kosten betalingsverkeer"), "Bank"));

        var result = payments.upload(statement, "afschrift.xml", "test");
        assertEquals(7, result.transactions());
        assertEquals(0, result.alreadyKnown());
        assertEquals(5, result.matched());
        assertEquals(1, result.unmatched());
        assertEquals(1, result.ignored());

        assertEquals(InvoiceStatus.PAID, row(full).status());
        assertEquals(new BigDecimal("0.00"), row(full).outstanding());
        assertEquals(InvoiceStatus.PARTLY_PAID, row(partly).status());
        assertEquals(new BigDecimal("141.99"), row(partly).outstanding());
        assertEquals(InvoiceStatus.PAID, row(over).status());
        assertEquals(new BigDecimal("-0.05"), row(over).outstanding(),
                "paid 5 cents too much: shown, not lost");
        assertEquals(InvoiceStatus.OPEN, row(returned).status(), "paid, then the payment came back");
        assertEquals(new BigDecimal("60.50"), row(returned).outstanding());

        // the same file again, and an overlapping one with one new payment: only the new one books
        var again = payments.upload(statement, "afschrift.xml", "test");
        assertEquals(7, again.alreadyKnown());
        assertEquals(0, again.matched());
        var overlap = payments.upload(camt(run, "S2",
                entry(run + "-1", "121.00", "CRDT", structured(full.reference()), "Gemeente A"),
                entry(run + "-7", "141.99", "CRDT", structured(partly.reference()), "Gemeente B")),
                "dag.xml", "test");
        assertEquals(1, overlap.alreadyKnown());
        assertEquals(1, overlap.matched());
        assertEquals(new BigDecimal("121.00"), row(full).paid(), "not twice");
        assertEquals(InvoiceStatus.PAID, row(partly).status());
        assertEquals(2L, Db.number("SELECT COUNT(*) FROM invoice_payment WHERE invoice_id = ?", partly.id()));

        // staff assign what matched nothing by hand, once
        long donation = Db.number(
                "SELECT id FROM bank_transaction WHERE fingerprint LIKE ? AND status = 'UNMATCHED'",
                "%" + run + "-5%");
        payments.assign(donation, returned.number(), "test");
        assertEquals(new BigDecimal("27.50"), row(returned).outstanding());
        assertEquals("bank.transaction.done",
                assertThrows(BusinessException.class,
                        () -> payments.assign(donation, returned.number(), "test"))
                        .messageKey());
        assertEquals("bank.assign.noInvoice", assertThrows(BusinessException.class,
                () -> payments.assign(donation, "1999-99999", "test")).messageKey());
    }

    @Test
    void aPaidMembershipInvoiceMarksTheMembershipPaid() {
        int year = 2090 + (int) (Math.random() * 9);
        var org = InvoiceFixtures.billedMunicipality(nl.ingrado.portal.testing.Fixtures.email("contributie"));
        nl.ingrado.portal.testing.Fixtures.member(org.id(), year);
        invoicing.run(InvoicePurpose.MEMBERSHIP, year, "test");
        long membership = Db.number("SELECT id FROM membership WHERE organisation_id = ? AND member_year = ?",
                org.id(),
                year);
        var reference = Db.text("SELECT payment_reference FROM invoice WHERE source_key = ?",
                "MEMBERSHIP:" + membership);
        var run = UUID.randomUUID().toString().substring(0, 8);
        payments.upload(camt(run, "S1", entry(run + "-1", "100.00", "CRDT",
                unstructured("Contributie " + year + " kenmerk " + PaymentReference.grouped(reference)),
                "Gemeente")),
                "a.xml", "test");
        assertEquals("PAID", Db.text("SELECT status FROM membership WHERE id = ?", membership));
    }

    @Test
    void aMalformedOrForeignFileIsRefusedWithItsReasonAndChangesNothing() {
        long statements = Db.number("SELECT COUNT(*) FROM bank_statement");
        long transactions = Db.number("SELECT COUNT(*) FROM bank_transaction");
        assertEquals("camt.notXml", refused(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><GrpHdr>"));
        assertEquals("camt.notCamt053", refused("<html><body>Uw afschrift</body></html>"));
        assertEquals("camt.notCamt053", refused(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/></Document>"));
        assertEquals("camt.doctype", refused("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">&x;</Document>"));
        assertEquals("camt.empty", refused(""));
        var run = UUID.randomUUID().toString().substring(0, 8);
        var dollars = new String(camt(run, "S1", entry(run + "-1", "10.00", "CRDT", unstructured("x"), "A")),
                StandardCharsets.UTF_8).replace("Ccy=\"EUR\"", "Ccy=\"USD\"");
        assertEquals("camt.currency", refused(dollars));
        assertEquals(statements, Db.number("SELECT COUNT(*) FROM bank_statement"));
        assertEquals(transactions, Db.number("SELECT COUNT(*) FROM bank_transaction"));
    }

    private String refused(String xml) {
        var e = assertThrows(BusinessException.class,
                () -> payments.upload(xml.getBytes(StandardCharsets.UTF_8), "x.xml", "test"));
        assertEquals("file", e.field());
        return e.messageKey();
    }

    private InvoiceQueries.Row row(Issued invoice) {
        return queries.row(invoice.id());
    }

    // ---- a CAMT.053.001.02 statement as Dutch banks write it

    static byte[] camt(String run, String id, String... entries) {
        var xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                 <BkToCstmrStmt>
                  <GrpHdr><MsgId>MSG-%1$s-%2$s</MsgId><CreDtTm>2026-12-02T06:00:00</CreDtTm></GrpHdr>
                  <Stmt>
                   <Id>STMT-%1$s-%2$s</Id><CreDtTm>2026-12-02T06:00:00</CreDtTm>
                   <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>
                   %3$s
                  </Stmt>
                 </BkToCstmrStmt>
                </Document>
                """.formatted(run, id, String.join("\n", entries));
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String entry(String ref, String amount, String sign, String remittance, String party) {
        return """
                <Ntry><Amt Ccy="EUR">%2$s</Amt><CdtDbtInd>%3$s</CdtDbtInd><Sts>BOOK</Sts>
                 <BookgDt><Dt>2026-12-01</Dt></BookgDt><ValDt><Dt>2026-12-01</Dt></ValDt><AcctSvcrRef>%1$s</AcctSvcrRef>
                 <NtryDtls>%4$s</NtryDtls></Ntry>
                """
                .formatted(ref, amount, sign, tx(ref + "-tx", amount, remittance, party));
    }

    static String batch(String ref, String sign, String... txs) {
        var total = java.util.Arrays.stream(txs)
                .map(t -> new BigDecimal(t.replaceAll("(?s).*<Amt Ccy=\"EUR\">([0-9.]+)</Amt>.*", "$1")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return """
                <Ntry><Amt Ccy="EUR">%2$s</Amt><CdtDbtInd>%3$s</CdtDbtInd><Sts>BOOK</Sts>
                 <BookgDt><Dt>2026-12-01</Dt></BookgDt><AcctSvcrRef>%1$s</AcctSvcrRef>
                 <NtryDtls><Btch><NbOfTxs>%4$d</NbOfTxs></Btch>%5$s</NtryDtls></Ntry>
                """.formatted(ref, total.toPlainString(), sign, txs.length, String.join("\n", txs));
    }

    static String tx(String ref, String amount, String remittance, String party) {
        return """
                <TxDtls><Refs><AcctSvcrRef>%1$s</AcctSvcrRef><EndToEndId>E2E-%1$s</EndToEndId></Refs>
                 <AmtDtls><TxAmt><Amt Ccy="EUR">%2$s</Amt></TxAmt></AmtDtls>
                 <RltdPties><Dbtr><Nm>%4$s</Nm></Dbtr><DbtrAcct><Id><IBAN>NL02ABNA0123456789</IBAN></Id></DbtrAcct></RltdPties>
                 %3$s</TxDtls>
                """
                .formatted(ref, amount, remittance, party);
    }

    static String structured(String reference) {
        return "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>CUR</Issr></Tp><Ref>"
                + reference + "</Ref></CdtrRefInf></Strd></RmtInf>";
    }

    static String unstructured(String text) {
        return "<RmtInf><Ustrd>" + text + "</Ustrd></RmtInf>";
    }
}
