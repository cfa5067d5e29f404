package nl.ingrado.portal.shared.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The printable documents of the portal: certificates of attendance, presence lists and name
 * badges. All texts come in already translated. Helvetica in Cp1252 (WinAnsi) is one of the
 * fonts every PDF reader has built in, so nothing is embedded and files stay small; it covers
 * Dutch, French and German letters and the euro sign, but not, for instance, Turkish ş or Polish ł:
 * those are printed without their accent ({@link #printable}). Other documents (invoices) draw with
 * the public look below, so they match.
 */
public final class Pdfs {

    public record Certificate(String title, String personName, String eventTitle, String eventDateText,
            String venue, String pointsText, String issuedText, String verificationUrl, String footer) {

        public Certificate {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(personName, "personName");
            Objects.requireNonNull(eventTitle, "eventTitle");
        }
    }

    public record Badge(String name, String organisation, String detail) {

        public Badge {
            Objects.requireNonNull(name, "name");
        }
    }

    static final int BADGES_PER_PAGE = 8;
    /** The word mark at the top of every document. */
    public static final String ORGANISATION = "Ingrado";
    public static final Color BRAND = new Color(0x00, 0x50, 0x7a);
    public static final Color GREY = new Color(0x55, 0x55, 0x55);
    public static final Color LIGHT = new Color(0xe6, 0xee, 0xf2);
    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;
    private static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    private static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** Letters that keep no base letter when their accent is taken off. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(Map.entry('ł', "l"),
            Map.entry('Ł', "L"),
            Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"),
            Map.entry('ı', "i"), Map.entry('ŧ', "t"), Map.entry('Ŧ', "T"), Map.entry('ĸ', "k"),
            Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u202f', " "), Map.entry('\u2009', " "));

    private Pdfs() {
    }

    /** Helvetica in the portal's encoding, at the size and colour given. */
    public static Font font(float size, boolean bold, Color color) {
        return new Font(bold ? BOLD : REGULAR, size, Font.NORMAL, color == null ? Color.BLACK : color);
    }

    /**
     * The text with every character the built-in fonts cannot show replaced: accented letters by
     * their base letter ("Ş" → "S", "ł" → "l"), anything else by "?". The PDF library would silently
     * drop them, turning "Şahin" into "ahin". Empty for null.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        var encoder = CP1252.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            var s = Character.toString(c);
            if (encoder.canEncode(s)) {
                out.append(s);
            } else if (PLAIN.containsKey(s.charAt(0)) && s.length() == 1) {
                out.append(PLAIN.get(s.charAt(0)));
            } else {
                var base = Normalizer.normalize(s, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && encoder.canEncode(base) ? base : "?");
            }
        });
        return out.toString();
    }

    /** What is written on the pages of a document. */
    @FunctionalInterface
    public interface Content {
        void write(Document document, PdfWriter writer);
    }

    /**
     * A document of any length with the footer text at the bottom left of each page and "2/3" at
     * the bottom right; the total is stamped on once every page is written.
     */
    public static byte[] paged(Document document, String title, String footer, Content content) {
        var pdf = write(document, title, (d, writer) -> {
            writer.setPageEvent(new Footer(footer, false, true));
            content.write(d, writer);
        });
        return numberPages(pdf, document.right(), footerLine(document));
    }

    private static float footerLine(Document document) {
        return document.bottom() - 8 * MM;
    }

    private static byte[] numberPages(byte[] pdf, float right, float y) {
        var out = new ByteArrayOutputStream();
        try (var reader = new PdfReader(pdf)) {
            var stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            var font = font(8, false, GREY);
            for (int page = 1; page <= pages; page++) {
                ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_RIGHT,
                        new Phrase(page + "/" + pages, font), right, y, 0);
            }
            stamper.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One A4 page; the verification URL, when given, is printed and drawn as a QR code. */
    public static byte[] certificate(Certificate c) {
        float margin = 25 * MM;
        return write(new Document(PageSize.A4, margin, margin, margin, margin), c.title(),
                (document, writer) -> {
                    writer.setPageEvent(new Footer(c.footer(), false, false));
                    document.add(paragraph(ORGANISATION, new Font(BOLD, 16, Font.NORMAL, BRAND), 0, 70));
                    document.add(paragraph(c.title(), new Font(BOLD, 30, Font.NORMAL, BRAND), 0, 40));
                    document.add(paragraph(c.personName(), new Font(BOLD, 24), 0, 30));
                    document.add(paragraph(c.eventTitle(), new Font(BOLD, 16), 0, 10));
                    document.add(paragraph(c.eventDateText(), new Font(REGULAR, 13), 0, 4));
                    document.add(paragraph(c.venue(), new Font(REGULAR, 13), 0, 4));
                    document.add(paragraph(c.pointsText(), new Font(BOLD, 13, Font.NORMAL, BRAND), 12, 0));
                    document.add(paragraph(c.issuedText(), new Font(REGULAR, 12), 50, 0));
                    if (c.verificationUrl() != null && !c.verificationUrl().isBlank()) {
                        var qr = qrCode(writer.getDirectContent(), c.verificationUrl(), 35 * MM);
                        qr.setAlignment(Element.ALIGN_CENTER);
                        qr.setSpacingBefore(30);
                        document.add(qr);
                        document.add(paragraph(c.verificationUrl(), new Font(REGULAR, 9, Font.NORMAL, GREY),
                                2, 0));
                    }
                });
    }

    /**
     * A table over as many A4 pages as needed, its header row repeated on each. Every row must have
     * a cell per header; empty cells leave room to sign.
     */
    public static byte[] nameList(String title, List<String> columnHeaders, List<List<String>> rows) {
        if (columnHeaders.isEmpty()) {
            throw new IllegalArgumentException("no columns");
        }
        for (var row : rows) {
            if (row.size() != columnHeaders.size()) {
                throw new IllegalArgumentException(
                        "row of " + row.size() + " cells for " + columnHeaders.size()
                                + " columns: " + row);
            }
        }
        float margin = 15 * MM;
        return write(new Document(PageSize.A4, margin, margin, margin, margin + 5 * MM), title,
                (document, writer) -> {
                    writer.setPageEvent(new Footer(title, true, false));
                    document.add(paragraph(title, new Font(BOLD, 16, Font.NORMAL, BRAND), 0, 10));
                    var table = new PdfPTable(columnHeaders.size());
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1);
                    var headerFont = new Font(BOLD, 10, Font.NORMAL, Color.WHITE);
                    for (var header : columnHeaders) {
                        var cell = cell(header, headerFont);
                        cell.setBackgroundColor(BRAND);
                        table.addCell(cell);
                    }
                    var bodyFont = new Font(REGULAR, 10);
                    for (int i = 0; i < rows.size(); i++) {
                        for (var value : rows.get(i)) {
                            var cell = cell(value, bodyFont);
                            // high enough for a signature
                            cell.setMinimumHeight(9 * MM);
                            if (i % 2 == 1) {
                                cell.setBackgroundColor(LIGHT);
                            }
                            table.addCell(cell);
                        }
                    }
                    document.add(table);
                });
    }

    /**
     * Eight badges per A4 page, two across and four down, each with a thin grey border to cut
     * along; the name is as large as fits on one line.
     */
    public static byte[] badges(String eventTitle, List<Badge> badges) {
        if (badges.isEmpty()) {
            throw new IllegalArgumentException("no badges");
        }
        var page = PageSize.A4;
        // printers do not print to the edge
        float margin = 10 * MM;
        float width = (page.getWidth() - 2 * margin) / 2;
        float height = (page.getHeight() - 2 * margin) / 4;
        return write(new Document(page, margin, margin, margin, margin), eventTitle, (document, writer) -> {
            var canvas = writer.getDirectContent();
            for (int i = 0; i < badges.size(); i++) {
                if (i > 0 && i % BADGES_PER_PAGE == 0) {
                    document.newPage();
                }
                int slot = i % BADGES_PER_PAGE;
                float left = margin + (slot % 2) * width;
                float top = page.getHeight() - margin - (slot / 2) * height;
                badge(canvas, eventTitle, badges.get(i),
                        new Rectangle(left, top - height, left + width, top));
            }
        });
    }

    private static void badge(PdfContentByte canvas, String eventTitle, Badge badge, Rectangle box) {
        canvas.saveState();
        canvas.setColorStroke(Color.LIGHT_GRAY);
        canvas.setLineWidth(0.5f);
        canvas.rectangle(box.getLeft(), box.getBottom(), box.getWidth(), box.getHeight());
        canvas.stroke();
        canvas.restoreState();

        float padding = 8 * MM;
        float inner = box.getWidth() - 2 * padding;
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(fit(eventTitle, REGULAR, 9, inner), new Font(REGULAR, 9, Font.NORMAL, BRAND)),
                (box.getLeft() + box.getRight()) / 2, box.getTop() - padding, 0);

        // the name, organisation and detail, centred vertically in what is left
        float nameSize = size(badge.name(), BOLD, 24, 16, inner);
        var column = new ColumnText(canvas);
        var body = List.of(
                paragraph(badge.name(), new Font(BOLD, nameSize), 0, 6),
                paragraph(badge.organisation(), new Font(REGULAR, 13), 0, 4),
                paragraph(badge.detail(), new Font(REGULAR, 10, Font.NORMAL, GREY), 0, 0));
        float bottom = box.getBottom() + padding;
        float top = box.getTop() - padding - 9;
        column.setSimpleColumn(box.getLeft() + padding, bottom, box.getRight() - padding, top);
        body.forEach(column::addElement);
        float used = top - simulate(column);
        float offset = Math.max(0, (top - bottom - used) / 2);
        column = new ColumnText(canvas);
        column.setSimpleColumn(box.getLeft() + padding, bottom, box.getRight() - padding, top - offset);
        body.forEach(column::addElement);
        column.go();
    }

    /** The largest size from max down to min at which the text fits on one line of the width. */
    private static float size(String text, BaseFont font, float max, float min, float width) {
        float size = max;
        while (size > min && font.getWidthPoint(text, size) > width) {
            size -= 1;
        }
        return size;
    }

    /** The text, shortened with an ellipsis until it fits on one line of the width. */
    private static String fit(String raw, BaseFont font, float size, float width) {
        var text = printable(raw);
        var fitted = text;
        for (int end = text.length(); font.getWidthPoint(fitted, size) > width && end > 1;) {
            fitted = text.substring(0, --end).strip() + "…";
        }
        return fitted;
    }

    private static float simulate(ColumnText column) {
        column.go(true);
        return column.getYLine();
    }

    /** The QR code as vector squares, so it prints sharp at any resolution. */
    private static Image qrCode(PdfContentByte canvas, String text, float size) {
        var modules = QrCodes.modules(text);
        var template = canvas.createTemplate(modules.getWidth(), modules.getHeight());
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    // PDF y runs upwards
                    template.rectangle(x, modules.getHeight() - 1 - y, 1, 1);
                }
            }
        }
        template.fill();
        var image = Image.getInstance(template);
        image.scaleAbsolute(size, size);
        return image;
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        var paragraph = new Paragraph(printable(text), font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(printable(text), font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(Color.GRAY);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /**
     * The footer on every page: a line of small print, and for long lists the page number; a paged
     * document gets its "n/total" later, from {@link #numberPages}.
     */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;
        private final boolean numbered;
        private final boolean paged;

        Footer(String text, boolean numbered, boolean paged) {
            this.text = printable(text);
            this.numbered = numbered;
            this.paged = paged;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var font = new Font(REGULAR, 8, Font.NORMAL, GREY);
            float y = footerLine(document);
            var canvas = writer.getDirectContent();
            if (numbered || paged) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font),
                        document.left(), y, 0);
                if (numbered) {
                    ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                            new Phrase(String.valueOf(writer.getPageNumber()), font), document.right(), y, 0);
                }
            } else if (!text.isBlank()) {
                var column = new ColumnText(canvas);
                column.setSimpleColumn(new Phrase(text, font), document.left(), y - 20, document.right(),
                        y + 10,
                        10, Element.ALIGN_CENTER);
                column.go();
            }
        }
    }

    private static byte[] write(Document document, String title, Content content) {
        var out = new ByteArrayOutputStream();
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(printable(title));
        document.addCreator("Ingrado portal");
        document.open();
        try {
            content.write(document, writer);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
