package nl.ingrado.portal.register.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import nl.ingrado.portal.register.boundary.AuditorDesk;

/** KRSD applications waiting for a decision, counted for the staff's home page. */
@Named
@RequestScoped
public class ApplicationsWaiting {

    @Inject
    AuditorDesk desk;

    /** Read once a request, however often the page asks. */
    @Getter(lazy = true)
    private final long count = desk.applicationCount();
}
