package nl.ingrado.portal.invoice.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.invoice.entity.BillingAccount;
import nl.ingrado.portal.invoice.entity.FeePayer;
import nl.ingrado.portal.invoice.entity.PurchaseOrder;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.entity.BusinessException;

/** Billing data per organisation (staff), purchase order numbers per year, and who pays a KRSD fee. */
@Stateless
public class BillingData {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MemberService members;

    public record Order(int year, String number) implements Serializable {
    }

    public Optional<BillingAccount.Details> of(long organisationId) {
        return Optional.ofNullable(em.find(BillingAccount.class, organisationId))
                .map(BillingAccount::details);
    }

    public void save(long organisationId, BillingAccount.Details details, String staff) {
        if (em.find(nl.ingrado.portal.member.entity.Organisation.class, organisationId) == null) {
            throw new BusinessException("organisation.notFound");
        }
        var now = Clocks.nowUtc(clock);
        var account = em.find(BillingAccount.class, organisationId);
        if (account == null) {
            em.persist(new BillingAccount(organisationId, details, now));
        } else {
            account.change(details, now);
        }
        AuditTrail.record(em, "billing_account", organisationId, "SAVE", staff, now, details.legalName());
    }

    public List<Order> orders(long organisationId) {
        return em
                .createQuery("select p from PurchaseOrder p where p.organisationId = :o order by p.year desc",
                        PurchaseOrder.class)
                .setParameter("o", organisationId).getResultList().stream()
                .map(p -> new Order(p.getYear(), p.getNumber())).toList();
    }

    /** Sets (or with a blank number removes) the purchase order number of a year. */
    public void order(long organisationId, int year, String number, String staff) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField("orderYear", "invoice.year.invalid");
        }
        var existing = em.find(PurchaseOrder.class, new PurchaseOrder.Key(organisationId, year));
        if (number == null || number.isBlank()) {
            if (existing != null) {
                em.remove(existing);
            }
        } else if (existing == null) {
            em.persist(new PurchaseOrder(organisationId, year, number));
        } else {
            existing.change(number);
        }
        AuditTrail.record(em, "purchase_order", organisationId, "SAVE", staff, Clocks.nowUtc(clock),
                year + ": " + number);
    }

    /** The employer paying the person's KRSD fee, or empty when they pay it themselves. */
    public Optional<Long> feePayer(long personId) {
        return Optional.ofNullable(em.find(FeePayer.class, personId)).map(FeePayer::getOrganisationId);
    }

    /** The person chooses: null to pay themselves, or one of the organisations they work at now. */
    public void chooseFeePayer(long personId, Long organisationId) {
        if (organisationId != null
                && members.currentEmployers(personId).stream().noneMatch(o -> o.id() == organisationId)) {
            throw BusinessException.onField("payer", "invoice.payer.notEmployer");
        }
        var choice = em.find(FeePayer.class, personId);
        if (choice == null) {
            em.persist(new FeePayer(personId, organisationId));
        } else {
            choice.choose(organisationId);
        }
    }
}
