package nl.ingrado.portal.invoice.control;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import nl.ingrado.portal.invoice.control.InvoiceDocument.Line;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Party;
import nl.ingrado.portal.invoice.control.InvoiceDocument.Type;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatCategory;
import nl.ingrado.portal.invoice.control.InvoiceDocument.VatSubtotal;
import nl.ingrado.portal.shared.control.DateTexts;
import nl.ingrado.portal.shared.control.Pdfs;

/**
 * The printed invoice or credit note: one A4 page or more in the look of the portal's other
 * documents, every figure taken from the {@link InvoiceDocument} as it is, so the PDF and the UBL
 * file never disagree. Texts come in translated; numbers and dates follow the labels' locale.
 */
public final class InvoicePdf {

    /**
     * The fixed texts of an invoice in one language. The payment sentences are {@link MessageFormat}
     * patterns: {0} amount, {1} due date, {2} IBAN, {3} account holder, {4} payment reference (or the
     * invoice number); the credit sentence: {0} amount, {1} the invoice it corrects.
     */
    public record Labels(Locale locale, String invoice, String creditNote, String invoiceNumber,
            String creditNoteNumber, String issueDate, String creditNoteDate, String dueDate,
            String buyerReference, String orderReference, String paymentReference, String corrects,
            String billTo, String kvk, String oin, String vatNumber, String description, String quantity,
            String unitPrice, String vatRate, String amount, String vatBreakdown, String rate, String taxable,
            String vat,
            String exempt, String totalExclVat, String totalInclVat, String payable, String credited,
            String paymentInstruction, String paymentInstructionWithoutReference, String creditInstruction) {

        public Labels {
            Objects.requireNonNull(locale, "locale");
        }

        public static Labels dutch() {
            return new Labels(Locale.forLanguageTag("nl-NL"), "Factuur", "Creditnota", "Factuurnummer",
                    "Creditnotanummer", "Factuurdatum", "Datum", "Vervaldatum", "Uw referentie",
                    "Inkoopordernummer", "Betalingskenmerk", "Corrigeert factuur", "Aan", "KvK", "OIN",
                    "Btw-nummer", "Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag", "Btw-specificatie",
                    "Tarief", "Grondslag", "Btw", "Vrijgesteld", "Totaal excl. btw", "Totaal incl. btw",
                    "Te betalen",
                    "Totaal gecrediteerd",
                    "Wij verzoeken u {0} vóór {1} over te maken op IBAN {2} ten name van {3}, onder "
                            + "vermelding van betalingskenmerk {4}.",
                    "Wij verzoeken u {0} vóór {1} over te maken op IBAN {2} ten name van {3}, onder "
                            + "vermelding van factuurnummer {4}.",
                    "Het bedrag van {0} verrekenen wij met factuur {1} of betalen wij aan u terug.");
        }

        public static Labels english() {
            return new Labels(Locale.forLanguageTag("en-GB"), "Invoice", "Credit note", "Invoice number",
                    "Credit note number", "Invoice date", "Date", "Due date", "Your reference",
                    "Purchase order number", "Payment reference", "Corrects invoice", "To", "CoC", "OIN",
                    "VAT number", "Description", "Quantity", "Unit price", "VAT", "Amount", "VAT breakdown",
                    "Rate", "Taxable amount", "VAT", "Exempt", "Total excl. VAT", "Total incl. VAT",
                    "Amount due",
                    "Total credited",
                    "Please pay {0} before {1} to IBAN {2} in the name of {3}, stating payment reference {4}.",
                    "Please pay {0} before {1} to IBAN {2} in the name of {3}, stating invoice number {4}.",
                    "We will set the amount of {0} off against invoice {1} or refund it to you.");
        }
    }

    private static final Color RULE = new Color(0xc8, 0xd4, 0xdb);
    private static final Font WORDMARK = Pdfs.font(22, true, Pdfs.BRAND);
    private static final Font TITLE = Pdfs.font(18, true, Pdfs.BRAND);
    private static final Font SMALL = Pdfs.font(8.5f, false, Pdfs.GREY);
    private static final Font SMALL_BOLD = Pdfs.font(8.5f, true, Color.BLACK);
    private static final Font LABEL = Pdfs.font(9, false, Pdfs.GREY);
    private static final Font TEXT = Pdfs.font(9, false, Color.BLACK);
    private static final Font BOLD = Pdfs.font(9, true, Color.BLACK);
    private static final Font HEADER = Pdfs.font(9, true, Color.WHITE);
    private static final Font SECTION = Pdfs.font(9, true, Pdfs.BRAND);
    private static final Font DUE = Pdfs.font(11, true, Pdfs.BRAND);
    /** Description, quantity, unit price, VAT rate, amount; the totals line up under the amounts. */
    private static final float[] COLUMNS = {44, 10, 17, 12, 17};
    /** The share of the width, in percent, of the invoice's numbers and dates beside the buyer's address. */
    private static final float META_SHARE = 50;
    private static final float SIDE = 20 * Pdfs.MM;

    private InvoicePdf() {
    }

    public static byte[] write(InvoiceDocument d, Labels labels) {
        Objects.requireNonNull(d.number(), "number");
        Objects.requireNonNull(d.issueDate(), "issueDate");
        Objects.requireNonNull(d.seller(), "seller");
        Objects.requireNonNull(d.buyer(), "buyer");
        var credit = d.type() == Type.CREDIT_NOTE;
        if (!credit) {
            // the payment instruction names it
            Objects.requireNonNull(d.dueDate(), "dueDate");
        }
        var f = new Formats(labels.locale());
        var title = credit ? labels.creditNote() : labels.invoice();
        var document = new Document(PageSize.A4, SIDE, SIDE, 15 * Pdfs.MM, 22 * Pdfs.MM);
        var footer = title + " " + d.number() + " · " + d.seller().name();
        return Pdfs.paged(document, title + " " + d.number(), footer, (doc, writer) -> {
            doc.add(head(d.seller(), labels));
            var heading = new Paragraph(text(title), TITLE);
            // in line with the text in the cells below, not with their edges
            heading.setIndentationLeft(4);
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(8);
            doc.add(heading);
            doc.add(addressAndMeta(d, labels, f));
            if (d.note() != null && !d.note().isBlank()) {
                var note = new Paragraph(text(d.note()), TEXT);
                note.setIndentationLeft(4);
                note.setSpacingAfter(10);
                doc.add(note);
            }
            doc.add(lines(d, labels, f));
        });
    }

    /** The word mark at the left, the seller's details at the right, a line under both. */
    private static PdfPTable head(Party seller, Labels labels) {
        var table = table(new float[]{50, 50});
        var mark = plain(new Phrase(Pdfs.ORGANISATION, WORDMARK));
        mark.setVerticalAlignment(Element.ALIGN_TOP);
        table.addCell(mark);
        var details = new ArrayList<String>();
        details.addAll(address(seller, labels.locale()));
        add(details, seller.email());
        add(details, prefixed(labels.kvk(), seller.kvk()));
        add(details, prefixed(labels.oin(), seller.oin()));
        add(details, prefixed(labels.vatNumber(), seller.vatNumber()));
        var block = new Phrase();
        block.add(new Phrase(text(seller.name()) + "\n", SMALL_BOLD));
        block.add(new Phrase(text(String.join("\n", details)), SMALL));
        var cell = plain(block);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setLeading(0, 1.3f);
        cell.setPaddingBottom(8);
        table.addCell(cell);
        for (var c : table.getRow(0).getCells()) {
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(Pdfs.BRAND);
            c.setBorderWidth(1.2f);
        }
        return table;
    }

    /** The buyer at the left (where an envelope window shows it), the invoice's numbers and dates at the right. */
    private static PdfPTable addressAndMeta(InvoiceDocument d, Labels labels, Formats f) {
        var table = table(new float[]{100 - META_SHARE, META_SHARE});
        var buyer = d.buyer();
        var lines = new ArrayList<String>();
        lines.addAll(address(buyer, labels.locale()));
        add(lines, prefixed(labels.oin(), buyer.oin()));
        add(lines, prefixed(labels.kvk(), buyer.kvk()));
        add(lines, prefixed(labels.vatNumber(), buyer.vatNumber()));
        add(lines, buyer.email());
        var block = new Phrase();
        block.add(new Phrase(text(labels.billTo()) + "\n", LABEL));
        block.add(new Phrase(text(buyer.name()) + "\n", BOLD));
        block.add(new Phrase(text(String.join("\n", lines)), TEXT));
        var left = plain(block);
        left.setLeading(0, 1.35f);
        table.addCell(left);

        var credit = d.type() == Type.CREDIT_NOTE;
        var meta = new ArrayList<PdfPCell>();
        meta(meta, credit ? labels.creditNoteNumber() : labels.invoiceNumber(), d.number(), BOLD);
        meta(meta, credit ? labels.creditNoteDate() : labels.issueDate(), f.date(d.issueDate()), TEXT);
        if (credit && d.precedingNumber() != null) {
            var corrected = d.precedingIssueDate() == null
                    ? d.precedingNumber()
                    : d.precedingNumber() + " (" + f.date(d.precedingIssueDate()) + ")";
            meta(meta, labels.corrects(), corrected, TEXT);
        }
        if (!credit) {
            meta(meta, labels.dueDate(), f.date(d.dueDate()), TEXT);
        }
        var order = blankToNull(d.orderReference());
        var reference = blankToNull(d.buyerReference());
        if (reference != null && !reference.equals(order)) {
            meta(meta, labels.buyerReference(), reference, TEXT);
        }
        if (order != null) {
            meta(meta, labels.orderReference(), order, TEXT);
        }
        if (!credit && blankToNull(d.paymentReference()) != null) {
            meta(meta, labels.paymentReference(), grouped(d.paymentReference()), TEXT);
        }
        // the labels column as wide as its longest label, so that none wraps in any language
        float labelWidth = 0;
        for (int i = 0; i < meta.size(); i += 2) {
            labelWidth = Math.max(labelWidth,
                    LABEL.getBaseFont().getWidthPoint(meta.get(i).getPhrase().getContent(), LABEL.getSize()));
        }
        float width = PageSize.A4.getWidth() - 2 * SIDE;
        float half = width * META_SHARE / 100;
        var values = table(new float[]{labelWidth + 12, Math.max(half - labelWidth - 12, half / 3)});
        meta.forEach(values::addCell);
        table.addCell(whole(values));
        table.setSpacingAfter(14);
        return table;
    }

    private static void meta(List<PdfPCell> meta, String label, String value, Font font) {
        var name = plain(new Phrase(text(label), LABEL));
        name.setPaddingBottom(3);
        meta.add(name);
        var cell = plain(new Phrase(text(value), font));
        cell.setPaddingBottom(3);
        meta.add(cell);
    }

    /**
     * The lines, over as many pages as they take, with the column headers on each. The last line,
     * the totals and the payment instruction are one row, so they go to the next page together
     * rather than leaving the totals or the instruction alone on a page.
     */
    private static PdfPTable lines(InvoiceDocument d, Labels labels, Formats f) {
        var table = table(COLUMNS);
        table.setHeaderRows(1);
        header(table, labels.description(), Element.ALIGN_LEFT);
        header(table, labels.quantity(), Element.ALIGN_RIGHT);
        header(table, labels.unitPrice(), Element.ALIGN_RIGHT);
        header(table, labels.vatRate(), Element.ALIGN_RIGHT);
        header(table, labels.amount(), Element.ALIGN_RIGHT);
        var lines = d.lines() == null ? List.<Line>of() : d.lines();
        for (var line : lines.subList(0, Math.max(0, lines.size() - 1))) {
            line(table, line, labels, f);
        }
        var tail = table(COLUMNS);
        if (!lines.isEmpty()) {
            line(tail, lines.get(lines.size() - 1), labels, f);
        }
        var summary = whole(summary(d, labels, f));
        summary.setColspan(COLUMNS.length);
        summary.setPaddingTop(10);
        tail.addCell(summary);
        var instruction = instruction(d, labels, f);
        if (instruction != null) {
            instruction.setColspan(COLUMNS.length);
            tail.addCell(instruction);
        }
        var last = whole(tail);
        last.setColspan(COLUMNS.length);
        table.addCell(last);
        return table;
    }

    private static void line(PdfPTable table, Line line, Labels labels, Formats f) {
        table.addCell(row(line.description(), TEXT, Element.ALIGN_LEFT));
        table.addCell(row(f.quantity(line.quantity()), TEXT, Element.ALIGN_RIGHT));
        table.addCell(row(f.unitPrice(line.unitPrice()), TEXT, Element.ALIGN_RIGHT));
        table.addCell(row(line.category() == VatCategory.E
                ? labels.exempt().toLowerCase(labels.locale())
                : f.rate(line.rate()), TEXT, Element.ALIGN_RIGHT));
        table.addCell(row(f.money(line.amount()), TEXT, Element.ALIGN_RIGHT));
    }

    /** A cell that is only a table inside another, edge to edge, so their columns line up. */
    private static PdfPCell whole(PdfPTable inner) {
        var cell = new PdfPCell(inner);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static void header(PdfPTable table, String label, int alignment) {
        var cell = plain(new Phrase(text(label), HEADER));
        cell.setBackgroundColor(Pdfs.BRAND);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        table.addCell(cell);
    }

    private static PdfPCell row(String value, Font font, int alignment) {
        var cell = plain(new Phrase(text(value), font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        return cell;
    }

    /** The VAT per category at the left, under the descriptions; the totals under the amounts. */
    private static PdfPTable summary(InvoiceDocument d, Labels labels, Formats f) {
        var table = table(new float[]{COLUMNS[0], COLUMNS[1] + COLUMNS[2] + COLUMNS[3] + COLUMNS[4]});

        var vat = table(new float[]{30, 38, 32});
        var title = plain(new Phrase(text(labels.vatBreakdown()), SECTION));
        title.setColspan(3);
        title.setPaddingBottom(4);
        vat.addCell(title);
        vat.addCell(small(labels.rate(), Element.ALIGN_LEFT, true));
        vat.addCell(small(labels.taxable(), Element.ALIGN_RIGHT, true));
        vat.addCell(small(labels.vat(), Element.ALIGN_RIGHT, true));
        for (var v : d.vat()) {
            vat.addCell(small(v.category() == VatCategory.E ? labels.exempt() : f.rate(v.rate()),
                    Element.ALIGN_LEFT, false));
            vat.addCell(small(f.money(v.taxable()), Element.ALIGN_RIGHT, false));
            vat.addCell(small(f.money(v.tax()), Element.ALIGN_RIGHT, false));
            if (reason(v) != null) {
                var why = plain(new Phrase(text(reason(v)), SMALL));
                why.setColspan(3);
                why.setPaddingTop(0);
                vat.addCell(why);
            }
        }
        var left = whole(vat);
        left.setPaddingRight(18);
        table.addCell(left);

        var totals = table(new float[]{COLUMNS[1] + COLUMNS[2] + COLUMNS[3], COLUMNS[4]});
        var credit = d.type() == Type.CREDIT_NOTE;
        total(totals, labels.totalExclVat(), f.money(d.taxExclusive()), TEXT, false);
        total(totals, labels.vat(), f.money(d.vatTotal()), TEXT, false);
        if (d.taxInclusive() != null
                && (d.payable() == null || d.taxInclusive().compareTo(d.payable()) != 0)) {
            total(totals, labels.totalInclVat(), f.money(d.taxInclusive()), TEXT, false);
        }
        total(totals, credit ? labels.credited() : labels.payable(), f.money(d.payable()), DUE, true);
        table.addCell(whole(totals));
        return table;
    }

    private static String reason(VatSubtotal v) {
        return v.category() == VatCategory.E ? blankToNull(v.exemptionReason()) : null;
    }

    private static PdfPCell small(String value, int alignment, boolean heading) {
        var cell = plain(new Phrase(text(value), heading ? SMALL : TEXT));
        cell.setHorizontalAlignment(alignment);
        if (heading) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
        }
        cell.setPaddingTop(2);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static void total(PdfPTable totals, String label, String value, Font font, boolean last) {
        for (var cell : List.of(plain(new Phrase(text(label), font)), plain(new Phrase(text(value), font)))) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            cell.setPaddingTop(last ? 6 : 2);
            cell.setPaddingBottom(last ? 6 : 3);
            if (last) {
                cell.setBorder(Rectangle.TOP);
                cell.setBorderColor(Pdfs.BRAND);
                cell.setBorderWidth(1f);
            }
            totals.addCell(cell);
        }
    }

    /** How to pay, or for a credit note what happens to the money, in a tinted box. */
    private static PdfPCell instruction(InvoiceDocument d, Labels labels, Formats f) {
        String sentence;
        if (d.type() == Type.CREDIT_NOTE) {
            if (d.precedingNumber() == null) {
                return null;
            }
            sentence = MessageFormat.format(labels.creditInstruction(), f.money(d.payable()),
                    d.precedingNumber());
        } else {
            var reference = blankToNull(d.paymentReference());
            sentence = MessageFormat.format(
                    reference == null
                            ? labels.paymentInstructionWithoutReference()
                            : labels.paymentInstruction(),
                    f.money(d.payable()), f.date(d.dueDate()), iban(d.iban()), d.seller().name(),
                    reference == null ? d.number() : grouped(reference));
            if (d.bic() != null && !d.bic().isBlank()) {
                sentence += " (BIC " + d.bic().strip() + ")";
            }
        }
        var box = plain(new Phrase(text(sentence), TEXT));
        box.setBackgroundColor(Pdfs.LIGHT);
        box.setPadding(9);
        box.setLeading(0, 1.4f);
        box.setBorder(Rectangle.LEFT);
        box.setBorderColor(Pdfs.BRAND);
        box.setBorderWidth(2.5f);
        var table = table(new float[]{100});
        table.addCell(box);
        var cell = whole(table);
        cell.setPaddingTop(16);
        return cell;
    }

    /** Street, postal code and city, and the country when it is not the Netherlands. */
    private static List<String> address(Party party, Locale locale) {
        var lines = new ArrayList<String>();
        add(lines, party.street());
        var place = String.join("  ", nonBlank(party.postalCode(), party.city()));
        add(lines, place);
        var country = blankToNull(party.countryCode());
        if (country != null && !"NL".equalsIgnoreCase(country)) {
            add(lines, new Locale("", country.toUpperCase(Locale.ROOT)).getDisplayCountry(locale));
        }
        return lines;
    }

    private static List<String> nonBlank(String... values) {
        var out = new ArrayList<String>();
        for (var v : values) {
            add(out, v);
        }
        return out;
    }

    private static void add(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value.strip());
        }
    }

    private static String prefixed(String label, String value) {
        return value == null || value.isBlank() ? null : label + " " + value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "1234 5678 9012 3456": a 16-digit betalingskenmerk read and typed in fours; other references as given. */
    static String grouped(String reference) {
        var digits = reference.replace(" ", "");
        return digits.matches("\\d{16}") ? inFours(digits) : reference.strip();
    }

    /** "NL91 ABNA 0417 1643 00", the way an IBAN is printed. */
    static String iban(String iban) {
        return iban == null ? "" : inFours(iban.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    private static String inFours(String s) {
        var out = new StringBuilder();
        for (int i = 0; i < s.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(s, i, Math.min(s.length(), i + 4));
        }
        return out.toString();
    }

    private static String text(String value) {
        return Pdfs.printable(value);
    }

    private static PdfPCell plain(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(1);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        return cell;
    }

    private static PdfPTable table(float[] widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    /**
     * Amounts, quantities, rates and dates in the labels' language: "€ 1.234,50" and "3 december
     * 2026" in Dutch, "€1,234.50" and "3 December 2026" in English.
     */
    static final class Formats {

        private final Locale locale;
        private final boolean english;
        private final DecimalFormatSymbols symbols;

        Formats(Locale locale) {
            this.locale = locale;
            this.english = "en".equals(locale.getLanguage());
            this.symbols = DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : locale);
            // some locales' data use U+2212, which Helvetica in Cp1252 cannot show
            symbols.setMinusSign('-');
        }

        String money(BigDecimal amount) {
            return euro(amount, "#,##0.00");
        }

        /** A unit price may carry more than two decimals (EN 16931 allows it); print what it has, up to four. */
        String unitPrice(BigDecimal amount) {
            return euro(amount, "#,##0.00##");
        }

        String quantity(BigDecimal quantity) {
            return quantity == null ? "" : number(quantity, "#,##0.####");
        }

        String rate(BigDecimal rate) {
            return rate == null ? "" : number(rate, "#,##0.##") + "%";
        }

        String date(java.time.LocalDate date) {
            return DateTexts.longDate(date, locale);
        }

        private String euro(BigDecimal amount, String pattern) {
            if (amount == null) {
                return "";
            }
            var digits = number(amount.abs(), pattern);
            var sign = amount.signum() < 0 ? "-" : "";
            return english ? sign + "€" + digits : "€ " + sign + digits;
        }

        private String number(BigDecimal value, String pattern) {
            var format = new DecimalFormat(pattern, symbols);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(value);
        }
    }
}
