package nl.ingrado.portal.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.event.boundary.EventCatalog.EventSummary;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonName;
import nl.ingrado.portal.shared.web.Ids;

/** /events/index.xhtml (Agenda): upcoming events, filtered by kind and rayon in the address. */
@Named
@RequestScoped
public class Calendar {

    @Inject
    EventCatalog catalog;

    @Inject
    RayonService rayonService;

    @Getter
    @Setter
    private String kind;
    @Getter
    @Setter
    private String rayon;
    @Getter
    private List<EventSummary> events;
    /** Asked several times while the page renders: read once. */
    @Getter(lazy = true)
    private final List<RayonName> rayons = rayonService.names();

    public void load() {
        EventKind parsedKind = null;
        try {
            parsedKind = kind == null || kind.isBlank() ? null : EventKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        Long rayonId = Ids.parse(rayon);
        events = catalog.upcoming(parsedKind, rayonId, 200);
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }
}
