package nl.ingrado.portal.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import nl.ingrado.portal.shared.control.Pdfs.Badge;
import nl.ingrado.portal.shared.control.Pdfs.Certificate;

class PdfsTest {

    /** The text of each page, in order. */
    private static List<String> pages(byte[] pdf) throws IOException {
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var pages = new ArrayList<String>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(extractor.getTextFromPage(i));
            }
            return pages;
        }
    }

    private static Certificate certificate(String points, String url) {
        return new Certificate("Bewijs van deelname", "Chloë Jansen-Éénhoorn", "Naïeve vragen over verzuim",
                "22 november 2026", "Café De Kroon, Amsterdam", points, "Amsterdam, 22 november 2026", url,
                "Ingrado, vereniging voor leerplicht en RMC · bijdrage € 45");
    }

    @Test
    void certificateHasEveryTextOnOnePage() throws IOException {
        var url = "https://portal.ingrado.nl/verify/3f9a1c0e";
        var pdf = Pdfs.certificate(certificate("6 punten, categorie A1", url));
        var pages = pages(pdf);
        assertEquals(1, pages.size());
        var text = pages.get(0);
        for (var expected : List.of("Ingrado", "Bewijs van deelname", "Chloë Jansen-Éénhoorn",
                "Naïeve vragen over verzuim", "22 november 2026", "Café De Kroon, Amsterdam",
                "6 punten, categorie A1",
                "Amsterdam, 22 november 2026", url, "bijdrage € 45")) {
            assertTrue(text.contains(expected), () -> "missing " + expected + " in:\n" + text);
        }
        try (var reader = new PdfReader(pdf)) {
            var resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
            assertFalse(resources.getAsDict(PdfName.XOBJECT).getKeys().isEmpty(), "the QR code");
            var fonts = resources.getAsDict(PdfName.FONT);
            for (var key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                assertEquals(PdfName.WIN_ANSI_ENCODING, font.getAsName(PdfName.ENCODING));
                assertTrue(font.getAsName(PdfName.BASEFONT).toString().startsWith("/Helvetica"));
            }
        }
    }

    @Test
    void certificateWithoutPointsOrVerification() throws IOException {
        var pdf = Pdfs.certificate(certificate(null, null));
        var pages = pages(pdf);
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("Chloë Jansen-Éénhoorn"));
        assertFalse(pages.get(0).contains("https://"));
        try (var reader = new PdfReader(pdf)) {
            assertEquals(null, reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT));
        }
    }

    @Test
    void nameListRepeatsItsHeaderOnEveryPage() throws IOException {
        var headers = List.of("Naam", "Organisatie", "Handtekening");
        var rows = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> List.of("Deelnemer " + i + " Müller", "Gemeente Ede", "")).toList();
        var pages = pages(Pdfs.nameList("Presentielijst Regiodag Oost", headers, rows));

        assertTrue(pages.size() > 1, "100 rows need more than one page");
        for (int i = 0; i < pages.size(); i++) {
            var page = pages.get(i);
            assertTrue(page.contains("Naam") && page.contains("Organisatie") && page.contains("Handtekening"),
                    "header on page " + (i + 1));
            assertTrue(page.contains("Presentielijst Regiodag Oost"), "footer on page " + (i + 1));
        }
        var all = String.join("\n", pages);
        for (int i = 1; i <= 100; i++) {
            assertTrue(all.contains("Deelnemer " + i + " Müller"), "row " + i);
        }
        assertTrue(pages.get(pages.size() - 1).contains("Deelnemer 100 Müller"));
        assertFalse(pages.get(0).contains("Deelnemer 100 Müller"));
    }

    @Test
    void nameListRejectsRaggedRows() {
        assertThrows(IllegalArgumentException.class,
                () -> Pdfs.nameList("Lijst", List.of("Naam", "Organisatie"),
                        List.of(List.of("Alleen een naam"))));
    }

    @Test
    void eightBadgesPerPage() throws IOException {
        var badges = IntStream.rangeClosed(1, 17)
                .mapToObj(i -> new Badge("Zoë de Vries " + i, "Gemeente 's-Hertogenbosch", "Workshop " + i))
                .toList();
        var pages = pages(Pdfs.badges("Jaarcongres Ingrado 2026", badges));

        assertEquals(3, pages.size());
        for (int i = 1; i <= 17; i++) {
            var page = pages.get((i - 1) / 8);
            assertTrue(page.contains("Zoë de Vries " + i), "badge " + i + " on page " + ((i - 1) / 8 + 1));
        }
        assertTrue(pages.get(0).contains("Gemeente 's-Hertogenbosch"));
        assertTrue(pages.get(2).contains("Jaarcongres Ingrado 2026"));
        assertEquals(2, pages(Pdfs.badges("Congres", badges.subList(0, 16))).size());
        assertEquals(1, pages(Pdfs.badges("Congres", badges.subList(0, 8))).size());
    }

    @Test
    void longNamesAndMissingFieldsStillMakeABadge() throws IOException {
        var pages = pages(
                Pdfs.badges("Een heel lange titel van een bijeenkomst die niet op één regel past, echt niet",
                        List.of(new Badge("Maria Magdalena van Oldenbarnevelt-Tjerkstra", null, null))));
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("Oldenbarnevelt"));
        assertThrows(IllegalArgumentException.class, () -> Pdfs.badges("Leeg", List.of()));
    }
}
