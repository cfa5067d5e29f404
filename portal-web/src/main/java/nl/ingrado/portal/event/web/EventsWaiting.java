package nl.ingrado.portal.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.event.boundary.EventAdministration;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.event.boundary.EventCatalog.EventSummary;

/**
 * Events on the home pages: the next few for every visitor, and for staff how many coming events
 * have people waiting for a seat.
 */
@Named
@RequestScoped
public class EventsWaiting {

    /** Enough to show what is coming without pushing the ways in off the first screen. */
    static final int COMING = 4;

    @Inject
    EventCatalog catalog;

    @Inject
    EventAdministration administration;

    /** Read once a request, however often the page asks. */
    @Getter(lazy = true)
    private final List<EventSummary> coming = catalog.upcoming(null, null, COMING);
    @Getter(lazy = true)
    private final long withWaitingList = administration.eventsWithWaitingCount();
}
