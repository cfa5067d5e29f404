package nl.ingrado.portal.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.invoice.boundary.BillingData;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries;
import nl.ingrado.portal.invoice.boundary.InvoiceQueries.Row;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MemberService.OrganisationOption;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Ids;
import org.omnifaces.util.Faces;

/**
 * /member/invoices.xhtml (Mijn facturen): the invoices billed to the member themselves, each as a PDF,
 * and who pays their KRSD annual fee: they themselves or one of the organisations they work at now.
 */
@Named
@ViewScoped
public class MyInvoices implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The choice "I pay myself" in the payer list (an organisation is chosen by its id). */
    static final String SELF = "self";

    @Inject
    InvoiceQueries invoices;

    @Inject
    BillingData billing;

    @Inject
    MemberService members;

    @Inject
    CurrentUser currentUser;

    private Long personId;
    @Getter
    private List<Row> rows;
    @Getter
    private List<OrganisationOption> employers;
    @Getter
    @Setter
    private String payer;

    public void load() {
        personId = members.personOf(currentUser.id()).map(p -> p.getId()).orElse(null);
        if (personId == null) {
            rows = List.of();
            employers = List.of();
            return;
        }
        rows = invoices.mine(personId);
        employers = members.currentEmployers(personId);
        if (payer == null) {
            payer = billing.feePayer(personId).map(String::valueOf).orElse(SELF);
        }
    }

    /** Whether there is a person to choose for: an account without one has nothing to pay. */
    public boolean isPerson() {
        return personId != null;
    }

    public void choosePayer() throws IOException {
        if (personId == null) {
            return;
        }
        Long organisation = SELF.equals(payer) ? null : Ids.parse(payer);
        if (organisation == null && !SELF.equals(payer)) {
            throw BusinessException.onField("payer", "invoice.payer.notEmployer");
        }
        billing.chooseFeePayer(personId, organisation);
        Feedback.flash("inv.mine.payerSaved");
        Faces.redirect("member/invoices.xhtml");
    }

    public String getSelf() {
        return SELF;
    }
}
