package nl.ingrado.portal.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries.Owed;

/** /staff/outstanding.xhtml (Openstaand): per organisation or person, what is still to be paid. */
@Named
@ViewScoped
public class Outstanding implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    @Getter
    private List<Owed> owed;
    @Getter
    private BigDecimal total;

    public void load() {
        owed = invoices.owed();
        total = owed.stream().map(Owed::outstanding).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The invoice list showing this buyer's open invoices: by organisation, else by name. */
    public String listQuery(Owed row) {
        return row.organisationId() != null
                ? "organisation=" + row.organisationId()
                : "q=" + URLEncoder.encode(row.buyer(), StandardCharsets.UTF_8);
    }
}
