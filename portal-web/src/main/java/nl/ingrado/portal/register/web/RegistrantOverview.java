package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonName;
import nl.ingrado.portal.register.boundary.RegisterOverview;
import nl.ingrado.portal.register.boundary.RegisterOverview.Page;
import nl.ingrado.portal.register.boundary.RegistrantFilter;
import nl.ingrado.portal.register.entity.Norm.Standing;
import nl.ingrado.portal.register.entity.OverviewRow;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.QueryString;

/**
 * /auditor/registrants.xhtml: all registrants with where they stand against the norm. The filters are a
 * plain GET form, so every filtered view is an address to bookmark, share or export; the page never
 * posts back, which is why a request-scoped bean is enough.
 */
@Named
@RequestScoped
public class RegistrantOverview {

    static final int PAGE_SIZE = 25;

    @Inject
    RegisterOverview overview;

    @Inject
    RayonService rayonService;

    @Getter
    @Setter
    private String q;
    @Getter
    @Setter
    private String standing;
    @Getter
    @Setter
    private String months;
    @Getter
    @Setter
    private String rayon;
    @Getter
    @Setter
    private String job;
    @Getter
    @Setter
    private String status;
    @Getter
    @Setter
    private String sort;
    @Getter
    @Setter
    private String page;
    @Getter
    private Page result;
    private String errorField;
    private String errorMessage;
    @Getter
    private List<RayonName> rayons;
    private NumberFormat numberFormat;

    public void load() {
        rayons = rayonService.names();
        try {
            var filter = RegistrantFilter.parse(this::parameter);
            int number = page == null || !page.strip().matches("\\d{1,6}")
                    ? 1
                    : Math.max(1,
                            Integer.parseInt(page.strip()));
            result = overview.page(filter, (number - 1) * PAGE_SIZE, PAGE_SIZE);
            if (result.rows().isEmpty() && number > 1 && result.total() > 0) {
                // a page past the end (the list got shorter): show the last one
                number = (int) ((result.total() - 1) / PAGE_SIZE) + 1;
                result = overview.page(filter, (number - 1) * PAGE_SIZE, PAGE_SIZE);
            }
        } catch (BusinessException e) {
            errorField = e.field();
            errorMessage = Feedback.text(e.messageKey(), e.arguments());
        }
    }

    String parameter(String name) {
        return switch (name) {
            case "q" -> q;
            case "standing" -> standing;
            case "months" -> months;
            case "rayon" -> rayon;
            case "job" -> job;
            case "status" -> status;
            case "sort" -> sort;
            default -> null;
        };
    }

    /** The current filters as a query string, for the export links. */
    public String getQueryString() {
        return QueryString.of(RegistrantFilter.PARAMETERS, this::parameter);
    }

    /** The address of this overview with one filter changed (the page starts again at 1). */
    public String with(String name, String value) {
        return QueryString.of(RegistrantFilter.PARAMETERS, this::parameter, name, value);
    }

    /** The address of another page of this overview. */
    public String pageLink(int number) {
        var query = getQueryString();
        return (query.isEmpty() ? "" : query + "&") + "page=" + number;
    }

    public int getPageNumber() {
        return result == null ? 1 : result.first() / PAGE_SIZE + 1;
    }

    public int getPageCount() {
        return result == null ? 1 : (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String error(String field) {
        return field.equals(errorField) ? errorMessage : null;
    }

    public String invalid(String field) {
        return String.valueOf(field.equals(errorField));
    }

    /** A message that belongs to no field of the form. */
    public String getGeneralError() {
        return errorMessage != null
                && (errorField == null || !RegistrantFilter.PARAMETERS.contains(errorField))
                        ? errorMessage
                        : null;
    }

    /** Points as people write them: no trailing ",0", a decimal comma in Dutch. */
    public String points(BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (numberFormat == null) {
            numberFormat = NumberFormat
                    .getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            numberFormat.setMaximumFractionDigits(1);
        }
        return numberFormat.format(value);
    }

    public List<OverviewRow> getRows() {
        return result == null ? List.of() : result.rows();
    }

    public Standing[] getStandings() {
        return Standing.values();
    }

    public Job[] getJobs() {
        return Job.values();
    }

    public RegistrantStatus[] getStatuses() {
        return RegistrantStatus.values();
    }
}
