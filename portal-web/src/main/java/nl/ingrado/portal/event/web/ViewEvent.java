package nl.ingrado.portal.event.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.EventCatalog;
import nl.ingrado.portal.event.boundary.EventCatalog.EventDetail;
import nl.ingrado.portal.event.boundary.EventCatalog.MyRegistration;
import nl.ingrado.portal.event.boundary.Registrations;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.shared.web.ClientAddress;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Ids;
import org.omnifaces.util.Faces;

/**
 * /events/view.xhtml?id= : one event, public; a logged-in member registers here, a visitor as a guest.
 * Request-scoped, and for a visitor the view is stateless: reading the page starts no HTTP session. The
 * event is read again on a postback, from the {@code id} that the form's address carries.
 */
@Named
@RequestScoped
public class ViewEvent {

    @Inject
    EventCatalog catalog;

    @Inject
    Registrations registrations;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private EventDetail event;
    private MyRegistration mine;
    private boolean mineRead;
    @Getter
    private final Map<Long, String> choices = new HashMap<>();

    @Size(max = Lengths.REMARKS)
    @Getter
    @Setter
    private String remarks;
    private java.util.List<nl.ingrado.portal.event.boundary.AssemblyDocuments.Document> documentList;

    @Inject
    nl.ingrado.portal.event.boundary.AssemblyDocuments documents;

    @NotBlank
    @Size(max = Lengths.NAME)
    @Getter
    @Setter
    private String guestName;

    @NotBlank
    @EmailAddress
    @Getter
    @Setter
    private String guestEmail;

    @Inject
    nl.ingrado.portal.event.boundary.GuestRegistrations guests;

    @Inject
    nl.ingrado.portal.shared.web.Language language;

    @Inject
    ClientAddress clientAddress;

    /**
     * The id from the address before anything asks for the event: on a postback the forms' rounds are
     * decoded and validated against the event's workshops before the view parameter reaches the model.
     */
    @PostConstruct
    void readId() {
        id = Ids.parse(Faces.getRequestParameter("id"));
    }

    public void load() throws IOException {
        if (getEvent() == null) {
            Faces.responseSendError(404, "no such event");
        }
    }

    public void register() throws IOException {
        var outcome = registrations.register(id, currentUser.id(), picked(), remarks);
        if (outcome.status() == RegistrationStatus.CONFIRMED) {
            Feedback.flash("register.confirmed", getEvent().summary().title());
        } else {
            Feedback.flash("register.waiting", getEvent().summary().title(), outcome.waitingPosition());
        }
        Faces.redirect("member/registrations.xhtml");
    }

    /** A visitor without account asks to register as a guest; the mailed link confirms it. */
    public void registerAsGuest() throws IOException {
        guests.request(id, guestName, guestEmail, language.getCode(), picked(), remarks,
                clientAddress.current());
        Feedback.flash("guest.mailed", guestEmail == null ? "" : guestEmail.strip());
        Faces.redirect("events/view.xhtml?id=" + id);
    }

    private Map<Long, Long> picked() {
        var picked = new HashMap<Long, Long>();
        choices.forEach((round, workshop) -> {
            var workshopId = Ids.parse(workshop);
            if (workshopId != null) {
                picked.put(round, workshopId);
            }
        });
        return picked;
    }

    public java.util.List<nl.ingrado.portal.event.boundary.AssemblyDocuments.Document> getDocuments() {
        if (documentList == null) {
            // only the general assembly's events hold documents (AssemblyDocuments.upload): no query for others
            var kind = getEvent() == null ? null : getEvent().summary().kind();
            documentList = "WERKCONFERENTIE".equals(kind) || "ALGEMENE_VERGADERING".equals(kind)
                    ? documents.list(id)
                    : java.util.List.of();
        }
        return documentList;
    }

    /** Members register; other roles (staff, auditor) see the event without the form. */
    public boolean isMember() {
        return currentUser.sessionUser().map(u -> u.groups().contains("MEMBER")).orElse(false);
    }

    public EventDetail getEvent() {
        if (event == null && id != null) {
            event = catalog.detail(id).orElse(null);
        }
        return event;
    }

    public MyRegistration getMine() {
        // asked by several parts of the page: read once, also when there is none
        if (!mineRead && id != null && isMember()) {
            mine = catalog.mine(currentUser.id(), id).stream().findFirst().orElse(null);
            mineRead = true;
        }
        return mine;
    }

    public String getLoginUrl() {
        return "/login.xhtml";
    }
}
