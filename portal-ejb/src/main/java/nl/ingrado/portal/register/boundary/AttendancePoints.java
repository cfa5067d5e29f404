package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.ingrado.portal.event.boundary.Attended;
import nl.ingrado.portal.register.entity.RecordSource;
import nl.ingrado.portal.register.entity.RecordStatus;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Attendance at an accredited Ingrado event books an approved point record for an active registrant,
 * once: a second delivery of the same check-in finds the event already booked in that period.
 */
@Stateless
public class AttendancePoints {

    private static final Logger LOG = Logger.getLogger(AttendancePoints.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Registrants registrants;

    @Inject
    PointLedger ledger;

    /** After the check-in committed, in a transaction of its own: a failure here never undoes attendance. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onAttended(@Observes(during = TransactionPhase.AFTER_SUCCESS) Attended attended) {
        if (attended.points() == null || attended.accountId() == null) {
            return;
        }
        var registrant = registrants.ofAccount(attended.accountId())
                .filter(r -> r.status() == RegistrantStatus.ACTIVE);
        if (registrant.isEmpty()) {
            return;
        }
        var period = registrants.periodOn(registrant.get().id(), attended.date());
        if (period.isEmpty()) {
            return;
        }
        registrants.lock(registrant.get().id());
        if (!em.createNativeQuery("SELECT id FROM point_record WHERE once_key = ?")
                .setParameter(1, period.get().id() + "/e" + attended.eventId()).getResultList().isEmpty()) {
            return;
        }
        var title = (String) em.createNativeQuery("SELECT title FROM event WHERE id = ?")
                .setParameter(1, attended.eventId()).getSingleResult();
        try {
            ledger.book(new Booking(registrant.get().id(), attended.date(), title, "Ingrado", null, null,
                    attended.category(), null, attended.points(), RecordSource.ATTENDANCE,
                    RecordStatus.APPROVED, null,
                    attended.eventId(), null, null, null, "attendance", null));
        } catch (BusinessException e) {
            LOG.log(Level.WARNING, "No points booked for attendance {0}: {1}",
                    new Object[]{attended.registrationId(), e.messageKey()});
            throw e;
        }
    }
}
