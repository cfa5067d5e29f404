package nl.ingrado.portal.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries.Filter;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries.Row;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.invoice.entity.InvoiceStatus;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.Ids;
import nl.ingrado.portal.shared.web.LazyList;
import nl.ingrado.portal.shared.web.QueryString;
import org.omnifaces.util.Faces;

/**
 * /staff/invoices.xhtml (Facturen): every invoice and credit note, filtered by status, year, purpose,
 * organisation and text; the filters live in the address, so a filtered list can be bookmarked and
 * exported as shown (/staff/export/invoices.csv|xlsx).
 */
@Named
@ViewScoped
public class InvoiceList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The list's parameters, in the order of its addresses. */
    static final List<String> PARAMETERS = List.of("q", "status", "year", "purpose", "organisation");

    @Inject
    InvoiceQueries invoices;

    @Size(max = Lengths.SEARCH)
    @Getter
    @Setter
    private String q;
    @Getter
    @Setter
    private String status;
    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String year;
    @Getter
    @Setter
    private String purpose;
    @Getter
    @Setter
    private String organisation;
    private Filter filter;

    @Getter
    private final LazyList<Row> model = new LazyList<>(() -> invoices.count(filter()),
            (field, ascending, first, size) -> invoices.list(filter(), first, size), Row::id);

    public void load() {
        filter = filter(this::parameter);
    }

    public void search() throws IOException {
        Faces.redirect("staff/invoices.xhtml?" + getQueryString());
    }

    /** The current filters as a query string, for the export links and after a search. */
    public String getQueryString() {
        return QueryString.of(PARAMETERS, this::parameter);
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public InvoicePurpose[] getPurposes() {
        return InvoicePurpose.values();
    }

    private Filter filter() {
        return filter == null ? Filter.none() : filter;
    }

    private String parameter(String name) {
        return switch (name) {
            case "q" -> q;
            case "status" -> status;
            case "year" -> year;
            case "purpose" -> purpose;
            case "organisation" -> organisation;
            default -> null;
        };
    }

    /**
     * The filter the parameters give; a value that names nothing (a status or year typed in the address)
     * filters nothing rather than failing the list.
     */
    static Filter filter(Function<String, String> parameter) {
        var text = parameter.apply("q") == null ? "" : parameter.apply("q").strip();
        var yearText = parameter.apply("year") == null ? "" : parameter.apply("year").strip();
        return new Filter(named(InvoiceStatus.class, parameter.apply("status")),
                yearText.matches("\\d{4}") ? Integer.valueOf(yearText) : null,
                named(InvoicePurpose.class, parameter.apply("purpose")),
                text.isEmpty() ? null : text.substring(0, Math.min(text.length(), Lengths.SEARCH)),
                Ids.parse(parameter.apply("organisation")));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(name.strip())) {
                return constant;
            }
        }
        return null;
    }
}
