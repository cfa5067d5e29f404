package nl.ingrado.portal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ingrado.portal.newsletter.boundary.Editions;

/** Draft editions, counted for the staff's home page. */
@Named
@RequestScoped
public class EditionsWaiting {

    @Inject
    Editions editions;

    private Long drafts;

    public long getDrafts() {
        if (drafts == null) {
            drafts = editions.draftCount();
        }
        return drafts;
    }
}
