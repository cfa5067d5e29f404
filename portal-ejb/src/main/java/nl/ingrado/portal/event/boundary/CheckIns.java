package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.ingrado.portal.event.entity.Event;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationStatus;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The rules of checking in, on the day: by registration id or by the code in the QR code on the
 * confirmation. The first check-in of a registration fires {@link Attended} (which books points in
 * the register); a second scan changes nothing. Afterwards, the confirmed who never came are no-shows.
 */
@Stateless
public class CheckIns {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<Attended> attended;

    /** Checks someone in (staff, on the day): by registration id. Fires {@link Attended} once. */
    public Registration checkIn(long registrationId) {
        var registration = Entities.found(em, Registration.class, registrationId, "registration.notFound");
        return checkIn(registration);
    }

    /** Checks in a registration of this event (an id of another event is not found). */
    public Registration checkInOf(long eventId, long registrationId) {
        var registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getEvent().getId().equals(eventId)) {
            throw new BusinessException("registration.notFound");
        }
        return checkIn(registration);
    }

    /** Checks someone in by the code in the QR code on their confirmation. */
    public Registration checkInByCode(long eventId, String code) {
        var clean = code == null ? "" : code.strip();
        if (!SecretTokens.isWellFormed(clean, Registration.MAX_CHECKIN_CODE)) {
            throw new BusinessException("attendance.unknownCode");
        }
        var found = em
                .createQuery("select r from Registration r where r.checkinCode = :code", Registration.class)
                .setParameter("code", clean).getResultList();
        if (found.isEmpty() || !found.get(0).getEvent().getId().equals(eventId)) {
            throw new BusinessException("attendance.unknownCode");
        }
        return checkIn(found.get(0));
    }

    private Registration checkIn(Registration registration) {
        if (registration.checkIn(now())) {
            var event = registration.getEvent();
            attended.fire(new Attended(registration.getId(), event.getId(), registration.getAccountId(),
                    registration.getEmail(), event.getStartsAt().toLocalDate(),
                    event.getAccreditationPoints(),
                    event.getAccreditationCategory()));
        }
        return registration;
    }

    /** After the event: everyone confirmed who was not checked in is a no-show. */
    public int markNoShows(long eventId) {
        var event = Entities.found(em, Event.class, eventId, "event.notFound");
        if (!event.isOver(now())) {
            throw new BusinessException("attendance.notOverYet");
        }
        var absent = em.createQuery("select r from Registration r where r.event = :event and r.status = "
                + ":confirmed and r.attendedAt is null and r.noShow = false", Registration.class)
                .setParameter("event", event).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList();
        absent.forEach(Registration::markNoShow);
        return absent.size();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
