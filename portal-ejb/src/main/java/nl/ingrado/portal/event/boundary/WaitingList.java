package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.ingrado.portal.event.control.Seats;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationChoice;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The waiting lists: a freed seat goes to the first person waiting for the event (when promotion is
 * automatic; otherwise staff give it by hand), a freed workshop seat to the first confirmed registrant
 * waiting for that workshop. Everything here runs under the event's lock ({@link Seats#lock}), so a
 * freed seat goes to exactly one waiting person however many requests race. Mails leave after commit.
 */
@Stateless
public class WaitingList {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Seats seats;

    @Inject
    EventMails mails;

    /** Staff promote a waiting person by hand (when auto-promotion is off), within capacity. */
    public void promoteByStaff(long registrationId) {
        var registration = Entities.found(em, Registration.class, registrationId, "registration.notFound");
        var event = seats.lock(registration.getEvent().getId());
        em.refresh(registration);
        if (registration.getStatus() != RegistrationStatus.WAITING) {
            throw new BusinessException("registration.notWaiting");
        }
        if (seats.free(event) <= 0) {
            throw new BusinessException("registration.full");
        }
        promote(registration);
        fillWorkshops(event);
    }

    /** Staff switch automatic promotion on or off (off when the event is near, say). */
    public void setAutoPromote(long eventId, boolean on) {
        var event = seats.lock(eventId);
        event.setAutoPromote(on);
        if (on) {
            fillFreedSeats(event);
        } else {
            // workshop seats among confirmed people are always given in order
            fillWorkshops(event);
        }
    }

    /**
     * Gives free seats to the first people waiting: event seats (when auto-promotion is on), then
     * workshop seats among confirmed registrants, first come first served. The caller holds the
     * event's lock. Returns how many people got an event seat.
     */
    public int fillFreedSeats(Event event) {
        if (event.isOver(now())) {
            return 0; // nobody is told "you have a seat" for an event that is over
        }
        int promoted = 0;
        if (event.isAutoPromote()) {
            long free = seats.free(event);
            if (free > 0) {
                var next = seats.nextWaiting(event, free);
                next.forEach(this::promote);
                promoted = next.size();
            }
        }
        fillWorkshops(event);
        return promoted;
    }

    /**
     * The event seat, and at once every chosen workshop that has a seat nobody waits for: that person
     * waited for the event, not for the workshop, so only the promotion is mailed. A workshop that is
     * full (or has a queue) keeps them waiting, and its seat, when it comes, is mailed on its own.
     */
    private void promote(Registration registration) {
        // decided before the promotion, while this registration's choices still count as nobody's
        var seated = registration.getChoices().stream()
                .filter(c -> c.getStatus() == RegistrationStatus.WAITING
                        && seats.hasFreeSeat(c.getWorkshop()))
                .toList();
        registration.promote(now());
        seated.forEach(RegistrationChoice::promote);
        em.flush();
        mails.promoted(registration);
    }

    private void fillWorkshops(Event event) {
        var toFill = seats.workshopsToFill(event);
        if (toFill.isEmpty()) {
            return;
        }
        for (var round : event.getRounds()) {
            for (var workshop : round.getWorkshops()) {
                var free = toFill.get(workshop.getId());
                if (free == null) {
                    continue;
                }
                for (var choice : seats.nextWaiting(workshop, free)) {
                    choice.promote();
                    choice.getRegistration().changed();
                    em.flush();
                    mails.workshopPromoted(choice.getRegistration(), workshop);
                }
            }
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
