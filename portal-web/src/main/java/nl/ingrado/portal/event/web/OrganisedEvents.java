package nl.ingrado.portal.event.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.event.boundary.EventAdministration;
import nl.ingrado.portal.event.boundary.EventAdministration.EventRow;
import nl.ingrado.portal.shared.web.CurrentUser;

/** /organise/index.xhtml: the events the logged-in organiser may organise, with their counts. */
@Named
@RequestScoped
public class OrganisedEvents {

    @Inject
    EventAdministration events;

    @Inject
    CurrentUser currentUser;

    @Getter
    private List<EventRow> rows;

    @PostConstruct
    void load() {
        rows = events.events(Organisers.of(currentUser));
    }
}
