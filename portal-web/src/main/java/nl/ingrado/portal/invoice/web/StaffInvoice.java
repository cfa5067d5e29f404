package nl.ingrado.portal.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.invoice.boundary.InvoiceIssuer;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries.Detail;
import nl.ingrado.portal.invoice.entity.InvoiceKind;
import nl.ingrado.portal.invoice.entity.InvoiceLine;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Decimals;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/**
 * /staff/invoice.xhtml?id= (Factuur): one invoice or credit note as it was issued, what was paid and
 * credited on it, its files, and a credit note for some of its lines or the whole.
 */
@Named
@ViewScoped
public class StaffInvoice implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceQueries invoices;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient Detail detail;

    /** The quantity to credit per line number, as typed ("1", "0,5"); empty: the line is not credited. */
    @Getter
    private final Map<Integer, String> quantities = new HashMap<>();

    public void load() throws IOException {
        detail = Pages.found(invoices.detail(id), "invoice not found");
    }

    public Detail getDetail() {
        if (detail == null && id != null) {
            detail = invoices.detail(id).orElse(null);
        }
        return detail;
    }

    /** Whether a credit note can still be made: an invoice with something left to credit. */
    public boolean isCreditable() {
        var d = getDetail();
        return d != null && d.row().kind() == InvoiceKind.INVOICE
                && d.row().total().subtract(d.credited()).signum() > 0;
    }

    public boolean isCreditNote() {
        var d = getDetail();
        return d != null && d.row().kind() == InvoiceKind.CREDIT_NOTE;
    }

    public boolean hasUbl() {
        var d = getDetail();
        return d != null && d.formats().contains("UBL");
    }

    /** A line's VAT as it is printed: "21%", "0% (Z)", or the reason it is exempt. */
    public String vat(InvoiceLine line) {
        var rate = line.getVatRate().stripTrailingZeros().toPlainString();
        return switch (line.getVatCategory()) {
            case "E" -> Feedback.text("inv.vat.exempt") + (line.getExemptionReason() == null
                    ? ""
                    : ": " + line.getExemptionReason());
            case "Z" -> "0%";
            default -> rate.replace('.', ',') + "%";
        };
    }

    /** A credit note for the quantities typed per line. */
    public void credit() throws IOException {
        Map<Integer, BigDecimal> chosen = new HashMap<>();
        for (var line : getDetail().lines()) {
            var quantity = Decimals.parse(quantities.get(line.getLineNo()), "quantity" + line.getLineNo(),
                    "inv.credit.quantityFormat");
            if (quantity != null) {
                chosen.put(line.getLineNo(), quantity);
            }
        }
        if (chosen.isEmpty()) {
            throw new BusinessException("invoice.credit.nothing");
        }
        issued(issuer.credit(id, chosen, currentUser.getEmail()));
    }

    /** A credit note for the whole invoice (what is left of it to credit). */
    public void creditWhole() throws IOException {
        issued(issuer.credit(id, null, currentUser.getEmail()));
    }

    private void issued(long note) throws IOException {
        Feedback.flash("inv.credit.done");
        Faces.redirect("staff/invoice.xhtml?id=" + note);
    }
}
