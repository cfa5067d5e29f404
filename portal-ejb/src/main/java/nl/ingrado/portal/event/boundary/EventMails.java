package nl.ingrado.portal.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.ingrado.portal.event.control.EventCalendar;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.mail.entity.OutgoingMail.Attachment;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * The mails to people registered for an event: those of registration, each with the .ics of the
 * registration (stable UID, growing SEQUENCE), and the invitation to evaluate an event attended.
 * Logged in the caller's transaction, sent after it commits.
 */
@ApplicationScoped
public class EventMails {

    @Inject
    MailService mail;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    void confirmed(Registration r) {
        send(r, "event.confirmed", r.getCheckinCode());
    }

    void waiting(Registration r, long position) {
        send(r, "event.waiting", position);
    }

    void promoted(Registration r) {
        send(r, "event.promoted", r.getCheckinCode());
    }

    void workshopPromoted(Registration r, Workshop workshop) {
        send(r, "event.workshopPromoted", workshop.getTitle());
    }

    void changed(Registration r) {
        send(r, "event.changed", "");
    }

    void cancelled(Registration r) {
        send(r, "event.cancelled", "");
    }

    void reminder(Registration r) {
        send(r, "event.reminder", r.getCheckinCode());
    }

    /** The invitation to evaluate an event that {@code name} attended. */
    void evaluate(long registrationId, String email, String language, Object name, Object title) {
        mail.send(email, language, "event.evaluate", name, title,
                settings.baseUrl() + "/member/evaluation.xhtml?registration=" + registrationId);
    }

    /** {0} name, {1} title, {2} when, {3} where, {4} link to my registrations, {5} the extra. */
    private void send(Registration r, String kind, Object extra) {
        var event = r.getEvent();
        // a guest has no account: their link is their registration's own secret page
        var link = r.getAccountId() == null
                ? settings.baseUrl() + "/events/registration.xhtml?code=" + r.getCheckinCode()
                : settings.baseUrl() + "/member/registrations.xhtml";
        var attachment = new Attachment("ingrado-" + event.getId() + ".ics", EventCalendar.contentType(r),
                EventCalendar.attachment(r, settings.baseUrl(), clock.instant()));
        mail.sendWith(attachment, r.getEmail(), r.getLanguage(), kind, r.getName(), event.getTitle(),
                EventCalendar.when(event, r.getLanguage()), EventCalendar.location(event), link, extra);
    }
}
