package nl.ingrado.portal.invoice.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries.Filter;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.InvoiceStatus;
import org.junit.jupiter.api.Test;

/** The invoice list's address: what it filters on, and that a value naming nothing filters nothing. */
class InvoiceFilterTest {

    @Test
    void theParametersGiveTheFilter() {
        var filter = InvoiceList
                .filter(Map.of("q", " 2026-00042 ", "status", "OPEN", "year", "2026", "purpose",
                        "MEMBERSHIP", "organisation", "17")::get);
        assertEquals(new Filter(InvoiceStatus.OPEN, 2026, InvoicePurpose.MEMBERSHIP, "2026-00042", 17L),
                filter);
    }

    @Test
    void aValueThatNamesNothingFiltersNothing() {
        var filter = InvoiceList.filter(Map.of("q", "  ", "status", "BETAALD", "year", "26", "purpose", "x",
                "organisation", "abc")::get);
        assertEquals(Filter.none(), filter);
        assertEquals(Filter.none(), InvoiceList.filter(name -> null));
    }

    @Test
    void onlyPdfAndUblAreFiles() {
        assertEquals(Optional.of("PDF"), InvoiceFiles.format("pdf"));
        assertEquals(Optional.of("UBL"), InvoiceFiles.format("ubl"));
        assertEquals(Optional.empty(), InvoiceFiles.format("PDF"));
        assertEquals(Optional.empty(), InvoiceFiles.format(null));
    }
}
