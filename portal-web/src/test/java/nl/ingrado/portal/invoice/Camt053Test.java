package nl.ingrado.portal.invoice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ingrado.portal.invoice.control.BankStatement;
import nl.ingrado.portal.invoice.control.BankStatement.Transaction;
import nl.ingrado.portal.invoice.control.Camt053;
import org.junit.jupiter.api.Test;

class Camt053Test {

    private static final String OWN = "NL20INGB0001234567";
    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    // ---- the ING month statement (camt.053.001.02)

    @Test
    void theHeaderOfTheStatement() {
        var statement = parse("ing-2026-11.xml");
        assertEquals("ING-CAMT053-20261201-0001", statement.messageId());
        assertEquals("2026-11-NL20INGB0001234567", statement.statementId());
        assertEquals(OWN, statement.accountIban());
        assertEquals(LocalDate.of(2026, 12, 1), statement.created());
        // 11 entries: one pending, one batch of three, so 10 - 1 + 3
        assertEquals(12, statement.transactions().size());
        assertEquals(List.of(1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10),
                statement.transactions().stream().map(Transaction::entryNumber).toList());
    }

    @Test
    void aCreditWithAStructuredReference() {
        var t = parse("ing-2026-11.xml").transactions().get(0);
        assertEquals(OWN + "|tx|ING2026110300017-1", t.fingerprint());
        assertEquals(1, t.entryNumber());
        assertEquals(LocalDate.of(2026, 11, 3), t.bookingDate());
        assertEquals(new BigDecimal("121.00"), t.amount());
        assertTrue(t.credit());
        assertFalse(t.reversal());
        assertFalse(t.returned());
        assertNull(t.returnReason());
        assertEquals("1202600000000040", t.creditorReference());
        assertNull(t.remittance());
        assertEquals("Gemeente Utrecht", t.counterpartyName());
        assertEquals("NL38BNGH0285012345", t.counterpartyIban());
        assertEquals("GU-2026-88731", t.endToEndId());
        assertEquals("ING2026110300017-1", t.bankReference());
    }

    @Test
    void aCreditWithAnInvoiceNumberInItsText() {
        var t = parse("ing-2026-11.xml").transactions().get(1);
        assertEquals(OWN + "|ntry|ING2026110300018|1", t.fingerprint());
        assertEquals(2, t.entryNumber());
        assertEquals(new BigDecimal("60.50"), t.amount());
        assertTrue(t.credit());
        assertNull(t.creditorReference());
        assertEquals("Factuur 2026-00042 lidmaatschap 2027", t.remittance());
        assertEquals("J. de Vries", t.counterpartyName());
        assertEquals("NL36INGB0007654321", t.counterpartyIban());
        assertNull(t.endToEndId(), "NOTPROVIDED is no reference");
        assertEquals("ING2026110300018", t.bankReference());
    }

    @Test
    void aBatchIsSplitIntoItsTransactions() {
        var batch = parse("ing-2026-11.xml").transactions().subList(2, 5);
        assertEquals(List.of(new BigDecimal("25.00"), new BigDecimal("37.50"), new BigDecimal("45.00")),
                batch.stream().map(Transaction::amount).toList());
        assertEquals(new BigDecimal("107.50"),
                batch.stream().map(Transaction::amount).reduce(BigDecimal::add).get());
        assertEquals(List.of("M. Bakker", "S. El Amrani", "H. Visser"),
                batch.stream().map(Transaction::counterpartyName).toList());
        assertEquals(List.of("NL42INGB0671234123", "NL44ASNB0708123456", "NL12TRIO0198765432"),
                batch.stream().map(Transaction::counterpartyIban).toList());
        assertEquals(List.of("INC-2026-11-0001", "INC-2026-11-0002", "INC-2026-11-0003"),
                batch.stream().map(Transaction::endToEndId).toList());
        assertEquals(List.of("Contributie 2027 factuur 2026-00043", "Contributie 2027 factuur 2026-00044",
                "Contributie 2027 factuur 2026-00045"), batch.stream().map(Transaction::remittance).toList());
        assertEquals(List.of(OWN + "|ntry|ING2026110500003|1", OWN + "|ntry|ING2026110500003|2",
                OWN + "|ntry|ING2026110500003|3"), batch.stream().map(Transaction::fingerprint).toList());
        for (var t : batch) {
            assertEquals(3, t.entryNumber());
            assertEquals(LocalDate.of(2026, 11, 5), t.bookingDate());
            assertTrue(t.credit());
            assertFalse(t.returned());
            assertEquals("ING2026110500003", t.bankReference());
        }
    }

    @Test
    void aReturnedDirectDebitIsADebitThatCameBack() {
        var t = parse("ing-2026-11.xml").transactions().get(5);
        assertEquals(4, t.entryNumber());
        assertEquals(new BigDecimal("45.00"), t.amount());
        assertFalse(t.credit());
        assertFalse(t.reversal(), "ING sets no reversal indicator on a return");
        assertTrue(t.returned());
        assertEquals("MD06", t.returnReason());
        // the creditor is Ingrado itself, so the member who sent it back is the counterparty
        assertEquals("H. Visser", t.counterpartyName());
        assertEquals("NL12TRIO0198765432", t.counterpartyIban());
        assertEquals("INC-2026-11-0003", t.endToEndId());
        assertEquals("Contributie 2027 factuur 2026-00045", t.remittance());
    }

    @Test
    void aPaymentAndItsReturn() {
        var transactions = parse("ing-2026-11.xml").transactions();
        var supplier = transactions.get(6);
        assertFalse(supplier.credit());
        assertEquals(new BigDecimal("250.00"), supplier.amount());
        assertEquals("Congrescentrum De Reehorst B.V.", supplier.counterpartyName());
        assertEquals("NL30RABO0301234567", supplier.counterpartyIban());
        assertEquals("Factuur R-2026-118 zaalhuur najaarscongres", supplier.remittance());

        var refund = transactions.get(7);
        var back = transactions.get(8);
        assertFalse(refund.credit());
        assertFalse(refund.returned());
        assertTrue(back.credit());
        assertTrue(back.reversal());
        assertTrue(back.returned());
        assertEquals("AC04", back.returnReason());
        assertEquals(refund.amount(), back.amount());
        assertEquals(refund.endToEndId(), back.endToEndId());
        // a credit names the debtor, here Ingrado itself; the refunded member is the counterparty
        assertEquals("P. Jansen", back.counterpartyName());
        assertEquals("NL57INGB0003336667", back.counterpartyIban());
        assertNotEquals(refund.fingerprint(), back.fingerprint());
    }

    @Test
    void twoEqualPaymentsWithoutBankReferencesStayTwo() {
        var transactions = parse("ing-2026-11.xml").transactions();
        var first = transactions.get(9);
        var second = transactions.get(10);
        assertEquals(first.amount(), second.amount());
        assertEquals("K. Bakker", first.counterpartyName());
        assertNull(first.bankReference());
        var key = OWN + "|2026-11-20|C15.00||||||NL07KNAB0255123456";
        assertEquals(key, first.fingerprint());
        assertEquals(key + "#2", second.fingerprint());
    }

    @Test
    void bankCostsWithoutDetails() {
        var t = parse("ing-2026-11.xml").transactions().get(11);
        assertEquals(10, t.entryNumber());
        assertEquals(new BigDecimal("12.85"), t.amount());
        assertFalse(t.credit());
        assertFalse(t.returned());
        assertEquals("Kosten zakelijk betalingsverkeer november 2026", t.remittance());
        assertNull(t.counterpartyName());
        assertNull(t.counterpartyIban());
        assertNull(t.creditorReference());
        assertEquals("ING2026113000001", t.bankReference());
        assertEquals(OWN + "|ntry|ING2026113000001|1", t.fingerprint());
    }

    @Test
    void pendingEntriesAreSkipped() {
        var transactions = parse("ing-2026-11.xml").transactions();
        assertTrue(transactions.stream().noneMatch(t -> t.entryNumber() == 11));
        assertTrue(transactions.stream().noneMatch(t -> "ING2026113000002".equals(t.bankReference())));
    }

    @Test
    void amountsAreExactCentsAndTheStatementAddsUp() {
        var transactions = parse("ing-2026-11.xml").transactions();
        var net = BigDecimal.ZERO;
        for (var t : transactions) {
            assertEquals(2, t.amount().scale());
            assertTrue(t.amount().signum() > 0);
            net = net.add(t.credit() ? t.amount() : t.amount().negate());
        }
        // opening balance 1000.00, closing 1011.15
        assertEquals(new BigDecimal("11.15"), net);
    }

    // ---- fingerprints

    @Test
    void fingerprintsAreUniqueStableAndShort() {
        var first = parse("ing-2026-11.xml").transactions().stream().map(Transaction::fingerprint).toList();
        var again = parse("ing-2026-11.xml").transactions().stream().map(Transaction::fingerprint).toList();
        assertEquals(first, again);
        assertEquals(first.size(), new HashSet<>(first).size());
        assertTrue(first.stream().allMatch(f -> f.length() <= 128));
    }

    @Test
    void aDayStatementOverlapsTheMonthStatement() {
        var month = byFingerprint(parse("ing-2026-11.xml"));
        for (var day : List.of("ing-2026-11-03.xml", "ing-2026-11-20.xml")) {
            var transactions = parse(day).transactions();
            assertEquals(2, transactions.size(), day);
            for (var t : transactions) {
                var same = month.get(t.fingerprint());
                assertTrue(same != null, day + ": " + t.fingerprint() + " is in the month statement");
                assertEquals(t.amount(), same.amount());
                assertEquals(t.counterpartyName(), same.counterpartyName());
                assertEquals(t.bookingDate(), same.bookingDate());
            }
        }
    }

    @Test
    void aLongReferenceIsHashed() {
        var reference = "R".repeat(130);
        var xml = statement(entry("CRDT", "10.00", "<AcctSvcrRef>" + reference + "</AcctSvcrRef>", ""));
        var fingerprint = read(xml).transactions().get(0).fingerprint();
        assertTrue(fingerprint.matches("sha256:[0-9a-f]{64}"), fingerprint);
        assertEquals(fingerprint, read(xml).transactions().get(0).fingerprint());
    }

    @Test
    void aBankReferenceThatEveryDetailRepeatsDoesNotTellThemApart() {
        var details = detail("6.00", "<AcctSvcrRef>SAME</AcctSvcrRef>")
                + detail("4.00", "<AcctSvcrRef>SAME</AcctSvcrRef>");
        var xml = statement(entry("CRDT", "10.00", "<AcctSvcrRef>E1</AcctSvcrRef>", details));
        assertEquals(List.of(OWN + "|ntry|E1|1", OWN + "|ntry|E1|2"),
                read(xml).transactions().stream().map(Transaction::fingerprint).toList());
    }

    // ---- the Rabobank statement (camt.053.001.08)

    @Test
    void theNewerVersionOfRabobank() {
        var statement = parse("rabo-2026-11.xml");
        assertEquals("RABO-20261201-053-7781", statement.messageId());
        assertEquals("NL44RABO0123456789-2026-11", statement.statementId());
        assertEquals("NL44RABO0123456789", statement.accountIban(), "spaces removed");
        assertEquals(LocalDate.of(2026, 12, 1), statement.created());
        var transactions = statement.transactions();
        assertEquals(4, transactions.size(), "the pending entry skipped");

        var municipality = transactions.get(0);
        assertEquals("NL44RABO0123456789|ntry|RABO-2026110400000312|1", municipality.fingerprint());
        assertEquals(LocalDate.of(2026, 11, 4), municipality.bookingDate());
        assertEquals(new BigDecimal("484.00"), municipality.amount());
        assertTrue(municipality.credit());
        assertEquals("8202600000000042", municipality.creditorReference());
        assertEquals("Gemeente Amersfoort", municipality.counterpartyName());
        assertEquals("NL38BNGH0285012345", municipality.counterpartyIban());
        assertEquals("AMF-2026-4471", municipality.endToEndId());
        assertEquals("RABO-2026110400000312", municipality.bankReference());

        var phone = transactions.get(1);
        assertFalse(phone.credit());
        assertEquals("KPN B.V.", phone.counterpartyName());
        assertEquals("NL42INGB0671234123", phone.counterpartyIban());
        assertEquals("Factuur 8812345 november 2026 Zakelijk mobiel", phone.remittance());

        var batch = transactions.get(2);
        assertEquals(3, batch.entryNumber());
        assertEquals(new BigDecimal("1250.00"), batch.amount(),
                "a batch without amounts per transaction is one");
        assertEquals("Verzamelbetaling BATCH-2026-11-10, 3 posten", batch.remittance());
        assertNull(batch.counterpartyName());

        var costs = transactions.get(3);
        assertEquals(LocalDate.of(2026, 11, 30), costs.bookingDate(), "from BookgDt/DtTm");
        assertEquals(new BigDecimal("2.97"), costs.amount());
        assertEquals("Kosten Rabo BasisPakket november", costs.remittance());
        assertNull(costs.endToEndId());
    }

    @Test
    void theTourSamplePaysThreeInvoices() {
        var statement = parse("sample-tour.xml");
        var credits = statement.transactions().stream().filter(Transaction::credit).toList();
        assertEquals(3, credits.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(credits.get(i).remittance().contains("2026-0000" + (i + 1)),
                    credits.get(i).remittance());
        }
        assertEquals("4202600000000001", credits.get(0).creditorReference());
        assertEquals(4, statement.transactions().size());
    }

    // ---- details of the format

    @Test
    void anyVersionOfCamt053() {
        var xml = statement(entry("CRDT", "10", "", "")).replace("camt.053.001.02", "camt.053.001.13");
        assertEquals(new BigDecimal("10.00"), read(xml).transactions().get(0).amount());
    }

    @Test
    void severalStatementsOfOneAccount() {
        var one = stmt("DAY-1", OWN, entry("CRDT", "1.00", "<AcctSvcrRef>A</AcctSvcrRef>", ""));
        var two = stmt("DAY-2", "nl20 ingb 0001 2345 67",
                entry("DBIT", "2.00", "<AcctSvcrRef>B</AcctSvcrRef>", ""));
        var statement = Camt053.parse(document(one + two));
        assertEquals("DAY-1, DAY-2", statement.statementId());
        assertEquals(List.of(1, 2), statement.transactions().stream().map(Transaction::entryNumber).toList());
    }

    @Test
    void aBatchWithoutAmountsPerTransactionIsOneTransaction() {
        var xml = statement(entry("DBIT", "30.00", "<AcctSvcrRef>B1</AcctSvcrRef>",
                "<Btch><NbOfTxs>2</NbOfTxs></Btch>" + detail(null, "<EndToEndId>A</EndToEndId>")
                        + detail(null, "<EndToEndId>B</EndToEndId>")));
        var transactions = read(xml).transactions();
        assertEquals(1, transactions.size());
        assertEquals(new BigDecimal("30.00"), transactions.get(0).amount());
        assertNull(transactions.get(0).endToEndId());
    }

    @Test
    void aSingleDetailWithoutAmountTakesTheEntrys() {
        var xml = statement(entry("CRDT", "30.00", "", detail(null, "<EndToEndId>A</EndToEndId>")));
        var t = read(xml).transactions().get(0);
        assertEquals(new BigDecimal("30.00"), t.amount());
        assertEquals("A", t.endToEndId());
    }

    @Test
    void aReturnIsRecognisedByItsCodeAlone() {
        var codes = "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>RRTN</SubFmlyCd></Fmly></Domn></BkTxCd>";
        var t = read(statement(entry("DBIT", "5.00", codes, ""))).transactions().get(0);
        assertTrue(t.returned());
        assertFalse(t.reversal());
        assertNull(t.returnReason());
    }

    // ---- refusals

    @Test
    void emptyFiles() {
        assertRefused("camt.empty", new byte[0]);
        assertRefused("camt.empty", bytes(" \r\n\t"));
        assertRefused("camt.empty", (byte[]) null);
    }

    @Test
    void tooLargeBeforeReading() {
        var xml = new byte[Camt053.MAX_BYTES + 1];
        assertRefused("camt.tooLarge", xml, 20);
    }

    @Test
    void notXmlAtAll() {
        assertRefused("camt.notXml", bytes("Datum;Naam;Bedrag\n2026-11-03;Gemeente Utrecht;121,00\n"), 1, 1);
        assertEquals("camt.notXml", refusal(resource("truncated.xml")).messageKey());
        assertEquals("camt.notXml",
                refusal(bytes("<Document xmlns=\"" + NS + "\"><BkToCstmrStmt>")).messageKey());
        assertEquals("camt.notXml", refusal(bytes("<?xml version=\"1.0\"?>")).messageKey());
        // Latin-1 bytes in a file that says it is UTF-8
        var latin1 = statement(entry("CRDT", "1.00", "<AddtlNtryInf>café</AddtlNtryInf>", ""))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("camt.notXml", refusal(latin1).messageKey());
    }

    @Test
    void otherDocuments() {
        assertRefused("camt.notCamt053", resource("pain-001.xml"),
                "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03",
                "Document");
        assertRefused("camt.notCamt053", resource("camt-054.xml"),
                "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02",
                "Document");
        assertRefused("camt.notCamt053", bytes(statement("").replace("camt.053.001.02", "camt.052.001.02")),
                "urn:iso:std:iso:20022:tech:xsd:camt.052.001.02", "Document");
        assertRefused("camt.notCamt053", bytes("<?xml version=\"1.0\"?><Invoice xmlns="
                + "\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>2026-00042</ID></Invoice>"),
                "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "Invoice");
        assertRefused("camt.notCamt053",
                bytes("<html><head><meta charset=utf-8></head><body>Inloggen</body></html>"),
                "", "html");
        assertRefused("camt.notCamt053",
                bytes("<!DOCTYPE html>\n<html lang=\"nl\"><body>Mijn ING</body></html>"),
                "", "html");
        assertRefused("camt.notCamt053", bytes("<Document><BkToCstmrStmt/></Document>"), "", "Document");
        assertRefused("camt.notCamt053", bytes(statement("").replace(NS, NS + "x")), NS + "x", "Document");
    }

    @Test
    void externalEntitiesAreNeverRead() {
        var refused = refusal(resource("doctype-xxe.xml"));
        assertEquals("camt.doctype", refused.messageKey());
        assertFalse(refused.getMessage().contains("root:"), refused.getMessage());
        assertFalse(List.of(refused.arguments()).toString().contains("root:"));
        // also when the entity stands where the parser would look first
        var inline = "<!DOCTYPE Document SYSTEM \"file:///etc/passwd\"><Document xmlns=\"" + NS + "\"/>";
        assertRefused("camt.doctype", bytes(inline));
    }

    @Test
    void noExternalDtdOrEntityIsFetched() throws IOException {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            var url = "http://127.0.0.1:" + server.getLocalPort();
            var xml = "<?xml version=\"1.0\"?><!DOCTYPE Document SYSTEM \"" + url
                    + "/camt.dtd\" [<!ENTITY x SYSTEM \""
                    + url + "/x\">]><Document xmlns=\"" + NS
                    + "\"><BkToCstmrStmt>&x;</BkToCstmrStmt></Document>";
            assertRefused("camt.doctype", bytes(xml));
            assertThrows(SocketTimeoutException.class, () -> server.accept().close(),
                    "nobody asked the server");
        }
    }

    @Test
    void anEntityBombDoesNotGoOff() {
        assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertRefused("camt.doctype", resource("entity-bomb.xml")));
    }

    @Test
    void tooDeep() {
        var xml = statement("").replace("<Stmt>", "<Stmt>" + "<X>".repeat(100) + "</X>".repeat(100));
        assertRefused("camt.tooDeep", bytes(xml));
    }

    @Test
    void withoutStatements() {
        assertRefused("camt.noStatement", bytes("<Document xmlns=\"" + NS + "\"><Other/></Document>"));
        assertRefused("camt.noStatement", document(""));
    }

    @Test
    void aBrokenHeader() {
        assertRefused("camt.badHeader", bytes(new String(document(""), StandardCharsets.UTF_8)
                .replace("<MsgId>M1</MsgId>", "")), "GrpHdr/MsgId");
        assertRefused("camt.badHeader", bytes(new String(document(""), StandardCharsets.UTF_8)
                .replace("2026-12-01T06:12:33", "1 december")), "GrpHdr/CreDtTm");
    }

    @Test
    void accounts() {
        assertRefused("camt.noAccount", document(stmt("S1", OWN, "") + stmt("S2", null, "")), 2);
        assertRefused("camt.severalAccounts",
                document(stmt("S1", OWN, "") + stmt("S2", "NL44RABO0123456789", "")),
                OWN, "NL44RABO0123456789");
    }

    @Test
    void badAmounts() {
        assertRefused("camt.badAmount", statement(entry("CRDT", "12.345", "", "")), 1, "12.345");
        assertRefused("camt.badAmount", statement(entry("CRDT", "-5.00", "", "")), 1, "-5.00");
        assertRefused("camt.badAmount", statement(entry("CRDT", "12,50", "", "")), 1, "12,50");
        assertRefused("camt.badAmount", statement(entry("CRDT", "1E3", "", "")), 1, "1E3");
        assertRefused("camt.badAmount", statement(entry("CRDT", "", "", "")), 1, "");
        assertRefused("camt.badAmount", statement(entry("CRDT", "10.00", "", "")
                + entry("CRDT", "10.00", "", detail("abc", ""))), 2, "abc");
    }

    @Test
    void onlyEuros() {
        assertRefused("camt.currency", resource("usd.xml"), 1, "USD");
        var foreignDetail = detail("10.00", "").replace("Ccy=\"EUR\"", "Ccy=\"GBP\"");
        assertRefused("camt.currency", statement(entry("CRDT", "10.00", "", foreignDetail)), 1, "GBP");
        assertRefused("camt.currency", statement(entry("CRDT", "10.00", "", "")).replace(" Ccy=\"EUR\"", ""),
                1, "");
    }

    @Test
    void aBatchThatDoesNotAddUp() {
        var details = detail("25.00", "") + detail("37.50", "") + detail("45.01", "");
        assertRefused("camt.batchSum", statement(entry("CRDT", "107.50", "", details)), 1, "107.51",
                "107.50");
        // a debit inside a batch of credits counts against it
        var mixed = detail("25.00", "")
                + detail("5.00", "").replace("<Refs>", "<CdtDbtInd>DBIT</CdtDbtInd><Refs>");
        assertEquals(2, read(statement(entry("CRDT", "20.00", "", mixed))).transactions().size());
        assertRefused("camt.batchSum", statement(entry("CRDT", "30.00", "", mixed)), 1, "20.00", "30.00");
        // a single detail must match its entry too
        assertRefused("camt.batchSum", statement(entry("CRDT", "10.00", "", detail("9.99", ""))), 1, "9.99",
                "10.00");
    }

    @Test
    void brokenEntries() {
        var good = entry("CRDT", "10.00", "", "");
        assertRefused("camt.badEntry", statement(good.replace("<Sts>BOOK</Sts>", "")), 1, "Sts");
        assertRefused("camt.badEntry", statement(good.replace("CRDT", "CREDIT")), 1, "CdtDbtInd");
        assertRefused("camt.badEntry", statement(good.replace("<BookgDt><Dt>2026-11-03</Dt></BookgDt>", "")),
                1,
                "BookgDt");
        assertRefused("camt.badEntry", statement(good.replace("2026-11-03", "2026-11-31")), 1, "BookgDt");
        assertRefused("camt.badEntry", statement(good.replace("<Sts>", "<RvslInd>ja</RvslInd><Sts>")), 1,
                "RvslInd");
        assertRefused("camt.badEntry",
                statement(entry("CRDT", "10.00", "", detail("4.00", "") + detail(null, ""))),
                1, "TxDtls/AmtDtls/TxAmt/Amt");
    }

    @Test
    void aPendingEntryIsNotChecked() {
        var pending = entry("CRDT", "not an amount", "", "").replace("<Sts>BOOK</Sts>", "<Sts>PDNG</Sts>");
        assertTrue(read(statement(pending)).transactions().isEmpty());
    }

    // ---- helpers

    private static BankStatement parse(String name) {
        return Camt053.parse(resource(name));
    }

    private static BankStatement read(String xml) {
        return Camt053.parse(bytes(xml));
    }

    private static Map<String, Transaction> byFingerprint(BankStatement statement) {
        return statement.transactions().stream()
                .collect(Collectors.toMap(Transaction::fingerprint, Function.identity()));
    }

    private static byte[] resource(String name) {
        try (var in = Camt053Test.class.getResourceAsStream("/camt/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource camt/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Camt053.Refused refusal(byte[] xml) {
        return assertThrows(Camt053.Refused.class, () -> Camt053.parse(xml));
    }

    private static void assertRefused(String key, byte[] xml, Object... arguments) {
        var refused = refusal(xml);
        assertEquals(key, refused.messageKey(), refused.getMessage());
        assertEquals(key, refused.key());
        if (arguments.length > 0) {
            assertArrayEquals(arguments, refused.arguments(), refused.getMessage());
        }
    }

    private static void assertRefused(String key, String xml, Object... arguments) {
        assertRefused(key, bytes(xml), arguments);
    }

    /** A Document around the statements. */
    private static byte[] document(String statements) {
        return bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"" + NS
                + "\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-12-01T06:12:33</CreDtTm></GrpHdr>" + statements
                + "</BkToCstmrStmt></Document>");
    }

    private static String stmt(String id, String iban, String entries) {
        var account = iban == null
                ? "<Acct><Id><Othr><Id>123</Id></Othr></Id></Acct>"
                : "<Acct><Id><IBAN>" + iban + "</IBAN></Id></Acct>";
        return "<Stmt><Id>" + id + "</Id>" + account + entries + "</Stmt>";
    }

    /** One statement of Ingrado's account with the entries. */
    private static String statement(String entries) {
        return new String(document(stmt("S1", OWN, entries)), StandardCharsets.UTF_8);
    }

    private static String entry(String indicator, String amount, String extra, String details) {
        return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + indicator
                + "</CdtDbtInd><Sts>BOOK</Sts>"
                + "<BookgDt><Dt>2026-11-03</Dt></BookgDt>" + extra
                + (details.isEmpty() ? "" : "<NtryDtls>" + details + "</NtryDtls>") + "</Ntry>";
    }

    /** A TxDtls with an amount (none when null) and what goes into its Refs. */
    private static String detail(String amount, String refs) {
        return "<TxDtls><Refs>" + refs + "</Refs>"
                + (amount == null
                        ? ""
                        : "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">" + amount + "</Amt></TxAmt></AmtDtls>")
                + "</TxDtls>";
    }
}
