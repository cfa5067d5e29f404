package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ingrado.portal.register.boundary.AuditorDesk;

/** KRSD applications waiting for a decision, counted for the staff's home page. */
@Named
@RequestScoped
public class ApplicationsWaiting {

    @Inject
    AuditorDesk desk;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = desk.applicationCount();
        }
        return count;
    }
}
