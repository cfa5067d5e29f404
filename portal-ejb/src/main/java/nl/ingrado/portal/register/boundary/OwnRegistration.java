package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.register.boundary.PointLedger.StoredFile;
import nl.ingrado.portal.register.control.RegisterCertificates;
import nl.ingrado.portal.register.entity.Registrant;
import nl.ingrado.portal.register.entity.RegistrantStatus;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * What a professional does with their own registration besides applying and submitting: the form's
 * defaults, what the public register may show, their evidence files and the registration certificate.
 * Everything is looked up by the caller's account, so nobody reaches someone else's registration.
 */
@Stateless
public class OwnRegistration {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Registrants registrants;

    @Inject
    PortalSettings settings;

    /** What the application form starts with: the member's person and current workplace, where known. */
    public record Defaults(String firstName, String lastName, String job, String employer,
            Long organisationId) {
    }

    @SuppressWarnings("unchecked")
    public Defaults defaults(long accountId) {
        List<Object[]> person = em.createNativeQuery("SELECT id, first_name, last_name FROM person "
                + "WHERE account_id = ?").setParameter(1, accountId).getResultList();
        if (person.isEmpty()) {
            return new Defaults(null, null, null, null, null);
        }
        var p = person.get(0);
        // the current workplace that started last
        List<Object[]> work = em.createNativeQuery("SELECT e.job, o.name, o.id FROM employment e "
                + "JOIN organisation o ON o.id = e.organisation_id WHERE e.person_id = ? AND e.start_date <= ? "
                + "AND (e.end_date IS NULL OR e.end_date >= ?) ORDER BY e.start_date DESC, e.id DESC LIMIT 1")
                .setParameter(1, ((Number) p[0]).longValue()).setParameter(2, registrants.today())
                .setParameter(3, registrants.today()).getResultList();
        return work.isEmpty()
                ? new Defaults((String) p[1], (String) p[2], null, null, null)
                : new Defaults((String) p[1], (String) p[2], (String) work.get(0)[0], (String) work.get(0)[1],
                        ((Number) work.get(0)[2]).longValue());
    }

    /** The professional's opt-ins for the public register: employer and job are private unless shown. */
    public void showInRegister(long accountId, boolean employer, boolean job) {
        var registrant = registrants.own(accountId);
        registrants.lock(registrant.id());
        em.createNativeQuery("UPDATE registrant SET show_employer = ?, show_job = ?, version = version + 1 "
                + "WHERE id = ?").setParameter(1, employer).setParameter(2, job)
                .setParameter(3, registrant.id())
                .executeUpdate();
        AuditTrail.record(em, Registrants.AUDIT_TYPE, registrant.id(), "PUBLIC_REGISTER", registrant.email(),
                Clocks.nowUtc(clock), "show employer: " + employer + "; show job: " + job);
    }

    /**
     * The evidence file of a point record, for the registrant who owns the record or an auditor. Anyone
     * else gets nothing, exactly as for a record that does not exist.
     */
    @SuppressWarnings("unchecked")
    public Optional<StoredFile> evidence(long accountId, boolean auditor, long recordId) {
        List<Object[]> rows = em
                .createNativeQuery("SELECT f.id, f.owner_account_id, f.filename, f.content_type, "
                        + "f.content FROM point_record pr JOIN registrant r ON r.id = pr.registrant_id "
                        + "JOIN register_file f ON f.id = pr.evidence_file_id WHERE pr.id = ? AND (r.account_id = ? OR ?)")
                .setParameter(1, recordId).setParameter(2, accountId).setParameter(3, auditor)
                .getResultList();
        return rows.stream().findFirst().map(r -> new StoredFile(((Number) r[0]).longValue(),
                r[1] == null ? 0 : ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (byte[]) r[4]));
    }

    /** The words on a registration certificate, in the reader's language; given by the web layer. */
    public interface CertificateTexts {
        String title();

        String number(String number);

        String status(RegistrantStatus status);

        String period(LocalDate from, LocalDate to);

        String validUntil(LocalDate date);

        String issued(LocalDate date);

        String footer();
    }

    /** The registration certificate (PDF) of an active registrant, with its verification URL and QR code. */
    public byte[] certificate(long accountId, CertificateTexts texts) {
        var r = active(accountId);
        var period = r.period();
        return RegisterCertificates.pdf(new RegisterCertificates.Lines(texts.title(), r.name(),
                texts.number(r.number()), texts.status(r.status()),
                texts.period(period.startsOn(), period.endsOn()), texts.validUntil(period.endsOn()),
                texts.issued(registrants.today()), verificationUrl(r), texts.footer()));
    }

    /** Where anyone checks a certificate: the public verification page with the certificate's code. */
    public String verificationUrl(Registrant r) {
        return settings.baseUrl() + "/krsd/verify.xhtml?code=" + r.certificateCode();
    }

    private Registrant active(long accountId) {
        var r = registrants.own(accountId);
        if (r.status() != RegistrantStatus.ACTIVE || r.period() == null || r.certificateCode() == null) {
            throw new BusinessException("krsd.certificate.notActive");
        }
        return r;
    }
}
