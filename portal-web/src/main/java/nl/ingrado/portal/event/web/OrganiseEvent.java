package nl.ingrado.portal.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import nl.ingrado.portal.event.boundary.AssemblyDocuments;
import nl.ingrado.portal.event.boundary.EventAdministration;
import nl.ingrado.portal.event.entity.Audience;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.event.entity.Workshop;
import nl.ingrado.portal.rayon.boundary.RayonService;
import nl.ingrado.portal.rayon.boundary.RayonService.RayonSummary;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
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
    transient EventAdministration events;

    @Inject
    transient RayonService rayonService;

    @Inject
    transient CurrentUser currentUser;

    private String idParameter;
    private Long id;
    private String workshopParameter;
    private Long workshopId;
    private transient Event event;
    private transient List<RayonSummary> rayons;
    private long version;
    private boolean filled;

    private EventKind kind;
    private String title;
    private String description;
    private Long rayonId;
    private String venue;
    private String onlineUrl;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime registrationOpensAt;
    private LocalDateTime registrationClosesAt;
    private LocalDateTime cancellationDeadline;
    private Integer capacity;
    private Audience audience;
    private String feeNonMembers;
    private String accreditationPoints;
    private String accreditationCategory;
    private String assemblyAgenda;
    private Integer reminderDays = 3;
    private boolean autoPromote = true;

    private String roundName;
    private Long workshopRound;
    private String workshopTitle;
    private String workshopRoom;
    private String workshopSpeaker;
    private Integer workshopCapacity;
    private String workshopDescription;

    private String documentTitle;
    private transient jakarta.servlet.http.Part documentFile;
    private transient List<AssemblyDocuments.Document> documentList;

    @Inject
    transient AssemblyDocuments documents;

    public void load() throws IOException {
        if (idParameter != null && id == null || workshopParameter != null && workshopId == null) {
            Faces.responseSendError(404, "event not found");
            return;
        }
        if (id == null) {
            if (!filled) {
                filled = true;
                var organiser = Organisers.of(currentUser);
                // a rayon contact can only plan rayondagen of their own rayon: start there
                if (!organiser.staff()) {
                    kind = EventKind.RAYONDAG;
                    rayonId = organiser.rayonIds().size() == 1
                            ? organiser.rayonIds().iterator().next()
                            : null;
                }
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
            fill(event);
            if (editing != null) {
                workshopRound = editing.getRound().getId();
                workshopTitle = editing.getTitle();
                workshopRoom = editing.getRoom();
                workshopSpeaker = editing.getSpeaker();
                workshopCapacity = editing.getCapacity();
                workshopDescription = editing.getDescription();
            }
        }
    }

    private void fill(Event e) {
        version = e.getVersion();
        kind = e.getKind();
        title = e.getTitle();
        description = e.getDescription();
        rayonId = e.getRayon() == null ? null : e.getRayon().getId();
        venue = e.getVenue();
        onlineUrl = e.getOnlineUrl();
        startsAt = e.getStartsAt();
        endsAt = e.getEndsAt();
        registrationOpensAt = e.getRegistrationOpensAt();
        registrationClosesAt = e.getRegistrationClosesAt();
        cancellationDeadline = e.getCancellationDeadline();
        capacity = e.getCapacity();
        audience = e.getAudience();
        feeNonMembers = plain(e.getFeeNonMembers());
        accreditationPoints = plain(e.getAccreditationPoints());
        accreditationCategory = e.getAccreditationCategory();
        assemblyAgenda = e.getAssemblyAgenda();
        reminderDays = e.getReminderDays();
        autoPromote = e.isAutoPromote();
    }

    public void save() throws IOException {
        var details = new Event.Details(kind, title, description, events.rayon(rayonId), venue, onlineUrl,
                startsAt, endsAt, registrationOpensAt, registrationClosesAt, cancellationDeadline, capacity,
                audience, number(feeNonMembers, "feeNonMembers", "event.fee.invalid"),
                number(accreditationPoints, "accreditationPoints", "event.accreditation.both"),
                accreditationCategory, assemblyAgenda, reminderDays);
        var organiser = Organisers.of(currentUser);
        if (id == null) {
            long created = events.create(organiser, details, autoPromote);
            Feedback.flash("organise.event.created");
            Faces.redirect("organise/event.xhtml?id=" + created);
        } else {
            events.update(organiser, id, version, details, autoPromote);
            Feedback.flash("organise.event.saved");
            Faces.redirect("organise/event.xhtml?id=" + id);
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
        byte[] content = null;
        String filename = null;
        if (documentFile != null && documentFile.getSize() > 0) {
            if (documentFile.getSize() > AssemblyDocuments.MAX_BYTES) {
                throw BusinessException.onField("documentFile", "document.file.tooLarge",
                        AssemblyDocuments.MAX_BYTES / 1024 / 1024);
            }
            try (var in = documentFile.getInputStream()) {
                content = in.readAllBytes();
            }
            filename = documentFile.getSubmittedFileName();
        }
        documents.upload(Organisers.of(currentUser), id, documentTitle, filename, content);
        Feedback.flash("documents.added");
        Faces.redirect("organise/event.xhtml?id=" + id);
    }

    public void removeDocument(long documentId) throws IOException {
        documents.remove(Organisers.of(currentUser), documentId);
        Feedback.flash("documents.removed");
        Faces.redirect("organise/event.xhtml?id=" + id);
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public jakarta.servlet.http.Part getDocumentFile() {
        return documentFile;
    }

    public void setDocumentFile(jakarta.servlet.http.Part documentFile) {
        this.documentFile = documentFile;
    }

    public void addRound() throws IOException {
        events.addRound(Organisers.of(currentUser), id, roundName);
        Feedback.flash("organise.round.added");
        Faces.redirect("organise/event.xhtml?id=" + id);
    }

    public void saveWorkshop() throws IOException {
        var organiser = Organisers.of(currentUser);
        if (workshopId == null) {
            if (workshopRound == null) {
                throw BusinessException.onField("workshopRound", "event.round.required");
            }
            events.addWorkshop(organiser, workshopRound, workshopTitle, workshopDescription, workshopRoom,
                    workshopSpeaker, workshopCapacity);
            Feedback.flash("organise.workshop.added");
        } else {
            events.updateWorkshop(organiser, workshopId, workshopTitle, workshopDescription, workshopRoom,
                    workshopSpeaker, workshopCapacity);
            Feedback.flash("organise.workshop.saved");
        }
        Faces.redirect("organise/event.xhtml?id=" + id);
    }

    /** Amounts as people type them, with a comma or a point. */
    private static BigDecimal number(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw BusinessException.onField(field, key);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private Workshop findWorkshop(long wanted) {
        for (var round : event.getRounds()) {
            for (var workshop : round.getWorkshops()) {
                if (workshop.getId() == wanted) {
                    return workshop;
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

    public Long getId() {
        return id;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
        this.id = parse(idParameter);
    }

    public String getWorkshopParameter() {
        return workshopParameter;
    }

    public void setWorkshopParameter(String workshopParameter) {
        this.workshopParameter = workshopParameter;
        this.workshopId = parse(workshopParameter);
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    /** The workshop being edited travels with its form, so a failed save keeps editing it. */
    public void setWorkshopId(Long workshopId) {
        this.workshopId = workshopId;
    }

    private static Long parse(String parameter) {
        try {
            return parameter == null || parameter.isBlank() ? null : Long.valueOf(parameter.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getRayonId() {
        return rayonId;
    }

    public void setRayonId(Long rayonId) {
        this.rayonId = rayonId;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
        this.registrationOpensAt = registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
        this.registrationClosesAt = registrationClosesAt;
    }

    public LocalDateTime getCancellationDeadline() {
        return cancellationDeadline;
    }

    public void setCancellationDeadline(LocalDateTime cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getFeeNonMembers() {
        return feeNonMembers;
    }

    public void setFeeNonMembers(String feeNonMembers) {
        this.feeNonMembers = feeNonMembers;
    }

    public String getAccreditationPoints() {
        return accreditationPoints;
    }

    public void setAccreditationPoints(String accreditationPoints) {
        this.accreditationPoints = accreditationPoints;
    }

    public String getAccreditationCategory() {
        return accreditationCategory;
    }

    public void setAccreditationCategory(String accreditationCategory) {
        this.accreditationCategory = accreditationCategory;
    }

    public String getAssemblyAgenda() {
        return assemblyAgenda;
    }

    public void setAssemblyAgenda(String assemblyAgenda) {
        this.assemblyAgenda = assemblyAgenda;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    public boolean isAutoPromote() {
        return autoPromote;
    }

    public void setAutoPromote(boolean autoPromote) {
        this.autoPromote = autoPromote;
    }

    public String getRoundName() {
        return roundName;
    }

    public void setRoundName(String roundName) {
        this.roundName = roundName;
    }

    public Long getWorkshopRound() {
        return workshopRound;
    }

    public void setWorkshopRound(Long workshopRound) {
        this.workshopRound = workshopRound;
    }

    public String getWorkshopTitle() {
        return workshopTitle;
    }

    public void setWorkshopTitle(String workshopTitle) {
        this.workshopTitle = workshopTitle;
    }

    public String getWorkshopRoom() {
        return workshopRoom;
    }

    public void setWorkshopRoom(String workshopRoom) {
        this.workshopRoom = workshopRoom;
    }

    public String getWorkshopSpeaker() {
        return workshopSpeaker;
    }

    public void setWorkshopSpeaker(String workshopSpeaker) {
        this.workshopSpeaker = workshopSpeaker;
    }

    public Integer getWorkshopCapacity() {
        return workshopCapacity;
    }

    public void setWorkshopCapacity(Integer workshopCapacity) {
        this.workshopCapacity = workshopCapacity;
    }

    public String getWorkshopDescription() {
        return workshopDescription;
    }

    public void setWorkshopDescription(String workshopDescription) {
        this.workshopDescription = workshopDescription;
    }
}
