package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ingrado.portal.member.boundary.PrivacyService;

/**
 * Erasure (AVG) of a person's event traces: their registrations stay, because seats, attendance and
 * evaluations keep counting, but no longer name them; a guest request they made goes.
 */
@Stateless
public class EventPrivacy {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Runs in the erasure's transaction, so the erasure stays all or nothing. */
    public void onErasing(@Observes PrivacyService.Erasing erasing) {
        em.createNativeQuery(
                "UPDATE registration SET account_id = NULL, name = ?, email = CONCAT('verwijderd-', id), "
                        + "remarks = NULL WHERE account_id = ? OR email = ?")
                .setParameter(1, PrivacyService.ERASED).setParameter(2, erasing.accountId())
                .setParameter(3, erasing.email()).executeUpdate();
        em.createNativeQuery("DELETE FROM guest_request WHERE email = ?").setParameter(1, erasing.email())
                .executeUpdate();
    }
}
