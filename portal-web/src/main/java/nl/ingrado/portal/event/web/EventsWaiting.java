package nl.ingrado.portal.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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

    private List<EventSummary> coming;
    private Long withWaitingList;

    public List<EventSummary> getComing() {
        if (coming == null) {
            coming = catalog.upcoming(null, null, COMING);
        }
        return coming;
    }

    public long getWithWaitingList() {
        if (withWaitingList == null) {
            withWaitingList = administration.eventsWithWaitingCount();
        }
        return withWaitingList;
    }
}
