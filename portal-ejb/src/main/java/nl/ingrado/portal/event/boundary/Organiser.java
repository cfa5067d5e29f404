package nl.ingrado.portal.event.boundary;

import java.util.Set;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Who organises: Ingrado staff (every event), or a rayon contact person (only rayondagen of their
 * own rayon(s)). Built by the web layer from the caller; every organising call checks it.
 */
public record Organiser(long accountId, String email, boolean staff, Set<Long> rayonIds) {

    public boolean mayOrganise(Event event) {
        return staff || event.getKind() == EventKind.RAYONDAG && event.getRayon() != null
                && rayonIds.contains(event.getRayon().getId());
    }

    /** Refuses (as "not found", so ids are not probed) an event the organiser may not touch. */
    public void require(Event event) {
        if (event == null || !mayOrganise(event)) {
            throw new BusinessException("event.notFound");
        }
    }

    /** A new or changed event must stay within the organiser's reach. */
    public void requireMayPlan(EventKind kind, Long rayonId) {
        if (!staff && (kind != EventKind.RAYONDAG || rayonId == null || !rayonIds.contains(rayonId))) {
            throw BusinessException.onField("rayon", "event.rayon.notYours");
        }
    }
}
