package nl.ingrado.portal.invoice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.invoice.boundary.Invoicing;
import nl.ingrado.portal.invoice.boundary.Invoicing.Planned;
import nl.ingrado.portal.invoice.boundary.Invoicing.Preview;
import nl.ingrado.portal.invoice.entity.InvoicePurpose;
import nl.ingrado.portal.member.boundary.MembershipService;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Ids;
import org.omnifaces.util.Faces;

/**
 * /staff/invoicing.xhtml?purpose=&year= (Facturatierun): what a run would issue, before anything is
 * numbered, with why some cannot be issued yet; then the run itself.
 */
@Named
@ViewScoped
public class InvoicingRun implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The kinds of run staff start; OTHER invoices are not made by a run. */
    private static final String MEMBERSHIP = "MEMBERSHIP:";

    static final List<InvoicePurpose> PURPOSES = List.of(InvoicePurpose.MEMBERSHIP, InvoicePurpose.KRSD_FEE,
            InvoicePurpose.EVENT_FEE);

    @Inject
    Invoicing invoicing;

    @Inject
    MembershipService memberships;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private InvoicePurpose purpose;
    @Getter
    @Setter
    private Integer year;
    /** Not kept with the view state: its drafts are not serializable, and it is read again cheaply. */
    private transient Preview preview;
    /** Organisation by membership, for the links of blocked membership invoices. */
    private transient Map<Long, Long> organisations;

    public void load() {
        if (year == null || year < 2000 || year > 2100) {
            year = LocalDate.now(Clocks.AMSTERDAM).getYear();
        }
        if (purpose != null && !PURPOSES.contains(purpose)) {
            purpose = null;
        }
    }

    public Preview getPreview() {
        if (preview == null && purpose != null && year != null) {
            preview = invoicing.preview(purpose, year);
        }
        return preview;
    }

    /** Shows the preview of the chosen run (its address can be bookmarked). */
    public void show() throws IOException {
        Faces.redirect("staff/invoicing.xhtml?purpose=" + purpose + "&year=" + year);
    }

    public void run() throws IOException {
        var result = invoicing.run(purpose, year, currentUser.getEmail());
        Feedback.flash("inv.run.done", result.issued(), result.skipped(), result.blocked());
        Faces.redirect("staff/invoicing.xhtml?purpose=" + purpose + "&year=" + year);
    }

    /** "3 facturen uitgeven": the button says how many it issues. */
    public String getRunLabel() {
        return Feedback.text("inv.run.button", getPreview().issuable());
    }

    public String getRunConfirm() {
        return Feedback.text("inv.run.confirm", getPreview().issuable(), getPreview().total());
    }

    /**
     * The organisation whose billing data a blocked membership invoice waits for, to link to its page;
     * null for other runs (a KRSD fee's payer is the registrant's choice, not known here).
     */
    public Long organisationOf(Planned planned) {
        if (planned.draft() != null || planned.sourceKey() == null
                || !planned.sourceKey().startsWith(MEMBERSHIP)) {
            return null;
        }
        if (organisations == null) {
            organisations = new HashMap<>();
            memberships.billable(year).forEach(b -> organisations.put(b.membershipId(), b.organisationId()));
        }
        var membership = Ids.parse(planned.sourceKey().substring(MEMBERSHIP.length()));
        return membership == null ? null : organisations.get(membership);
    }

    public List<InvoicePurpose> getPurposes() {
        return PURPOSES;
    }

    /** The year to choose from: last year to the next. */
    public List<Integer> getYears() {
        int now = LocalDate.now(Clocks.AMSTERDAM).getYear();
        return year != null && (year < now - 1 || year > now + 1)
                ? List.of(now - 1, now, now + 1, year)
                : List.of(now - 1, now, now + 1);
    }
}
