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

    @Inject
    Registrants registrants;

    @Inject
    PointLedger ledger;

    /** The member's register data in their data export: registration, periods and every point record. */
    public void onExporting(@Observes PrivacyService.Exporting exporting) {
        registrants.ofAccount(exporting.accountId()).ifPresent(r -> {
            var periods = jakarta.json.Json.createArrayBuilder();
            registrants.periods(r.id()).forEach(p -> periods.add(jakarta.json.Json.createObjectBuilder()
                    .add("from", p.startsOn().toString()).add("until", p.endsOn().toString())
                    .add("norm", p.normPoints())
                    .add("outcome", p.outcome() == null ? "" : p.outcome().name())));
            var records = jakarta.json.Json.createArrayBuilder();
            ledger.ledger(r.id()).forEach(p -> records.add(jakarta.json.Json.createObjectBuilder()
                    .add("date", p.activityDate().toString()).add("title", p.title())
                    .add("provider", p.provider() == null ? "" : p.provider()).add("category", p.category())
                    .add("points", p.points()).add("source", p.source().name())
                    .add("status", p.status().name())
                    .add("reason", p.reason() == null ? "" : p.reason())));
            exporting.json().add("krsd", jakarta.json.Json.createObjectBuilder()
                    .add("registrationNumber", r.number() == null ? "" : r.number())
                    .add("status", r.status().name())
                    .add("firstName", r.firstName()).add("lastName", r.lastName()).add("job", r.job())
                    .add("employer", r.employer()).add("showEmployer", r.showEmployer())
                    .add("showJob", r.showJob()).add("periods", periods).add("pointRecords", records));
        });
    }

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
        em.createNativeQuery("UPDATE point_record SET submitted_by = 'verwijderd' WHERE submitted_by = ?")
                .setParameter(1, erasing.email()).executeUpdate();
        em.createNativeQuery(
                "UPDATE accredited_activity SET requested_by = 'verwijderd' WHERE requested_by = ?")
                .setParameter(1, erasing.email()).executeUpdate();
        // what waited for review is closed: there is nobody left to answer or to count it for
        em.createNativeQuery("UPDATE point_record p JOIN registrant r ON r.id = p.registrant_id "
                + "SET p.status = 'REJECTED', p.reason = 'Persoon verwijderd (AVG)', p.reviewed_at = ?, "
                + "p.reviewed_by = 'privacy' WHERE r.account_id IS NULL AND p.status IN ('PENDING', 'MORE_INFO')")
                .setParameter(1, Clocks.nowUtc(clock)).executeUpdate();
        // an erased provider's activities stay in the catalogue, without the account
        em.createNativeQuery(
                "UPDATE accredited_activity SET provider_account_id = NULL WHERE provider_account_id = ?")
                .setParameter(1, erasing.accountId()).executeUpdate();
        for (var id : ids) {
            AuditTrail.record(em, Registrants.AUDIT_TYPE, id.longValue(), "ERASED", "privacy",
                    Clocks.nowUtc(clock),
                    "person erased on request; struck off, name removed");
        }
    }
}
