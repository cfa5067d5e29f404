package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.register.boundary.ReRegistrations;
import nl.ingrado.portal.register.boundary.ReRegistrations.DuePeriod;
import nl.ingrado.portal.register.boundary.Registrants;

/**
 * /auditor/reregistration.xhtml: periods that ended or end within three months without a final
 * decision, with where they stand; the decision itself is taken on the registrant's page.
 */
@Named
@RequestScoped
public class ReRegistration {

    @Inject
    ReRegistrations reRegistrations;

    @Inject
    Registrants registrants;

    /** Read once a request, however often the page asks. */
    @Getter(lazy = true)
    private final List<DuePeriod> due = reRegistrations.due(registrants.today());

    public int getDueMonths() {
        return ReRegistrations.DUE_MONTHS;
    }
}
