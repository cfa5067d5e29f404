package nl.ingrado.portal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import nl.ingrado.portal.newsletter.boundary.Editions;

/** Draft editions, counted for the staff's home page. */
@Named
@RequestScoped
public class EditionsWaiting {

    @Inject
    Editions editions;

    /** Read once a request, however often the page asks. */
    @Getter(lazy = true)
    private final long drafts = editions.draftCount();
}
