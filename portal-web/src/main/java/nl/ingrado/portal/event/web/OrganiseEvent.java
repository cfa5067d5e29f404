package nl.ingrado.portal.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.AssemblyDocuments;
import nl.ingrado.portal.event.boundary.EventAdministration;
import nl.ingrado.portal.event.entity.Audience;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonSummary;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.UploadedFile;
import org.omnifaces.util.Faces;

/**
 * /organise/event.xhtml?id= (a new event without id): the event form, and below it the workshop
 * rounds with their workshops; {@code &workshop=} opens one workshop in the workshop form.
 */
@Named
@ViewScoped
public class OrganiseEvent implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    EventAdministration events;

    @Inject
    RayonService rayonService;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    @Getter
    @Setter
    private Long workshopId;
    private transient Event event;
    private transient List<RayonSummary> rayons;
    private boolean filled;

    private final EventForm form = new EventForm();
    @Getter
    private final WorkshopForm workshopForm = new WorkshopForm();
    @Getter
    private final DocumentForm documentForm = new DocumentForm();

    @NotBlank
    @Size(max = Lengths.TITLE)
    @Getter
    @Setter
    private String roundName;
    private transient List<AssemblyDocuments.Document> documentList;

    @Inject
    AssemblyDocuments documents;

    public void load() throws IOException {
        if (id == null) {
            if (!filled) {
                filled = true;
                form.startFor(Organisers.of(currentUser));
            }
            return;
        }
        try {
            event = events.event(Organisers.of(currentUser), id);
        } catch (BusinessException notYours) {
            // out of the organiser's reach looks the same as not there
            Faces.responseSendError(404, "event not found");
            return;
        }
        var editing = workshopId == null ? null : findWorkshop(workshopId);
        if (workshopId != null && editing == null) {
            Faces.responseSendError(404, "workshop not found");
            return;
        }
        if (!filled) {
            filled = true;
            form.fill(event);
            if (editing != null) {
                workshopForm.fill(editing);
            }
        }
    }

    public void save() throws IOException {
        var details = form.details(events.rayon(form.getRayonId()));
        var organiser = Organisers.of(currentUser);
        if (id == null) {
            long created = events.create(organiser, details, form.isAutoPromote());
            shown(created, "organise.event.created");
        } else {
            events.update(organiser, id, form.version(), details, form.isAutoPromote());
            shown(id, "organise.event.saved");
        }
    }

    public List<AssemblyDocuments.Document> getDocuments() {
        if (documentList == null) {
            documentList = id == null ? List.of() : documents.list(id);
        }
        return documentList;
    }

    /** A PDF of the general assembly (annual report, budget …), checked by its content. */
    public void uploadDocument() throws IOException {
        var file = UploadedFile.read(documentForm.getFile(), AssemblyDocuments.MAX_BYTES, "documentFile",
                "document.file.tooLarge", AssemblyDocuments.MAX_BYTES / 1024 / 1024);
        documents.upload(Organisers.of(currentUser), id, documentForm.getTitle(),
                file == null ? null : file.name(),
                file == null ? null : file.content());
        shown(id, "documents.added");
    }

    public void removeDocument(long documentId) throws IOException {
        documents.remove(Organisers.of(currentUser), documentId);
        shown(id, "documents.removed");
    }

    public void addRound() throws IOException {
        events.addRound(Organisers.of(currentUser), id, roundName);
        shown(id, "organise.round.added");
    }

    public void saveWorkshop() throws IOException {
        var organiser = Organisers.of(currentUser);
        if (workshopId == null) {
            if (workshopForm.getRound() == null) {
                throw BusinessException.onField("workshopRound", "event.round.required");
            }
            events.addWorkshop(organiser, workshopForm.getRound(), workshopForm.getTitle(),
                    workshopForm.getDescription(),
                    workshopForm.getRoom(), workshopForm.getSpeaker(), workshopForm.getCapacity());
        } else {
            events.updateWorkshop(organiser, workshopId, workshopForm.getTitle(),
                    workshopForm.getDescription(),
                    workshopForm.getRoom(), workshopForm.getSpeaker(), workshopForm.getCapacity());
        }
        shown(id, workshopId == null ? "organise.workshop.added" : "organise.workshop.saved");
    }

    /** After a change: the event's page again, with what was done. */
    private static void shown(Long eventId, String done) throws IOException {
        Feedback.flash(done);
        Faces.redirect("organise/event.xhtml?id=" + eventId);
    }

    private Workshop findWorkshop(long wanted) {
        for (var round : event.getRounds()) {
            for (var candidate : round.getWorkshops()) {
                if (candidate.getId() == wanted) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The event as stored, read again after a failed POST (the bean keeps only what was typed). */
    public Event getEvent() {
        if (event == null && id != null) {
            event = events.event(Organisers.of(currentUser), id);
        }
        return event;
    }

    public Workshop getEditedWorkshop() {
        return workshopId == null || getEvent() == null ? null : findWorkshop(workshopId);
    }

    public boolean isCreating() {
        return id == null;
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public List<RayonSummary> getRayons() {
        if (rayons == null) {
            rayons = rayonService.overview();
        }
        return rayons;
    }

    /** The workshop being edited travels with its form, so a failed save keeps editing it. */

    public EventForm getForm() {
        return form;
    }
}
