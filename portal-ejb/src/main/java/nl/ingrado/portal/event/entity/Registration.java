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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * One person's registration for an event: confirmed, waiting, or cancelled (kept as history). The
 * check-in code is the secret in the QR code on the confirmation.
 */
@Entity
@Table(name = "registration")
@NamedQuery(name = Registration.LIVE_OF_ACCOUNT, query = "select r from Registration r where r.event.id = :event "
        + "and r.accountId = :account and r.status <> nl.ingrado.portal.event.entity.RegistrationStatus.CANCELLED")
@Getter
public class Registration {

    public static final String LIVE_OF_ACCOUNT = "Registration.liveOfAccount";
    /** The check-in code column's size. */
    public static final int MAX_CHECKIN_CODE = 22;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = Lengths.NAME)
    private String name;

    @Column(nullable = false, length = Lengths.EMAIL)
    private String email;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false)
    private boolean member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(length = Lengths.REMARKS)
    private String remarks;

    @Column(name = "checkin_code", nullable = false, length = MAX_CHECKIN_CODE)
    private String checkinCode;

    @Column(name = "attended_at")
    private LocalDateTime attendedAt;

    @Column(name = "no_show", nullable = false)
    private boolean noShow;

    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RegistrationChoice> choices = new ArrayList<>();

    protected Registration() {
    }

    /** A new registration; the service decides (under the event's lock) whether it has a seat. */
    public static Registration of(Event event, Long accountId, String name, String email, String language,
            boolean member, String remarks, boolean seat, LocalDateTime now) {
        var cleanRemarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
        if (cleanRemarks != null && cleanRemarks.length() > Lengths.REMARKS) {
            throw BusinessException.onField("remarks", "registration.remarks.tooLong", Lengths.REMARKS);
        }
        var registration = new Registration();
        registration.event = event;
        registration.accountId = accountId;
        registration.name = name;
        registration.email = email;
        registration.language = language == null ? "nl" : language;
        registration.member = member;
        registration.remarks = cleanRemarks;
        registration.registeredAt = now;
        registration.status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        registration.confirmedAt = seat ? now : null;
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        registration.checkinCode = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return registration;
    }

    public RegistrationChoice choose(WorkshopRound round, Workshop workshop, boolean seat,
            LocalDateTime now) {
        var choice = new RegistrationChoice(this, round, workshop, seat, now);
        choices.add(choice);
        return choice;
    }

    public Optional<RegistrationChoice> choiceIn(long roundId) {
        return choices.stream().filter(c -> c.getRound().getId() == roundId).findFirst();
    }

    /** A waiting registrant gets the freed seat. */
    public void promote(LocalDateTime now) {
        if (status != RegistrationStatus.WAITING) {
            throw new IllegalStateException("only a waiting registration is promoted");
        }
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
        icsSequence++;
    }

    public void cancel(LocalDateTime now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new BusinessException("registration.alreadyCancelled");
        }
        if (attendedAt != null) {
            throw new BusinessException("registration.attendedCannotCancel");
        }
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        icsSequence++;
    }

    public void changed() {
        icsSequence++;
    }

    /** Checked in on the day; only a confirmed registrant can attend. Returns false when already in. */
    public boolean checkIn(LocalDateTime now) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new BusinessException("attendance.notConfirmed");
        }
        if (attendedAt != null) {
            return false;
        }
        attendedAt = now;
        noShow = false;
        return true;
    }

    public void markNoShow() {
        if (attendedAt == null && status == RegistrationStatus.CONFIRMED) {
            noShow = true;
        }
    }

    public boolean isLive() {
        return status != RegistrationStatus.CANCELLED;
    }
}
