package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.ingrado.portal.member.boundary.PrivacyService;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * Erasure (AVG) of a registrant: they leave the public register (struck off), their name and employer
 * go, their evidence files are emptied; the anonymised ledger stays, because totals and auditor
 * decisions must remain explainable.
 */
@Stateless
public class RegisterPrivacy {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public void onErasing(@Observes PrivacyService.Erasing erasing) {
        @SuppressWarnings("unchecked")
        var ids = (java.util.List<Number>) em
                .createNativeQuery("SELECT id FROM registrant WHERE account_id = ?")
                .setParameter(1, erasing.accountId()).getResultList();
        em.createNativeQuery(
                "UPDATE registrant SET first_name = 'Verwijderd', last_name = '', employer = '', "
                        + "organisation_id = NULL, account_id = NULL, show_employer = FALSE, show_job = FALSE, "
                        + "certificate_code = NULL, status = IF(status IN ('APPLIED', 'REJECTED'), 'REJECTED', 'STRUCK_OFF'), "
                        + "version = version + 1 WHERE account_id = ?")
                .setParameter(1, erasing.accountId()).executeUpdate();
        em.createNativeQuery("UPDATE portfolio_share s JOIN registrant r ON r.id = s.registrant_id "
                + "SET s.revoked_at = COALESCE(s.revoked_at, ?) WHERE r.account_id IS NULL")
                .setParameter(1, Clocks.nowUtc(clock)).executeUpdate();
        em.createNativeQuery(
                "UPDATE register_file SET content = '', size_bytes = 0, filename = 'verwijderd', "
                        + "owner_account_id = NULL WHERE owner_account_id = ?")
                .setParameter(1, erasing.accountId())
                .executeUpdate();
        for (var id : ids) {
            AuditTrail.record(em, Registrants.AUDIT_TYPE, id.longValue(), "ERASED", "privacy",
                    Clocks.nowUtc(clock),
                    "person erased on request; struck off, name removed");
        }
    }
}
