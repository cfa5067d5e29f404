package nl.ingrado.portal.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.ingrado.portal.invoice.control.InvoiceDocument;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Line;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Party;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Type;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatCategory;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatSubtotal;

/**
 * Realistic invoice documents for tests, with their totals computed as EN 16931 does: a line amount
 * is quantity × price rounded to cents, the VAT of a category and rate is its taxable amount × rate
 * rounded to cents. {@link #sample()} is one valid invoice; the other methods build variations.
 */
public final class InvoiceDocuments {

    public static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    /** The education exemption that Ingrado's courses fall under (BT-120 of category E). */
    public static final String EDUCATION_EXEMPTION = "Vrijgesteld van btw: beroepsopleiding (art. 11 lid 1 sub o Wet OB 1968)";

    private InvoiceDocuments() {
    }

    /** A valid invoice: a municipality with OIN and purchase order number, one membership line at 21%. */
    public static InvoiceDocument sample() {
        return invoice("2026-00042", municipality(), "PO-2026-0815", "PO-2026-0815",
                List.of(line("1", "Lidmaatschap Ingrado 2026", "1", "1250.00", VatCategory.S, "21")));
    }

    /** Ingrado, the seller: a KvK number, a VAT number, its Peppol address is the KvK number. */
    public static Party ingrado() {
        return new Party("Ingrado", "Churchilllaan 11", "3527 GV", "Utrecht", "NL", "facturen@ingrado.nl",
                null,
                "40478925", "NL002948177B01", "0106", "40478925");
    }

    /** A municipality: identified by its OIN, also its Peppol address. */
    public static Party municipality() {
        return new Party("Gemeente 's-Hertogenbosch", "Wolvenhoek 1", "5211 HH", "'s-Hertogenbosch", "NL",
                "crediteuren@s-hertogenbosch.nl", "00000001001916870000", null, null, "0190",
                "00000001001916870000");
    }

    /** A school board with only a KvK number, no VAT number, no Peppol address of its own. */
    public static Party schoolBoard() {
        return new Party("Stichting Onderwijs & Zorg <Oost>", "Stationsplein 3", "7511 JD", "Enschede", "NL",
                "administratie@onderwijs-zorg.example", null, "41020304", null, null, null);
    }

    /** A person: neither OIN nor KvK number. */
    public static Party person() {
        return new Party("J. de Vries", "Dorpsstraat 7", "1234 AB", "Ergens", "NL", "j.devries@example.org",
                null,
                null, null, null, null);
    }

    public static Line line(String id, String description, String quantity, String unitPrice,
            VatCategory category,
            String rate) {
        var q = new BigDecimal(quantity);
        var p = new BigDecimal(unitPrice);
        return new Line(id, description, q, p, q.multiply(p).setScale(2, RoundingMode.HALF_UP), category,
                new BigDecimal(rate));
    }

    /** An invoice from Ingrado with the totals of its lines, due 30 days after issue. */
    public static InvoiceDocument invoice(String number, Party buyer, String buyerReference,
            String orderReference,
            List<Line> lines) {
        return document(Type.INVOICE, number, buyer, buyerReference, orderReference, null, null, lines);
    }

    /** A credit note of some lines of the invoice. */
    public static InvoiceDocument creditNote(String number, InvoiceDocument invoice, List<Line> lines) {
        return document(Type.CREDIT_NOTE, number, invoice.buyer(), invoice.buyerReference(),
                invoice.orderReference(),
                invoice.number(), invoice.issueDate(), lines);
    }

    private static InvoiceDocument document(Type type, String number, Party buyer, String buyerReference,
            String orderReference, String precedingNumber, LocalDate precedingIssueDate, List<Line> lines) {
        Map<String, VatSubtotal> byCategory = new TreeMap<>();
        for (var l : lines) {
            var key = l.category() + "/" + l.rate().stripTrailingZeros().toPlainString();
            var before = byCategory.get(key);
            var taxable = (before == null ? BigDecimal.ZERO : before.taxable()).add(l.amount());
            var tax = taxable.multiply(l.rate()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            byCategory.put(key, new VatSubtotal(l.category(), l.rate(), taxable, tax,
                    l.category() == VatCategory.E ? EDUCATION_EXEMPTION : null));
        }
        var vat = new ArrayList<>(byCategory.values());
        var lineTotal = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var vatTotal = vat.stream().map(VatSubtotal::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        var inclusive = lineTotal.add(vatTotal);
        var issued = type == Type.INVOICE ? ISSUED : ISSUED.plusDays(14);
        return new InvoiceDocument(type, number, issued, issued.plusDays(30), buyerReference, orderReference,
                precedingNumber, precedingIssueDate,
                String.format("%016d", Long.parseLong(number.replaceAll("\\D", ""))),
                null, ingrado(), buyer, "NL91ABNA0417164300", "ABNANL2A", lines, vat, lineTotal, lineTotal,
                vatTotal,
                inclusive, inclusive);
    }
}
