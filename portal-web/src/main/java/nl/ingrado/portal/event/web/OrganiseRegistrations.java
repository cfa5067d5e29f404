package nl.ingrado.portal.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.EventAdministration;
import nl.ingrado.portal.event.boundary.EventAdministration.RegistrationOverview;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /organise/registrations.xhtml?id=: who registered, per workshop, the waiting list (seats given by
 * hand when automatic promotion is off), cancelling, downloads, and a message to everyone registered.
 */
@Named
@ViewScoped
public class OrganiseRegistrations implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EventAdministration events;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient RegistrationOverview overview;

    @Size(max = Lengths.TEXT)
    @Getter
    @Setter
    private String text;

    public void load() throws IOException {
        try {
            overview = events.registrations(Organisers.of(currentUser), id);
        } catch (BusinessException notYours) {
            // out of the organiser's reach looks the same as not there
            Faces.responseSendError(404, "event not found");
        }
    }

    public void cancel(long registrationId) throws IOException {
        events.cancelRegistration(Organisers.of(currentUser), registrationId);
        shown("organise.registration.cancelled");
    }

    public void promote(long registrationId) throws IOException {
        events.promote(Organisers.of(currentUser), registrationId);
        shown("organise.registration.promoted");
    }

    public void send() throws IOException {
        int count = events.message(Organisers.of(currentUser), id, text);
        shown("organise.message.sent", count);
    }

    /** After a change: the registrations again, with what was done. */
    private void shown(String done, Object... args) throws IOException {
        Feedback.flash(done, args);
        Faces.redirect("organise/registrations.xhtml?id=" + id);
    }

    /** The overview, read again after a failed POST. */
    public RegistrationOverview getOverview() {
        if (overview == null && id != null) {
            overview = events.registrations(Organisers.of(currentUser), id);
        }
        return overview;
    }
}
