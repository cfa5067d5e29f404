package nl.ingrado.portal.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import nl.ingrado.portal.invoice.control.InvoiceDocument;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Line;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Party;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Type;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatCategory;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatSubtotal;
import nl.ingrado.portal.invoice.control.InvoicePdf;
import nl.ingrado.portal.invoice.control.InvoicePdf.Labels;

class InvoicePdfTest {

    private static final String EXEMPTION = "Vrijgesteld van btw op grond van art. 11 lid 1 sub o Wet OB 1968";

    /** Four lines over three VAT categories; its figures are checked by hand in the tests below. */
    private static List<Line> fourLines() {
        return List.of(
                line("1",
                        "Lidmaatschap Ingrado 2027, organisatielidmaatschap voor de afdeling leerplicht en RMC "
                                + "(inclusief kennisbank, regiobijeenkomsten en één plaats op het jaarcongres)",
                        "1", "1234.50", VatCategory.S, "21"),
                line("2", "Jaarcongres 2027: deelname, café & lunch", "3", "245.00", VatCategory.E, "0"),
                line("3", "Cursus Verzuimaanpak, dagdeel", "2.5", "99.95", VatCategory.S, "21"),
                line("4", "Handboek Leerplicht (drukwerk)", "1", "12.50", VatCategory.Z, "0"));
    }

    private static Line line(String id, String description, String quantity, String price,
            VatCategory category,
            String rate) {
        var q = new BigDecimal(quantity);
        var p = new BigDecimal(price);
        return new Line(id, description, q, p, q.multiply(p).setScale(2, RoundingMode.HALF_UP), category,
                new BigDecimal(rate));
    }

    /** A document as the invoice service would compute it: VAT per category and rate, then the totals. */
    private static InvoiceDocument sample(Type type, String buyerName, List<Line> lines) {
        var groups = new LinkedHashMap<String, List<Line>>();
        lines.forEach(
                l -> groups.computeIfAbsent(l.category() + "/" + l.rate(), k -> new ArrayList<>()).add(l));
        var vat = new ArrayList<VatSubtotal>();
        groups.values().forEach(group -> {
            var first = group.get(0);
            var taxable = group.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            var tax = taxable.multiply(first.rate()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            vat.add(new VatSubtotal(first.category(), first.rate(), taxable, tax,
                    first.category() == VatCategory.E ? EXEMPTION : null));
        });
        var lineTotal = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var vatTotal = vat.stream().map(VatSubtotal::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        var seller = new Party("Vereniging Ingrado", "Postbus 1234", "3500 AA", "Utrecht", "NL",
                "financien@ingrado.nl", null, "40531234", "NL001234567B01", "0106", "40531234");
        var buyer = new Party(buyerName, "Postbus 12345", "5200 GZ", "'s-Hertogenbosch", "NL",
                "crediteuren@s-hertogenbosch.nl", "00000001001234567000", null, null, "0190",
                "00000001001234567000");
        var credit = type == Type.CREDIT_NOTE;
        return new InvoiceDocument(type, credit ? "2026-00043" : "2026-00042", LocalDate.of(2026, 12, 3),
                credit ? null : LocalDate.of(2027, 1, 2), "PO-2026-7781", "PO-2026-7781",
                credit ? "2026-00042" : null, credit ? LocalDate.of(2026, 11, 20) : null, "1234567890123456",
                credit ? "Creditering van de dubbel gefactureerde deelname." : null, seller, buyer,
                "NL91ABNA0417164300", "ABNANL2A", lines, vat, lineTotal, lineTotal, vatTotal,
                lineTotal.add(vatTotal),
                lineTotal.add(vatTotal));
    }

    private static InvoiceDocument invoice() {
        return sample(Type.INVOICE, "Gemeente 's-Hertogenbosch", fourLines());
    }

    /** The text of each page on one line, spaces evened out, so that figures and wrapped sentences compare as typed. */
    private static List<String> pages(byte[] pdf) throws IOException {
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var pages = new ArrayList<String>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(extractor.getTextFromPage(i).replace('\u00a0', ' ').replaceAll("\\s+", " "));
                var size = reader.getPageSize(i);
                assertEquals(595, Math.round(size.getWidth()), "A4 width");
                assertEquals(842, Math.round(size.getHeight()), "A4 height");
            }
            return pages;
        }
    }

    private static void assertContains(String text, String... expected) {
        for (var e : expected) {
            assertTrue(text.contains(e), () -> "missing \"" + e + "\" in:\n" + text);
        }
    }

    /** Writes the PDF for a person to look at when -Dinvoice.samples=DIR is given. */
    private static byte[] keep(String name, byte[] pdf) throws IOException {
        var dir = System.getProperty("invoice.samples");
        if (dir != null && !dir.isBlank()) {
            Files.write(Path.of(dir, name), pdf);
        }
        return pdf;
    }

    @Test
    void dutchInvoiceShowsEveryFigureTheDutchWay() throws IOException {
        var pages = pages(keep("invoice-sample-nl.pdf", InvoicePdf.write(invoice(), Labels.dutch())));
        assertEquals(1, pages.size());
        var text = pages.get(0);
        assertContains(text, "Ingrado", "Factuur", "Factuurnummer", "2026-00042",
                "Factuurdatum", "3 december 2026", "Vervaldatum", "2 januari 2027",
                "Inkoopordernummer", "PO-2026-7781",
                // seller and buyer
                "Vereniging Ingrado", "Postbus 1234", "KvK 40531234", "Btw-nummer NL001234567B01",
                "financien@ingrado.nl", "Gemeente 's-Hertogenbosch", "OIN 00000001001234567000",
                "crediteuren@s-hertogenbosch.nl",
                // the lines: 1 × 1234.50, 3 × 245, 2.5 × 99.95 = 249.875, 1 × 12.50
                "café & lunch", "2,5", "€ 99,95", "€ 1.234,50", "€ 735,00", "€ 249,88", "€ 12,50",
                "21%", "0%", "vrijgesteld",
                // VAT: 21% over 1,484.38 = 311.72; exempt 735; zero rate 12.50
                "Btw-specificatie", "€ 1.484,38", "€ 311,72", "Vrijgesteld", EXEMPTION,
                "Totaal excl. btw", "€ 2.231,88", "Te betalen", "€ 2.543,60",
                "€ 2.543,60 vóór 2 januari 2027", "IBAN NL91 ABNA 0417 1643 00",
                "ten name van Vereniging Ingrado",
                "betalingskenmerk 1234 5678 9012 3456", "1/1");
        assertFalse(text.contains("Totaal incl. btw"), "the same as what is due, so not said twice");
        assertFalse(text.contains("Corrigeert"));
    }

    @Test
    void englishInvoiceShowsEveryFigureTheEnglishWay() throws IOException {
        var text = String.join("\n", pages(keep("invoice-sample-en.pdf",
                InvoicePdf.write(invoice(), Labels.english()))));
        assertContains(text, "Invoice", "Invoice number", "2026-00042", "Invoice date", "3 December 2026",
                "Due date", "2 January 2027", "Purchase order number", "PO-2026-7781", "CoC 40531234",
                "VAT number NL001234567B01",
                "Quantity", "Unit price", "2.5", "€99.95", "€1,234.50", "€735.00", "€249.88", "€12.50",
                "exempt",
                "VAT breakdown", "€1,484.38", "€311.72", "Exempt", EXEMPTION,
                "Total excl. VAT", "€2,231.88", "Amount due", "€2,543.60",
                "Please pay €2,543.60 before 2 January 2027 to IBAN NL91 ABNA 0417 1643 00",
                "in the name of Vereniging Ingrado", "payment reference 1234 5678 9012 3456", "1/1");
        assertFalse(text.contains("€ "), "no space after the euro sign in English");
    }

    @Test
    void creditNoteNamesTheInvoiceItCorrects() throws IOException {
        var note = sample(Type.CREDIT_NOTE, "Gemeente 's-Hertogenbosch", List.of(
                line("1", "Jaarcongres 2027: deelname, café & lunch", "1", "245.00", VatCategory.E, "0"),
                line("2", "Cursus Verzuimaanpak, dagdeel", "1", "1000", VatCategory.S, "21")));
        var nl = String.join("\n",
                pages(keep("creditnote-sample-nl.pdf", InvoicePdf.write(note, Labels.dutch()))));
        assertContains(nl, "Creditnota", "Creditnotanummer", "2026-00043", "3 december 2026",
                "Corrigeert factuur", "2026-00042 (20 november 2026)", "dubbel gefactureerde deelname",
                "€ 245,00", "€ 1.000,00", "€ 210,00", "€ 1.245,00", "Totaal gecrediteerd", "€ 1.455,00",
                "verrekenen wij met factuur 2026-00042", EXEMPTION);
        assertFalse(nl.contains("Vervaldatum"));
        assertFalse(nl.contains("Te betalen"));

        var en = String.join("\n", pages(InvoicePdf.write(note, Labels.english())));
        assertContains(en, "Credit note", "Credit note number", "2026-00043", "3 December 2026",
                "Corrects invoice", "2026-00042 (20 November 2026)", "€245.00", "€1,000.00", "€210.00",
                "€1,245.00", "Total credited", "€1,455.00", "against invoice 2026-00042");
        assertFalse(en.contains("Due date"));
    }

    @Test
    void fortyLinesFlowOntoMorePagesWithTheHeaderOnEach() throws IOException {
        var lines = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> line(String.valueOf(i), "Regiobijeenkomst " + i + ": deelname en materiaal "
                        + "voor leerplichtambtenaren en RMC-trajectbegeleiders", String.valueOf(i % 3 + 1),
                        i + ".25", i % 5 == 0 ? VatCategory.E : VatCategory.S, i % 5 == 0 ? "0" : "21"))
                .toList();
        var document = sample(Type.INVOICE, "Gemeente Zoë-Ëlst", lines);
        var pages = pages(keep("invoice-sample-nl-long.pdf", InvoicePdf.write(document, Labels.dutch())));

        assertTrue(pages.size() >= 2, "40 lines take more than a page");
        for (int i = 0; i < pages.size(); i++) {
            var page = pages.get(i);
            assertContains(page, "Omschrijving", "Aantal", "Bedrag", (i + 1) + "/" + pages.size(),
                    "Factuur 2026-00042");
        }
        var all = String.join("\n", pages);
        for (int i = 1; i <= 40; i++) {
            assertContains(all, "Regiobijeenkomst " + i + ":");
        }
        assertFalse(pages.get(0).contains("Regiobijeenkomst 40:"));
        var last = pages.get(pages.size() - 1);
        assertContains(last, "Regiobijeenkomst 40:", "Te betalen", "betalingskenmerk 1234 5678 9012 3456");
        // the last line: 2 × 40.25
        assertContains(last, "€ 40,25", "€ 80,50");
        assertContains(pages.get(0), "Gemeente Zoë-Ëlst");
    }

    @Test
    void lettersBeyondTheFontStillPrint() throws IOException {
        var document = sample(Type.INVOICE, "Şerban Łukasiewicz 漢字", fourLines());
        var pdf = InvoicePdf.write(document, Labels.english());
        var text = String.join("\n", pages(pdf));
        assertContains(text, "Serban Lukasiewicz ??", "€2,543.60");
        try (var reader = new PdfReader(pdf)) {
            var fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (var key : fonts.getKeys()) {
                assertEquals(PdfName.WIN_ANSI_ENCODING, fonts.getAsDict(key).getAsName(PdfName.ENCODING));
            }
        }
    }
}
