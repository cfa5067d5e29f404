package nl.ingrado.portal.event.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.Organiser;
import nl.ingrado.portal.event.entity.Audience;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.EventKind;
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.Decimals;

/**
 * The event form of /organise/event.xhtml as typed: amounts stay text until saved, and the version
 * read with the event travels along so a save over someone else's change is refused.
 */
@Getter
@Setter
public class EventForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Setter(AccessLevel.NONE)
    private long version;

    @NotNull
    private EventKind kind;

    @NotBlank
    @Size(max = Lengths.TITLE)
    private String title;

    @Size(max = Lengths.TEXT)
    private String description;
    private Long rayonId;

    @Size(max = Lengths.VENUE)
    private String venue;

    @Size(max = Lengths.URL)
    private String onlineUrl;

    @NotNull
    private LocalDateTime startsAt;

    @NotNull
    private LocalDateTime endsAt;

    @NotNull
    private LocalDateTime registrationOpensAt;

    @NotNull
    private LocalDateTime registrationClosesAt;

    @NotNull
    private LocalDateTime cancellationDeadline;

    @NotNull
    @Min(value = 1, message = "{portal.seats}")
    @Max(value = Lengths.SEATS, message = "{portal.seats}")
    private Integer capacity;

    @NotNull
    private Audience audience;

    @Size(max = Lengths.NUMBER)
    private String feeNonMembers;

    @Size(max = Lengths.NUMBER)
    private String accreditationPoints;
    private String accreditationCategory;

    @Size(max = Lengths.TEXT)
    private String assemblyAgenda;

    @Min(value = 0, message = "{portal.reminderDays}")
    @Max(value = 60, message = "{portal.reminderDays}")
    private Integer reminderDays = 3;
    private boolean autoPromote = true;

    /** A rayon contact can only plan rayondagen of their own rayon: a new event starts there. */
    void startFor(Organiser organiser) {
        if (!organiser.staff()) {
            kind = EventKind.RAYONDAG;
            rayonId = organiser.rayonIds().size() == 1 ? organiser.rayonIds().iterator().next() : null;
        }
    }

    void fill(Event e) {
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
        feeNonMembers = Decimals.shown(e.getFeeNonMembers());
        accreditationPoints = Decimals.shown(e.getAccreditationPoints());
        accreditationCategory = e.getAccreditationCategory();
        assemblyAgenda = e.getAssemblyAgenda();
        reminderDays = e.getReminderDays();
        autoPromote = e.isAutoPromote();
    }

    Event.Details details(Rayon rayon) {
        return new Event.Details(kind, title, description, rayon, venue, onlineUrl, startsAt, endsAt,
                registrationOpensAt, registrationClosesAt, cancellationDeadline, capacity, audience,
                Decimals.parse(feeNonMembers, "feeNonMembers", "event.fee.invalid"),
                Decimals.parse(accreditationPoints, "accreditationPoints", "event.accreditation.both"),
                accreditationCategory, assemblyAgenda, reminderDays);
    }

    long version() {
        return version;
    }
}
