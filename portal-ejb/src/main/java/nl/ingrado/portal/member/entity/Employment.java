package nl.ingrado.portal.member.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * A professional working at an organisation in a job since a date. Trusted at once when the
 * person's email domain belongs to the organisation; otherwise staff confirm it.
 */
@Entity
@Table(name = "employment")
@Getter
public class Employment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Job job;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Confirmation confirmation;

    @Column(name = "confirmed_by", length = 254)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    @Getter(AccessLevel.NONE)
    private LocalDateTime confirmedAt;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    protected Employment() {
    }

    public static Employment start(Person person, Organisation organisation, Job job, LocalDate since,
            boolean domainMatches, LocalDate today) {
        if (organisation == null || !organisation.isActive()) {
            throw BusinessException.onField("organisation", "employment.organisation.required");
        }
        if (job == null) {
            throw BusinessException.onField("job", "employment.job.required");
        }
        if (since == null || since.isAfter(today)) {
            throw BusinessException.onField("since", "employment.since.invalid");
        }
        var employment = new Employment();
        employment.person = person;
        employment.organisation = organisation;
        employment.job = job;
        employment.startDate = since;
        employment.confirmation = domainMatches ? Confirmation.BY_DOMAIN : Confirmation.PENDING;
        return employment;
    }

    public void end(LocalDate on) {
        if (endDate != null) {
            throw new BusinessException("employment.alreadyEnded");
        }
        if (on == null || on.isBefore(startDate)) {
            throw BusinessException.onField("endDate", "employment.end.beforeStart");
        }
        endDate = on;
    }

    public void decide(boolean confirmed, String staff, LocalDateTime now) {
        if (confirmation != Confirmation.PENDING) {
            throw new BusinessException("employment.notPending");
        }
        confirmation = confirmed ? Confirmation.CONFIRMED : Confirmation.REJECTED;
        confirmedBy = staff;
        confirmedAt = now;
    }

    /** A municipal merger: an employment that is still open continues at the successor. */
    public void moveTo(Organisation successor) {
        organisation = successor;
    }

    /** Staff entered this employment themselves (form, API or import): it needs no confirmation. */
    public void confirmByStaff(String staff, LocalDateTime now) {
        if (confirmation == Confirmation.PENDING) {
            decide(true, staff, now);
        }
    }

    /** The end date is the day the job ended: from then on it no longer counts. */
    public boolean isCurrent(LocalDate today) {
        return !startDate.isAfter(today) && (endDate == null || endDate.isAfter(today));
    }
}
