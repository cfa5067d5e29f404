package nl.ingrado.portal.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import nl.ingrado.portal.member.entity.FeeBand;
import nl.ingrado.portal.member.entity.Membership;
import nl.ingrado.portal.member.entity.Organisation;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Memberships per organisation per year and their fee (contributie), from fee bands by number of
 * inhabitants that staff configure per year. The yearly overview is what finance invoices from.
 */
@Stateless
public class MembershipService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public record Row(long membershipId, String organisation, String kind, Integer inhabitants,
            BigDecimal fee,
            String status) implements Serializable {
    }

    public record Overview(int year, List<Row> rows, BigDecimal invoiced,
            BigDecimal paid) implements Serializable {
    }

    /** A membership to invoice: the organisation it belongs to and its fee. */
    public record Billable(long membershipId, long organisationId, String organisation, int year,
            BigDecimal fee,
            String status) implements Serializable {
    }

    /** The year's memberships that are not cancelled, by organisation name. */
    public List<Billable> billable(int year) {
        return em.createQuery("select m from Membership m join fetch m.organisation o "
                + "where m.year = :y and m.status <> 'CANCELLED' order by o.name", Membership.class)
                .setParameter("y", year).getResultList().stream()
                .map(m -> new Billable(m.getId(), m.getOrganisation().getId(), m.getOrganisation().getName(),
                        m.getYear(), m.getFee(), m.getStatus()))
                .toList();
    }

    /** Marks a membership paid when its invoice is; paid already is fine (a second payment, a re-upload). */
    public void paidByInvoice(long membershipId, String actor) {
        var membership = em.find(Membership.class, membershipId);
        if (membership != null && "INVOICED".equals(membership.getStatus())) {
            markPaid(membershipId, actor);
        }
    }

    public List<FeeBand> bands(int year) {
        return em
                .createQuery("select b from FeeBand b where b.year = :y order by b.minInhabitants",
                        FeeBand.class)
                .setParameter("y", year).getResultList();
    }

    public void addBand(int year, Integer minInhabitants, BigDecimal amount, String staff) {
        var band = new FeeBand(year, minInhabitants, amount);
        boolean exists = bands(year).stream().anyMatch(b -> b.getMinInhabitants() == minInhabitants);
        if (exists) {
            throw BusinessException.onField("minInhabitants", "feeBand.duplicate");
        }
        em.persist(band);
        em.flush();
        AuditTrail.record(em, "fee_band", band.getId(), "ADD", staff, Clocks.nowUtc(clock),
                "year=" + year + "; from=" + minInhabitants + "; amount=" + amount);
    }

    /** Invoices every active municipality and region that has no membership for the year yet. */
    public int invoiceYear(int year, String staff) {
        var bands = bands(year);
        if (bands.isEmpty()) {
            throw new BusinessException("membership.noBands", String.valueOf(year));
        }
        var organisations = em.createQuery("select o from Organisation o where o.status = 'ACTIVE' "
                + "and o.kind in :kinds and not exists (select m from Membership m where m.organisation = o "
                + "and m.year = :y and m.status <> 'CANCELLED') order by o.name", Organisation.class)
                .setParameter("kinds", List.of(OrganisationKind.MUNICIPALITY, OrganisationKind.REGION))
                .setParameter("y", year).getResultList();
        var now = Clocks.nowUtc(clock);
        for (var organisation : organisations) {
            em.persist(Membership.invoice(organisation, year,
                    FeeBand.feeFor(bands, organisation.getInhabitants()),
                    now));
        }
        AuditTrail.record(em, "membership", year, "INVOICE_YEAR", staff, now,
                organisations.size() + " memberships invoiced");
        return organisations.size();
    }

    public void markPaid(long membershipId, String staff) {
        var membership = Entities.found(em, Membership.class, membershipId, "membership.notFound");
        membership.paid(Clocks.nowUtc(clock));
        AuditTrail.record(em, "membership", membershipId, "PAID", staff, Clocks.nowUtc(clock),
                membership.getOrganisation().getName() + " " + membership.getYear());
    }

    public Overview overview(int year) {
        var memberships = em.createQuery("select m from Membership m join fetch m.organisation o "
                + "where m.year = :y and m.status <> 'CANCELLED' order by o.name", Membership.class)
                .setParameter("y", year).getResultList();
        var rows = memberships.stream().map(m -> new Row(m.getId(), m.getOrganisation().getName(),
                m.getOrganisation().getKind().name(), m.getOrganisation().getInhabitants(), m.getFee(),
                m.getStatus())).toList();
        var invoiced = rows.stream().map(Row::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
        var paid = rows.stream().filter(r -> "PAID".equals(r.status())).map(Row::fee)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Overview(year, rows, invoiced, paid);
    }
}
