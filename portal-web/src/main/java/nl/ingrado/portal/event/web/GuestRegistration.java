package nl.ingrado.portal.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.Registrations;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /events/registration.xhtml?code= : a guest's registration, reached through the secret code in
 * their mails: status, the QR code for the day, cancelling.
 */
@Named
@ViewScoped
public class GuestRegistration implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Registrations registrations;

    @Getter
    @Setter
    private String code;
    private transient Registration registration;
    @Getter
    private long position;

    public void load() throws IOException {
        if (code == null || !code.matches("^[A-Za-z0-9_-]{22}$") || getRegistration() == null) {
            Faces.responseSendError(404, "no such registration");
        }
    }

    public Registration getRegistration() {
        if (registration == null && code != null) {
            try {
                registration = registrations.guestByCode(code);
                position = registration
                        .getStatus() == nl.ingrado.portal.event.entity.RegistrationStatus.WAITING
                                ? registrations.waitingPosition(registration)
                                : 0;
            } catch (RuntimeException e) {
                registration = null;
            }
        }
        return registration;
    }

    public boolean isCancellable() {
        var r = getRegistration();
        return r != null && r.isLive() && r.getEvent().canCancel(java.time.LocalDateTime.now(
                java.time.ZoneId.of("Europe/Amsterdam")));
    }

    public void cancel() throws IOException {
        boolean promoted = registrations.cancelByCode(code);
        Feedback.flash(promoted ? "mine.cancelledPromoted" : "mine.cancelled");
        Faces.redirect("events/registration.xhtml?code=" + code);
    }
}
