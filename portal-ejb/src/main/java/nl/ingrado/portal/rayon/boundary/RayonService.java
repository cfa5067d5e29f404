package nl.ingrado.portal.rayon.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.member.entity.Organisation;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.rayon.entity.Region;

/** The public face of the rayons: what each covers and who to contact. A fixed number of queries. */
@Stateless
public class RayonService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public record RayonSummary(long id, String code, String name, String description, long regions,
            long municipalities) {
    }

    public record RegionView(long id, int code, String name, List<String> municipalities) {

        public String municipalityList() {
            return String.join(", ", municipalities);
        }
    }

    public record ContactView(String name, String organisation) {
    }

    public record ContactRow(long personId, String name, String email, String since) {
    }

    public record RayonDetail(long id, String code, String name, String description, String provinces,
            List<RegionView> regions, List<ContactView> contacts) {
    }

    public record RayonName(long id, String name) {
    }

    /** Only ids and names, for filters: one light query. */
    public List<RayonName> names() {
        return em.createQuery("select r.id, r.name from Rayon r order by r.id", Object[].class)
                .getResultList()
                .stream().map(row -> new RayonName((Long) row[0], (String) row[1])).toList();
    }

    public List<RayonSummary> overview() {
        var rows = em.createQuery("select r, count(distinct g.id), count(distinct o.id) from Rayon r "
                + "left join Region g on g.rayon = r "
                + "left join Organisation o on o.region = g and o.kind = :municipality and o.status = 'ACTIVE' "
                + "group by r order by r.id", Object[].class)
                .setParameter("municipality", OrganisationKind.MUNICIPALITY)
                .getResultList();
        return rows.stream().map(row -> {
            var rayon = (Rayon) row[0];
            return new RayonSummary(rayon.getId(), rayon.getCode(), rayon.getName(), rayon.getDescription(),
                    (Long) row[1], (Long) row[2]);
        }).toList();
    }

    /** Staff edit a rayon's name and description; the change is in the audit trail. */
    public void update(long id, String name, String description, String staff) {
        var rayon = require(id);
        var before = rayon.getName() + " | " + rayon.getDescription();
        rayon.describe(name, description);
        audit(id, "UPDATE", staff, before + " -> " + rayon.getName() + " | " + rayon.getDescription());
    }

    /** Makes the professional with this email address a contact person of the rayon. */
    public void addContact(long rayonId, String email, String staff) {
        require(rayonId);
        var normalized = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        var person = em.createNativeQuery("SELECT id FROM person WHERE email = ? AND status = 'ACTIVE'")
                .setParameter(1, normalized).getResultList();
        if (person.isEmpty()) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("contactEmail",
                    "rayon.contact.unknown");
        }
        long personId = ((Number) person.get(0)).longValue();
        int added = em.createNativeQuery("INSERT IGNORE INTO rayon_contact (rayon_id, person_id, since) "
                + "VALUES (?, ?, CURRENT_DATE)").setParameter(1, rayonId).setParameter(2, personId)
                .executeUpdate();
        if (added == 0) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("contactEmail",
                    "rayon.contact.already");
        }
        audit(rayonId, "ADD_CONTACT", staff, normalized);
    }

    public void removeContact(long rayonId, long personId, String staff) {
        int removed = em.createNativeQuery("DELETE FROM rayon_contact WHERE rayon_id = ? AND person_id = ?")
                .setParameter(1, rayonId).setParameter(2, personId).executeUpdate();
        if (removed == 0) {
            throw new nl.ingrado.portal.shared.entity.BusinessException("rayon.contact.notFound");
        }
        audit(rayonId, "REMOVE_CONTACT", staff, "person " + personId);
    }

    /** Contact persons with their email, for staff. */
    public List<ContactRow> contacts(long rayonId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("SELECT p.id, CONCAT(p.first_name, ' ', p.last_name), p.email, "
                        + "c.since FROM rayon_contact c JOIN person p ON p.id = c.person_id WHERE c.rayon_id = ? "
                        + "ORDER BY p.last_name, p.first_name")
                .setParameter(1, rayonId).getResultList();
        return rows.stream()
                .map(r -> new ContactRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        String.valueOf(r[3])))
                .toList();
    }

    private Rayon require(long id) {
        var rayon = em.find(Rayon.class, id);
        if (rayon == null) {
            throw new nl.ingrado.portal.shared.entity.BusinessException("rayon.notFound");
        }
        return rayon;
    }

    private void audit(long id, String action, String staff, String changes) {
        AuditTrail.record(em, "rayon", id, action, staff, Clocks.nowUtc(clock), changes);
    }

    public Optional<RayonDetail> detail(long id) {
        var rayon = em.find(Rayon.class, id);
        if (rayon == null) {
            return Optional.empty();
        }
        var regions = new LinkedHashMap<Long, List<String>>();
        var regionRows = em
                .createQuery("select g from Region g where g.rayon.id = :id order by g.code", Region.class)
                .setParameter("id", id).getResultList();
        regionRows.forEach(g -> regions.put(g.getId(), new ArrayList<>()));
        em.createQuery(
                "select o from Organisation o where o.region.rayon.id = :id and o.kind = :municipality "
                        + "and o.status = 'ACTIVE' order by o.name",
                Organisation.class)
                .setParameter("id", id)
                .setParameter("municipality", OrganisationKind.MUNICIPALITY)
                .getResultList()
                .forEach(o -> regions.get(o.getRegion().getId()).add(o.getName()));
        @SuppressWarnings("unchecked")
        List<Object[]> contactRows = em.createNativeQuery("""
                SELECT CONCAT(p.first_name, ' ', p.last_name),
                       (SELECT o.name FROM employment e JOIN organisation o ON o.id = e.organisation_id
                         WHERE e.person_id = p.id AND (e.end_date IS NULL OR e.end_date > CURRENT_DATE)
                         ORDER BY e.start_date DESC LIMIT 1)
                  FROM rayon_contact c JOIN person p ON p.id = c.person_id
                 WHERE c.rayon_id = ? AND p.status = 'ACTIVE'
                 ORDER BY p.last_name, p.first_name""").setParameter(1, id).getResultList();
        var contacts = contactRows.stream().map(r -> new ContactView((String) r[0], (String) r[1])).toList();
        return Optional
                .of(new RayonDetail(rayon.getId(), rayon.getCode(), rayon.getName(), rayon.getDescription(),
                        rayon.getProvinces(),
                        regionRows.stream().map(g -> new RegionView(g.getId(), g.getCode(), g.getName(),
                                List.copyOf(regions.get(g.getId())))).toList(),
                        contacts));
    }
}
