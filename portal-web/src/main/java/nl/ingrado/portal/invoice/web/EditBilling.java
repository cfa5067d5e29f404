package nl.ingrado.portal.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.invoice.boundary.BillingData;
import nl.ingrado.portal.invoice.boundary.BillingData.Order;
import nl.ingrado.portal.member.boundary.OrganisationAdministration;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/**
 * /staff/billing.xhtml?organisation= (Factuurgegevens): where and how an organisation is invoiced, and
 * its purchase order numbers per year. Without billing data yet, the form starts from the
 * organisation's name and address.
 */
@Named
@ViewScoped
public class EditBilling implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    BillingData billing;

    @Inject
    OrganisationAdministration organisations;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long organisation;
    @Getter
    private String organisationName;
    /** Whether the organisation has billing data already (else the form is a proposal). */
    @Getter
    private boolean saved;
    @Getter
    private BillingForm form;
    @Getter
    private List<Order> orders;

    @Getter
    @Setter
    private Integer orderYear;
    @Size(max = Lengths.SHORT_NAME)
    @Getter
    @Setter
    private String orderNumber;

    public void load() throws IOException {
        var detail = Pages.found(organisations.detail(organisation), "organisation not found");
        if (detail == null) {
            return;
        }
        var o = detail.organisation();
        organisationName = o.getName();
        orders = billing.orders(organisation);
        if (form == null) {
            var existing = billing.of(organisation);
            saved = existing.isPresent();
            form = existing.map(BillingForm::of).orElseGet(() -> {
                var proposal = new BillingForm();
                proposal.setLegalName(o.getName());
                proposal.setStreet(o.getStreet());
                proposal.setPostalCode(o.getPostalCode());
                proposal.setCity(o.getCity());
                return proposal;
            });
        }
    }

    public void save() throws IOException {
        billing.save(organisation, form.details(), currentUser.getEmail());
        Feedback.flash("inv.billing.saved");
        Faces.redirect("staff/billing.xhtml?organisation=" + organisation);
    }

    /** Sets the purchase order number of a year (a year that has one gets the new number). */
    public void addOrder() throws IOException {
        if (orderYear == null) {
            throw BusinessException.onField("orderYear", "invoice.year.invalid");
        }
        if (orderNumber == null || orderNumber.isBlank()) {
            throw BusinessException.onField("orderNumber", "inv.order.required");
        }
        billing.order(organisation, orderYear, orderNumber, currentUser.getEmail());
        Feedback.flash("inv.order.saved", String.valueOf(orderYear));
        Faces.redirect("staff/billing.xhtml?organisation=" + organisation);
    }

    public void removeOrder(int year) throws IOException {
        billing.order(organisation, year, null, currentUser.getEmail());
        Feedback.flash("inv.order.removed", String.valueOf(year));
        Faces.redirect("staff/billing.xhtml?organisation=" + organisation);
    }
}
