package nl.ingrado.portal.event.entity;

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
import java.time.LocalDateTime;
import lombok.Getter;

/** The workshop a registration picked in one round: confirmed, or waiting for a seat in it. */
@Entity
@Table(name = "registration_choice")
@Getter
public class RegistrationChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private WorkshopRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "chosen_at", nullable = false)
    private LocalDateTime chosenAt;

    protected RegistrationChoice() {
    }

    RegistrationChoice(Registration registration, WorkshopRound round, Workshop workshop, boolean seat,
            LocalDateTime now) {
        this.registration = registration;
        this.round = round;
        this.workshop = workshop;
        this.status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        this.chosenAt = now;
    }

    /** Another workshop in the same round; keeps its place only if it has a seat there. */
    public void switchTo(Workshop other, boolean seat, LocalDateTime now) {
        workshop = other;
        status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        chosenAt = now;
    }

    public void promote() {
        status = RegistrationStatus.CONFIRMED;
    }
}
