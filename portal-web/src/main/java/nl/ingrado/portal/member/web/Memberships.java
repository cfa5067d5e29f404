package nl.ingrado.portal.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.ingrado.portal.member.boundary.MembershipService;
import nl.ingrado.portal.member.boundary.MembershipService.Overview;
import nl.ingrado.portal.member.entity.FeeBand;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /staff/memberships.xhtml?year=…: fee bands, invoicing a year, payments, the finance export. */
@Named
@ViewScoped
public class Memberships implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient MembershipService memberships;

    @Inject
    transient CurrentUser currentUser;

    private Integer year;
    private Overview overview;
    private List<FeeBand> bands;
    private Integer minInhabitants;
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

    /** The year's memberships as CSV (semicolons and a decimal comma, as Dutch spreadsheets expect). */
    public void exportCsv() throws IOException {
        var csv = new StringBuilder("organisatie;soort;inwoners;contributie;status\r\n");
        for (var row : memberships.overview(year).rows()) {
            csv.append(cell(row.organisation())).append(';').append(row.kind()).append(';')
                    .append(row.inhabitants() == null ? "" : row.inhabitants()).append(';')
                    .append(row.fee().toPlainString().replace('.', ',')).append(';').append(row.status())
                    .append("\r\n");
        }
        Faces.sendFile(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), "contributie-" + year + ".csv",
                true);
    }

    /** Quotes a cell and defuses spreadsheet formulas (=, +, -, @ at the start). */
    static String cell(String value) {
        var safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private String staff() {
        return currentUser.getEmail();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Overview getOverview() {
        return overview;
    }

    public List<FeeBand> getBands() {
        return bands;
    }

    public Integer getMinInhabitants() {
        return minInhabitants;
    }

    public void setMinInhabitants(Integer minInhabitants) {
        this.minInhabitants = minInhabitants;
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

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
