package nl.ingrado.portal.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.event.boundary.EventCatalog.MyRegistration;
import nl.ingrado.portal.event.boundary.EventCatalog.RoundSeats;
import nl.ingrado.portal.event.boundary.Registrations;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /member/registrations.xhtml (Mijn inschrijvingen): status or waiting place, workshops (change while
 * seats are free), cancel, the QR code for check-in, the certificate, the personal calendar feed.
 * Request-scoped: every request reads the registrations anew anyway, and a view-scoped bean would add a
 * view map to the session on every visit (under one lock per session).
 */
@Named
@RequestScoped
public class MyRegistrations {

    @Inject
    EventCatalog catalog;

    @Inject
    Registrations registrations;

    @Inject
    CurrentUser currentUser;

    @Inject
    PortalSettings settings;

    private List<MyRegistration> mine;
    private java.util.Map<Long, List<RoundSeats>> details;

    public List<MyRegistration> getMine() {
        if (mine == null) {
            mine = catalog.mine(currentUser.id());
        }
        return mine;
    }

    /** The workshops of a round with their free seats, for changing a workshop. */
    public List<EventCatalog.WorkshopSeats> workshops(long eventId, long roundId) {
        if (details == null) {
            // the rounds of every listed event with choices, read at once rather than per row
            details = catalog.rounds(getMine().stream().filter(r -> !r.choices().isEmpty())
                    .map(r -> r.event().id()).toList());
        }
        var rounds = details.getOrDefault(eventId, List.of());
        return rounds.stream().filter(r -> r.id() == roundId).findFirst().map(RoundSeats::workshops)
                .orElse(List.of());
    }

    public void cancel(long eventId) throws IOException {
        boolean promoted = registrations.cancelOwn(eventId, currentUser.id());
        Feedback.flash(promoted ? "mine.cancelledPromoted" : "mine.cancelled");
        Faces.redirect("member/registrations.xhtml");
    }

    public void changeWorkshop(long eventId, long roundId) throws IOException {
        var workshopId = Faces.getRequestParameter("workshop");
        if (workshopId == null || !workshopId.matches("\\d{1,18}")) {
            Feedback.show(nl.ingrado.portal.shared.entity.BusinessException.onField("workshop",
                    "registration.workshop.unknown"));
            return;
        }
        registrations.changeWorkshop(eventId, currentUser.id(), roundId, Long.parseLong(workshopId));
        Feedback.flash("mine.workshopChanged");
        Faces.redirect("member/registrations.xhtml");
    }

    public String getFeedUrl() {
        return settings.baseUrl() + "/calendar/" + catalog.feedToken(currentUser.id()) + ".ics";
    }
}
