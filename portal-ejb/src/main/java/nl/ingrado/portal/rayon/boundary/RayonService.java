package nl.ingrado.portal.rayon.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.rayon.entity.Region;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.entity.AuditEntry;

/**
 * The public face of the rayons: what each covers and who to contact. A fixed number of queries; the
 * municipalities and contact persons come from the member capability through {@link RayonMembers}.
 */
@Stateless
public class RayonService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RayonMembers members;

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

    public record ContactRow(long personId, String name, String email, String since) implements Serializable {
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
        var rows = em.createQuery("select r, count(distinct g.id) from Rayon r "
                + "left join Region g on g.rayon = r group by r order by r.id", Object[].class)
                .getResultList();
        var municipalities = members.municipalityCounts();
        return rows.stream().map(row -> {
            var rayon = (Rayon) row[0];
            return new RayonSummary(rayon.getId(), rayon.getCode(), rayon.getName(), rayon.getDescription(),
                    (Long) row[1], municipalities.getOrDefault(rayon.getId(), 0L));
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
        members.addContact(rayonId, normalized);
        audit(rayonId, "ADD_CONTACT", staff, normalized);
    }

    public void removeContact(long rayonId, long personId, String staff) {
        members.removeContact(rayonId, personId);
        audit(rayonId, "REMOVE_CONTACT", staff, "person " + personId);
    }

    /** Contact persons with their email, for staff. */
    public List<ContactRow> contacts(long rayonId) {
        return members.contacts(rayonId);
    }

    /** Who changed what of this rayon and its contact persons, newest first. */
    public List<AuditEntry> history(long rayonId) {
        return AuditTrail.history(em, "rayon", rayonId, null, null);
    }

    private Rayon require(long id) {
        return Entities.found(em, Rayon.class, id, "rayon.notFound");
    }

    private void audit(long id, String action, String staff, String changes) {
        AuditTrail.record(em, "rayon", id, action, staff, Clocks.nowUtc(clock), changes);
    }

    public Optional<RayonDetail> detail(long id) {
        var rayon = em.find(Rayon.class, id);
        if (rayon == null) {
            return Optional.empty();
        }
        var regionRows = em
                .createQuery("select g from Region g where g.rayon.id = :id order by g.code", Region.class)
                .setParameter("id", id).getResultList();
        var municipalities = members.municipalities(id);
        var contacts = members.publicContacts(id);
        return Optional
                .of(new RayonDetail(rayon.getId(), rayon.getCode(), rayon.getName(), rayon.getDescription(),
                        rayon.getProvinces(),
                        regionRows.stream().map(g -> new RegionView(g.getId(), g.getCode(), g.getName(),
                                List.copyOf(municipalities.getOrDefault(g.getId(), List.of())))).toList(),
                        contacts));
    }
}
