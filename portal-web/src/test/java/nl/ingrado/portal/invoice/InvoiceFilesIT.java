package nl.ingrado.portal.invoice;

import static nl.ingrado.portal.invoice.InvoiceFixtures.EXEMPT;
import static nl.ingrado.portal.invoice.InvoiceFixtures.STANDARD;
import static nl.ingrado.portal.invoice.InvoiceFixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ingrado.portal.invoice.boundary.InvoiceIssuer;
import nl.ingrado.portal.invoice.entity.Invoice;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.testing.ContainerTest;
import nl.ingrado.portal.testing.Db;
import nl.ingrado.portal.testing.UblValidator;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Element;

/**
 * The files the portal itself stores and mails: every UBL file the portal issued in the test database
 * (these and those of the other tests; not the placeholders a test wrote by SQL as 'fixture') validates against the rule set it names, SI-UBL 2.0 or Peppol BIS Billing 3.0,
 * and each PDF shows the figures of its UBL file. The portal issues in the container; the validator
 * (too large to deploy) runs beside the test, on the same database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoiceFilesIT extends ContainerTest {

    @Inject
    InvoiceIssuer issuer;

    @Test
    @Order(1)
    void issueInvoicesOfEveryShape() {
        var kvkOnly = new Invoice.Buyer(null, null, "Stichting \"Leren & Werken\" <Zuid>", "Kerkstraat 5",
                "5611 AB", "Eindhoven", "NL", null, null, "41234567", null);
        var withOin = new Invoice.Buyer(null, null, "Gemeente 's-Hertogenbosch", "Wolvenhoek 1", "5211 HA",
                "'s-Hertogenbosch", "NL", null, "00000001001234567000", null, "0190:00000001001234567000");
        long mixed = issuer.issue(new Invoice.Draft(InvoicePurpose.OTHER, null, withOin, "IO-2026-0042",
                "IO-2026-0042", "nl", List.of(line("Contributie 2026", "1", "1234.50", EXEMPT),
                        line("Training verzuimaanpak", "3", "333.35", STANDARD),
                        line("Werkboek", "7", "12.35", new nl.ingrado.portal.invoice.entity.Vat("S",
                                new BigDecimal("9"), null)))),
                "test").orElseThrow();
        issuer.issue(new Invoice.Draft(InvoicePurpose.KRSD_FEE, null, kvkOnly, "KRSD 2026", null, "en",
                List.of(line("KRSD registration, annual fee 2026", "1", "95.00", STANDARD))), "test")
                .orElseThrow();
        issuer.credit(mixed, Map.of(2, BigDecimal.ONE, 3, new BigDecimal("2")), "test");
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyStoredUblFileValidatesAndItsPdfShowsTheSameFigures() throws Exception {
        var rows = Db.rows(
                "SELECT u.invoice_id, i.language FROM invoice_document u JOIN invoice i ON i.id = u.invoice_id "
                        + "WHERE u.format = 'UBL' AND i.issued_by <> 'fixture' ORDER BY u.invoice_id DESC LIMIT 60");
        assertTrue(rows.size() >= 3, "the invoices of the test above at least");
        System.out.println("UBL rule sets: " + UblValidator.ruleSets());
        var failures = new ArrayList<String>();
        for (var row : rows) {
            long id = Long.parseLong(row.get(0));
            var ubl = content(id, "UBL");
            var errors = UblValidator.errors(ubl);
            if (!errors.isEmpty()) {
                failures.add(id + ": " + errors);
            }
            var pdf = pdfText(content(id, "PDF"));
            for (var amount : amounts(ubl)) {
                var shown = shown(amount, row.get(1));
                if (!pdf.contains(shown)) {
                    failures.add(id + ": the PDF lacks " + shown + " of the UBL file");
                }
            }
        }
        assertEquals(List.of(), failures);
        System.out.println("Validated " + rows.size() + " UBL files the portal stored, and their PDFs");
    }

    private static byte[] content(long invoiceId, String format) throws Exception {
        try (var c = Db.connect();
                var s = c.prepareStatement(
                        "SELECT content FROM invoice_document WHERE invoice_id = ? AND format = ?")) {
            s.setLong(1, invoiceId);
            s.setString(2, format);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        }
    }

    /** The totals and line amounts of a UBL invoice or credit note. */
    private static List<BigDecimal> amounts(byte[] ubl) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(ubl));
        var result = new ArrayList<BigDecimal>();
        for (var name : List.of("LineExtensionAmount", "TaxExclusiveAmount", "PayableAmount", "TaxAmount")) {
            var nodes = doc.getElementsByTagNameNS("*", name);
            for (int i = 0; i < nodes.getLength(); i++) {
                result.add(new BigDecimal(((Element) nodes.item(i)).getTextContent().strip()));
            }
        }
        return result;
    }

    private static String shown(BigDecimal amount, String language) {
        var symbols = DecimalFormatSymbols
                .getInstance("en".equals(language) ? Locale.UK : Locale.forLanguageTag("nl-NL"));
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                text.append(extractor.getTextFromPage(i)).append(' ');
            }
            return text.toString().replace('\u00a0', ' ');
        }
    }
}
