package nl.ingrado.portal.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.rayon.boundary.RayonMembers;
import nl.ingrado.portal.rayon.boundary.RayonService.ContactRow;
import nl.ingrado.portal.rayon.boundary.RayonService.ContactView;
import nl.ingrado.portal.shared.entity.BusinessException;

/** The municipalities and contact persons of the rayons, from the member data. */
@Stateless
public class RayonMemberQueries implements RayonMembers {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Map<Long, Long> municipalityCounts() {
        return em.createQuery("select o.region.rayon.id, count(o) from Organisation o "
                + "where o.kind = :municipality and o.status = 'ACTIVE' group by o.region.rayon.id",
                Object[].class)
                .setParameter("municipality", OrganisationKind.MUNICIPALITY)
                .getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public Map<Long, List<String>> municipalities(long rayonId) {
        var byRegion = new LinkedHashMap<Long, List<String>>();
        em.createQuery("select o.region.id, o.name from Organisation o where o.region.rayon.id = :id "
                + "and o.kind = :municipality and o.status = 'ACTIVE' order by o.name", Object[].class)
                .setParameter("id", rayonId)
                .setParameter("municipality", OrganisationKind.MUNICIPALITY)
                .getResultList()
                .forEach(row -> byRegion.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((String) row[1]));
        return byRegion;
    }

    @Override
    public List<ContactView> publicContacts(long rayonId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CONCAT(p.first_name, ' ', p.last_name),
                       (SELECT o.name FROM employment e JOIN organisation o ON o.id = e.organisation_id
                         WHERE e.person_id = p.id AND (e.end_date IS NULL OR e.end_date > CURRENT_DATE)
                         ORDER BY e.start_date DESC LIMIT 1)
                  FROM rayon_contact c JOIN person p ON p.id = c.person_id
                 WHERE c.rayon_id = ? AND p.status = 'ACTIVE'
                 ORDER BY p.last_name, p.first_name""").setParameter(1, rayonId).getResultList();
        return rows.stream().map(r -> new ContactView((String) r[0], (String) r[1])).toList();
    }

    @Override
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

    @Override
    public void addContact(long rayonId, String normalizedEmail) {
        var person = em.createNativeQuery("SELECT id FROM person WHERE email = ? AND status = 'ACTIVE'")
                .setParameter(1, normalizedEmail).getResultList();
        if (person.isEmpty()) {
            throw BusinessException.onField("contactEmail", "rayon.contact.unknown");
        }
        long personId = ((Number) person.get(0)).longValue();
        int added = em.createNativeQuery("INSERT IGNORE INTO rayon_contact (rayon_id, person_id, since) "
                + "VALUES (?, ?, CURRENT_DATE)").setParameter(1, rayonId).setParameter(2, personId)
                .executeUpdate();
        if (added == 0) {
            throw BusinessException.onField("contactEmail", "rayon.contact.already");
        }
    }

    @Override
    public void removeContact(long rayonId, long personId) {
        int removed = em.createNativeQuery("DELETE FROM rayon_contact WHERE rayon_id = ? AND person_id = ?")
                .setParameter(1, rayonId).setParameter(2, personId).executeUpdate();
        if (removed == 0) {
            throw new BusinessException("rayon.contact.notFound");
        }
    }
}
