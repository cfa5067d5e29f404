package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.MembershipService;
import nl.ingrado.portal.member.boundary.MembershipService.Overview;
import nl.ingrado.portal.member.entity.FeeBand;
import nl.ingrado.portal.shared.control.Texts;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.TableExport;
import nl.ingrado.portal.shared.web.TableExport.Format;
import org.omnifaces.util.Faces;

/** /staff/memberships.xhtml?year=…: fee bands, invoicing a year, payments, the finance export. */
@Named
@ViewScoped
public class Memberships implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    MembershipService memberships;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Integer year;
    @Getter
    private Overview overview;
    @Getter
    private List<FeeBand> bands;

    @PositiveOrZero
    @Getter
    @Setter
    private Integer minInhabitants;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String amount;

    public void load() {
        if (year == null || year < 2000 || year > 2100) {
            year = LocalDate.now().getYear();
        }
        overview = memberships.overview(year);
        bands = memberships.bands(year);
    }

    public void addBand() throws IOException {
        memberships.addBand(year, minInhabitants, parseAmount(amount), staff());
        Feedback.flash("memberships.bandAdded");
        Faces.redirect("staff/memberships.xhtml?year=" + year);
    }

    public void invoiceYear() throws IOException {
        int count = memberships.invoiceYear(year, staff());
        Feedback.flash("memberships.invoiced", count, String.valueOf(year));
        Faces.redirect("staff/memberships.xhtml?year=" + year);
    }

    public void markPaid(long membershipId) throws IOException {
        memberships.markPaid(membershipId, staff());
        Feedback.flash("memberships.paid");
        Faces.redirect("staff/memberships.xhtml?year=" + year);
    }

    /** The year's memberships as CSV for finance, written as every table export is. */
    public void exportCsv() throws IOException {
        var rows = memberships.overview(year).rows();
        Faces.responseReset();
        TableExport.write(Faces.getResponse(), Format.CSV, Texts.DUTCH, "contributie-" + year, null,
                List.of("organisatie", "soort", "inwoners", "contributie", "status"),
                sink -> rows.forEach(row -> sink.accept(Arrays.asList(row.organisation(), row.kind(),
                        row.inhabitants(), row.fee(), row.status()))));
        Faces.responseComplete();
    }

    private String staff() {
        return currentUser.getEmail();
    }

    /** Amounts as people type them: 750, 750,00 or 750.00. */
    static BigDecimal parseAmount(String typed) {
        try {
            return new BigDecimal(typed.strip().replace("€", "").strip().replace(',', '.'));
        } catch (RuntimeException e) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("amount",
                    "feeBand.amount.invalid");
        }
    }
}
