package nl.ingrado.portal.event.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * An event people register for. Times are Dutch wall-clock times. The entity guards the rules of
 * its own data (times in order, capacity, a rayondag belongs to a rayon); capacity itself is
 * enforced by the registration service under a lock on this row.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.LOCKED_WITH_WORKSHOPS, query = "select e from Event e where e.id = :id", lockMode = LockModeType.PESSIMISTIC_WRITE, hints = {
        @QueryHint(name = "eclipselink.left-join-fetch", value = "e.rounds.workshops"),
        @QueryHint(name = "eclipselink.refresh", value = "true")})
@NamedQuery(name = Event.WITH_WORKSHOPS, query = "select e from Event e where e.id = :id", hints = {
        @QueryHint(name = "eclipselink.left-join-fetch", value = "e.rounds.workshops"),
        @QueryHint(name = "eclipselink.refresh", value = "true")})
@Getter
public class Event {

    /**
     * The event with its rounds and workshops in one statement, its row locked and its seat counters
     * read fresh: what a registration decides on ({@code Seats.lockWithWorkshops}).
     */
    public static final String LOCKED_WITH_WORKSHOPS = "Event.lockedWithWorkshops";
    /** As {@link #LOCKED_WITH_WORKSHOPS}, without the lock. */
    public static final String WITH_WORKSHOPS = "Event.withWorkshops";

    public static final int MAX_TITLE = Lengths.TITLE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventKind kind;

    @Column(nullable = false, length = Lengths.TITLE)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rayon_id")
    private Rayon rayon;

    @Column(length = Lengths.VENUE)
    private String venue;

    @Column(name = "online_url", length = Lengths.URL)
    private String onlineUrl;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "registration_opens_at", nullable = false)
    private LocalDateTime registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    private LocalDateTime registrationClosesAt;

    @Column(name = "cancellation_deadline", nullable = false)
    private LocalDateTime cancellationDeadline;

    @Column(nullable = false)
    private int capacity;

    /** Seats confirmed, kept by the database's triggers (V17): read-only here, as of when the row was read. */
    @Column(name = "seats_taken", insertable = false, updatable = false)
    private int seatsTaken;

    /** Seats waited for, kept like {@link #seatsTaken}. */
    @Column(name = "seats_waiting", insertable = false, updatable = false)
    private int seatsWaiting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience;

    @Column(name = "fee_non_members", precision = 8, scale = 2)
    private BigDecimal feeNonMembers;

    @Column(name = "accreditation_points", precision = 5, scale = 1)
    private BigDecimal accreditationPoints;

    @Column(name = "accreditation_category", length = 10)
    private String accreditationCategory;

    @Column(name = "assembly_agenda", columnDefinition = "TEXT")
    private String assemblyAgenda;

    @Column(name = "auto_promote", nullable = false)
    @Setter
    private boolean autoPromote = true;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = 3;

    @Column(name = "reminder_sent_at")
    private LocalDateTime reminderSentAt;

    @Column(nullable = false, length = 20)
    private String status = "PUBLISHED";

    @Column(name = "created_at", nullable = false)
    @Getter(AccessLevel.NONE)
    private LocalDateTime createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<WorkshopRound> rounds = new ArrayList<>();

    protected Event() {
    }

    /** What staff (or a rayon's contact person) fill in on the event form. */
    public record Details(EventKind kind, String title, String description, Rayon rayon, String venue,
            String onlineUrl, LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime registrationOpensAt,
            LocalDateTime registrationClosesAt, LocalDateTime cancellationDeadline, Integer capacity,
            Audience audience, BigDecimal feeNonMembers, BigDecimal accreditationPoints,
            String accreditationCategory, String assemblyAgenda, Integer reminderDays) {
    }

    public static Event plan(Details details, LocalDateTime createdAt) {
        var event = new Event();
        event.createdAt = createdAt;
        event.change(details);
        return event;
    }

    /** Applies new details after checking every rule; a capacity below the confirmed seats is refused. */
    public void change(Details d) {
        if (d.kind() == null) {
            throw BusinessException.onField("kind", "event.kind.required");
        }
        var cleanTitle = d.title() == null ? "" : d.title().strip();
        if (cleanTitle.isEmpty()) {
            throw BusinessException.onField("title", "event.title.required");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw BusinessException.onField("title", "event.tooLong", MAX_TITLE);
        }
        if (d.kind() == EventKind.RAYONDAG && d.rayon() == null) {
            throw BusinessException.onField("rayon", "event.rayon.required");
        }
        var cleanVenue = optional(d.venue(), "venue", Lengths.VENUE);
        var cleanUrl = optional(d.onlineUrl(), "onlineUrl", Lengths.URL);
        if (cleanUrl != null && !cleanUrl.matches("^https://\\S+$")) {
            throw BusinessException.onField("onlineUrl", "event.onlineUrl.invalid");
        }
        if (cleanVenue == null && cleanUrl == null) {
            throw BusinessException.onField("venue", "event.venue.required");
        }
        checkTimes(d);
        checkSeatsAndFee(d);
        var category = accreditationCategory(d);
        if (d.reminderDays() != null && (d.reminderDays() < 0 || d.reminderDays() > 60)) {
            throw BusinessException.onField("reminderDays", "event.reminder.invalid");
        }
        kind = d.kind();
        title = cleanTitle;
        description = optional(d.description(), "description", Lengths.TEXT);
        rayon = d.kind() == EventKind.RAYONDAG ? d.rayon() : d.rayon();
        venue = cleanVenue;
        onlineUrl = cleanUrl;
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        registrationOpensAt = d.registrationOpensAt();
        registrationClosesAt = d.registrationClosesAt();
        cancellationDeadline = d.cancellationDeadline();
        capacity = d.capacity();
        audience = d.audience();
        feeNonMembers = d.feeNonMembers();
        accreditationPoints = d.accreditationPoints();
        accreditationCategory = category;
        assemblyAgenda = optional(d.assemblyAgenda(), "assemblyAgenda", Lengths.TEXT);
        reminderDays = d.reminderDays() == null ? 3 : d.reminderDays();
    }

    /** The event ends after it starts; registration opens, closes and may be cancelled before it ends. */
    private static void checkTimes(Details d) {
        if (d.startsAt() == null) {
            throw BusinessException.onField("startsAt", "event.time.required");
        }
        if (d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
            throw BusinessException.onField("endsAt", "event.endsAt.beforeStart");
        }
        if (d.registrationOpensAt() == null) {
            throw BusinessException.onField("registrationOpensAt", "event.time.required");
        }
        if (d.registrationClosesAt() == null || !d.registrationClosesAt().isAfter(d.registrationOpensAt())
                || d.registrationClosesAt().isAfter(d.endsAt())) {
            throw BusinessException.onField("registrationClosesAt", "event.closes.invalid");
        }
        if (d.cancellationDeadline() == null || d.cancellationDeadline().isAfter(d.endsAt())) {
            throw BusinessException.onField("cancellationDeadline", "event.cancellation.invalid");
        }
    }

    private static void checkSeatsAndFee(Details d) {
        if (d.capacity() == null || d.capacity() < 1 || d.capacity() > Lengths.SEATS) {
            throw BusinessException.onField("capacity", "event.capacity.invalid");
        }
        if (d.audience() == null) {
            throw BusinessException.onField("audience", "event.audience.required");
        }
        if (d.feeNonMembers() != null && (d.feeNonMembers().signum() < 0
                || d.feeNonMembers().compareTo(new BigDecimal("99999.99")) > 0
                || d.feeNonMembers().scale() > 2)) {
            throw BusinessException.onField("feeNonMembers", "event.fee.invalid");
        }
    }

    /** The accreditation category in capitals (A1 or A2), or null: points and category come together. */
    private static String accreditationCategory(Details d) {
        var category = d.accreditationCategory() == null || d.accreditationCategory().isBlank()
                ? null
                : d.accreditationCategory().strip().toUpperCase(java.util.Locale.ROOT);
        if ((d.accreditationPoints() == null) != (category == null)) {
            throw BusinessException.onField("accreditationPoints", "event.accreditation.both");
        }
        if (d.accreditationPoints() != null && (d.accreditationPoints().signum() <= 0
                || d.accreditationPoints().compareTo(new BigDecimal("9999.9")) > 0
                || d.accreditationPoints().scale() > 1)) {
            throw BusinessException.onField("accreditationPoints", "event.accreditation.both");
        }
        if (category != null && !category.matches("^A[12]$")) {
            throw BusinessException.onField("accreditationCategory", "event.accreditation.category");
        }
        return category;
    }

    /** Why {@code now} is not a time to register, or null when it is. */
    public String registrationRefusal(LocalDateTime now) {
        if (isCancelled()) {
            return "registration.eventCancelled";
        }
        if (!now.isBefore(endsAt)) {
            return "registration.eventOver";
        }
        if (now.isBefore(registrationOpensAt)) {
            return "registration.notOpenYet";
        }
        if (!now.isBefore(registrationClosesAt)) {
            return "registration.closed";
        }
        return null;
    }

    public boolean isOpenForRegistration(LocalDateTime now) {
        return registrationRefusal(now) == null;
    }

    public boolean canCancel(LocalDateTime now) {
        return !now.isAfter(cancellationDeadline);
    }

    public boolean isOver(LocalDateTime now) {
        return !now.isBefore(endsAt);
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean isAccredited() {
        return accreditationPoints != null;
    }

    public WorkshopRound addRound(String name) {
        var round = new WorkshopRound(this, name, rounds.size() + 1);
        rounds.add(round);
        return round;
    }

    public void markReminderSent(LocalDateTime at) {
        reminderSentAt = at;
    }

    private static String optional(String value, String field, int max) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw BusinessException.onField(field, "event.tooLong", max);
        }
        return stripped.isEmpty() ? null : stripped;
    }
}
