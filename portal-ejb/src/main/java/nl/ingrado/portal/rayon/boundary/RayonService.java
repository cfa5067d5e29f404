package nl.ingrado.portal.rayon.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.member.entity.Organisation;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.rayon.entity.Region;

/** The public face of the rayons: what each covers and who to contact. A fixed number of queries. */
@Stateless
public class RayonService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

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

    public record RayonDetail(long id, String code, String name, String description, String provinces,
            List<RegionView> regions, List<ContactView> contacts) {
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
                         WHERE e.person_id = p.id AND (e.end_date IS NULL OR e.end_date >= CURRENT_DATE)
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
