package nl.ingrado.portal.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationFilter;
import nl.ingrado.portal.member.boundary.StaffLists.OrganisationRow;
import nl.ingrado.portal.member.boundary.StaffLists.Page;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Employment;
import nl.ingrado.portal.member.entity.Organisation;
import nl.ingrado.portal.member.entity.OrganisationDomain;
import nl.ingrado.portal.member.entity.OrganisationKind;
import nl.ingrado.portal.rayon.entity.Rayon;
import nl.ingrado.portal.rayon.entity.Region;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.control.SqlFilter;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Staff manage organisations: the filtered list (two SQL statements a page), the detail with email
 * domains, memberships and history, corrections, and municipal mergers. A merged organisation stays
 * in the database with status MERGED, pointing at its successor; its open employments and its email
 * domains move over. Every change writes its audit entry in the same transaction.
 */
@Stateless
public class OrganisationAdministration {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "o.name %s, o.id %s",
            "kind", "o.kind %s, o.name %s, o.id %s",
            "cbsCode", "o.cbs_code %s, o.id %s",
            "region", "g.name %s, o.name %s, o.id %s",
            "rayon", "r.name %s, o.name %s, o.id %s",
            "inhabitants", "o.inhabitants %s, o.id %s",
            "status", "o.status %s, o.name %s, o.id %s",
            "employees", "employees %s, o.id %s");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public record OrganisationDetail(Organisation organisation, String region, String rayon,
            String mergedInto, Long mergedIntoId, List<String> domains, List<String> mergedFrom,
            long employees, List<AuditEntry> history) {

        public String domainList() {
            return String.join(", ", domains);
        }
    }

    /** One page and the total: two SQL statements, whatever the page size. */
    public Page<OrganisationRow> search(OrganisationFilter filter, Sort sort, int first, int pageSize) {
        long total = count(filter);
        return new Page<>(total, total == 0 ? List.of() : page(filter, sort, first, pageSize));
    }

    public long count(OrganisationFilter filter) {
        var where = where(filter == null ? OrganisationFilter.none() : filter);
        return ((Number) where.nativeQuery(em, "SELECT COUNT(*) FROM organisation o "
                + "LEFT JOIN region g ON g.id = o.region_id" + where.where()).getSingleResult()).longValue();
    }

    /** The rows of one page: one SQL statement. */
    public List<OrganisationRow> page(OrganisationFilter filter, Sort sort, int first, int pageSize) {
        var where = where(filter == null ? OrganisationFilter.none() : filter);
        int size = Math.max(1, Math.min(pageSize, StaffLists.MAX_PAGE_SIZE));
        return rows(where, sort, Math.max(0, first), size);
    }

    public void forEach(OrganisationFilter filter, Sort sort, Consumer<OrganisationRow> consumer) {
        var where = where(filter == null ? OrganisationFilter.none() : filter);
        int chunk = StaffLists.MAX_PAGE_SIZE;
        for (int first = 0;; first += chunk) {
            var rows = rows(where, sort, first, chunk);
            rows.forEach(consumer);
            if (rows.size() < chunk) {
                return;
            }
        }
    }

    private List<OrganisationRow> rows(SqlFilter where, Sort sort, int first, int size) {
        var chosen = sort == null ? Sort.byName() : sort;
        var order = SORT_COLUMNS.getOrDefault(chosen.field(), SORT_COLUMNS.get("name"))
                .replace("%s", chosen.ascending() ? "ASC" : "DESC");
        var today = Date.valueOf(today());
        var sql = "SELECT o.id, o.kind, o.name, o.cbs_code, g.name, r.name, o.inhabitants, o.status, "
                + "(SELECT COUNT(*) FROM employment e WHERE e.organisation_id = o.id AND e.start_date <= ? "
                + "AND (e.end_date IS NULL OR e.end_date > ?) AND e.confirmation <> 'REJECTED') AS employees, "
                + "m.name FROM organisation o LEFT JOIN region g ON g.id = o.region_id "
                + "LEFT JOIN rayon r ON r.id = g.rayon_id LEFT JOIN organisation m ON m.id = o.merged_into_id"
                + where.where() + " ORDER BY " + order + " LIMIT " + size + " OFFSET " + first;
        @SuppressWarnings("unchecked")
        List<Object[]> result = where.nativeQuery(em, sql, today, today).getResultList();
        return result.stream().map(r -> new OrganisationRow(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7], ((Number) r[8]).longValue(),
                (String) r[9])).toList();
    }

    private static SqlFilter where(OrganisationFilter filter) {
        var where = new SqlFilter();
        if (filter.text() != null && !filter.text().isBlank()) {
            // the columns' collation (utf8mb4_unicode_ci) compares without case
            var like = SqlFilter.contains(filter.text().strip());
            where.and("(o.name LIKE ? OR o.cbs_code LIKE ? OR o.city LIKE ?)", like, like, like);
        }
        if (filter.kind() != null) {
            where.and("o.kind = ?", filter.kind().name());
        }
        if (filter.rayonId() != null) {
            where.and("g.rayon_id = ?", filter.rayonId());
        }
        if (filter.regionId() != null) {
            where.and("o.region_id = ?", filter.regionId());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            where.and("o.status = ?", filter.status());
        }
        return where;
    }

    public Optional<OrganisationDetail> detail(long id) {
        var organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            return Optional.empty();
        }
        var region = organisation.getRegion();
        var rayon = organisation.rayon();
        var successor = organisation.getMergedInto();
        var domains = em.createQuery("select d.domain from OrganisationDomain d where d.organisation = :o "
                + "order by d.domain", String.class).setParameter("o", organisation).getResultList();
        var mergedFrom = em
                .createQuery("select o.name from Organisation o where o.mergedInto = :o order by o.name",
                        String.class)
                .setParameter("o", organisation).getResultList();
        var today = today();
        long employees = em.createQuery("select count(e) from Employment e where e.organisation = :o "
                + "and e.startDate <= :today and (e.endDate is null or e.endDate > :today)", Long.class)
                .setParameter("o", organisation).setParameter("today", today).getSingleResult();
        return Optional.of(new OrganisationDetail(organisation, region == null ? null : region.getName(),
                rayon == null ? null : rayon.getName(), successor == null ? null : successor.getName(),
                successor == null ? null : successor.getId(), domains, mergedFrom, employees,
                AuditTrail.history(em, AuditTrail.ORGANISATION, id, null, null)));
    }

    /**
     * Staff correct an organisation. {@code domains} is the complete new list of email domains
     * (separated by commas, spaces or new lines); a domain of another organisation is refused.
     */
    public void update(long id, Long expectedVersion, String name, Long regionId, Integer inhabitants,
            String street, String postalCode, String city, String domains, String actor) {
        var organisation = find(id);
        if (expectedVersion != null && expectedVersion != organisation.getVersion()) {
            throw new BusinessException("organisation.changedMeanwhile");
        }
        var region = regionId == null ? null : em.find(Region.class, regionId);
        if (regionId != null && region == null) {
            throw BusinessException.onField("region", "organisation.region.unknown");
        }
        var domainChange = checkDomains(organisation, domains);
        var changes = organisation.correct(name, region, inhabitants, street, postalCode, city);
        domainChange.apply().ifPresent(change -> changes.put("domains", change));
        if (changes.isEmpty()) {
            return;
        }
        AuditTrail.record(em, AuditTrail.ORGANISATION, id, "UPDATE", actor, Clocks.nowUtc(clock), changes);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("organisation.conflict");
        }
    }

    /**
     * Staff add an organisation. Checked like an update; a CBS code or Doorstroompunt region that
     * another organisation has is refused by the database and told as a conflict.
     */
    public long create(OrganisationKind kind, String name, String cbsCode, Long regionId, Integer inhabitants,
            String street, String postalCode, String city, String domains, String actor) {
        var region = regionId == null ? null : em.find(Region.class, regionId);
        if (regionId != null && region == null) {
            throw BusinessException.onField("region", "organisation.region.unknown");
        }
        var organisation = Organisation.found(kind, name, cbsCode, region, Clocks.nowUtc(clock));
        var changes = organisation.correct(name, region, inhabitants, street, postalCode, city);
        changes.remove("region");
        var domainChange = checkDomains(organisation, domains);
        try {
            em.persist(organisation);
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("organisation.duplicate");
        }
        domainChange.apply().ifPresent(change -> changes.put("domains", change));
        var details = new java.util.LinkedHashMap<String, String>();
        details.put("kind", kind.name());
        if (organisation.getCbsCode() != null) {
            details.put("cbsCode", organisation.getCbsCode());
        }
        if (region != null) {
            details.put("region", region.getName());
        }
        details.putAll(changes);
        AuditTrail.record(em, AuditTrail.ORGANISATION, organisation.getId(), "CREATE", actor,
                Clocks.nowUtc(clock),
                details);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("organisation.conflict");
        }
        return organisation.getId();
    }

    /** Domains to add and remove, checked against other organisations before anything changes. */
    private record DomainChange(EntityManager em, List<String> before, java.util.Set<String> wanted,
            List<OrganisationDomain> removed, List<OrganisationDomain> added) {

        /** Applies the change; returns "old → new" when there was one. */
        Optional<String> apply() {
            removed.forEach(em::remove);
            added.forEach(em::persist);
            return removed.isEmpty() && added.isEmpty()
                    ? Optional.empty()
                    : Optional.of(String.join(", ", before) + " → " + String.join(", ", wanted));
        }
    }

    private DomainChange checkDomains(Organisation organisation, String domains) {
        var wanted = new LinkedHashSet<String>();
        var candidates = new ArrayList<OrganisationDomain>();
        for (var raw : Arrays.stream((domains == null ? "" : domains).split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList()) {
            var domain = new OrganisationDomain(raw, organisation);
            if (wanted.add(domain.getDomain())) {
                candidates.add(domain);
            }
        }
        var current = organisation.getId() == null
                ? List.<OrganisationDomain>of()
                : em.createQuery("select d from OrganisationDomain d where d.organisation = :o",
                        OrganisationDomain.class).setParameter("o", organisation).getResultList();
        var currentNames = current.stream().map(OrganisationDomain::getDomain).toList();
        for (var candidate : candidates) {
            if (!currentNames.contains(candidate.getDomain())) {
                var taken = em.find(OrganisationDomain.class, candidate.getDomain());
                if (taken != null) {
                    throw BusinessException.onField("domains", "organisation.domain.taken",
                            candidate.getDomain(),
                            taken.getOrganisation().getName());
                }
            }
        }
        return new DomainChange(em, currentNames, wanted,
                current.stream().filter(d -> !wanted.contains(d.getDomain())).toList(),
                candidates.stream().filter(d -> !currentNames.contains(d.getDomain())).toList());
    }

    /**
     * A municipal merger: {@code sourceId} joins {@code targetId}. Open employments and email domains
     * move to the successor; ended employments and memberships stay with the merged organisation as
     * history. Both organisations are locked, so two staff merging at once cannot cross.
     */
    public int merge(long sourceId, Long targetId, String actor) {
        if (targetId == null) {
            throw BusinessException.onField("target", "organisation.merge.targetRequired");
        }
        // lock in id order so that two merges of the same pair cannot deadlock
        var first = em.find(Organisation.class, Math.min(sourceId, targetId), LockModeType.PESSIMISTIC_WRITE);
        var second = em.find(Organisation.class, Math.max(sourceId, targetId),
                LockModeType.PESSIMISTIC_WRITE);
        var source = first != null && first.getId() == sourceId ? first : second;
        var target = first != null && first.getId().equals(targetId) ? first : second;
        if (source == null || source.getId() != sourceId) {
            throw new BusinessException("organisation.notFound");
        }
        if (target == null || !target.getId().equals(targetId)) {
            throw BusinessException.onField("target", "organisation.merge.targetRequired");
        }
        source.mergeInto(target);
        var now = Clocks.nowUtc(clock);
        var today = today();
        var open = em.createQuery("select e from Employment e join fetch e.person where e.organisation = :o "
                + "and (e.endDate is null or e.endDate > :today)", Employment.class)
                .setParameter("o", source).setParameter("today", today).getResultList();
        for (var employment : open) {
            employment.moveTo(target);
            AuditTrail.record(em, AuditTrail.EMPLOYMENT, employment.getId(), "MOVE", actor, now,
                    "organisation: " + source.getName() + " → " + target.getName() + " (merger)");
        }
        var domains = em.createQuery("select d from OrganisationDomain d where d.organisation = :o",
                OrganisationDomain.class).setParameter("o", source).getResultList();
        domains.forEach(d -> d.moveTo(target));
        var domainNames = String.join(", ", domains.stream().map(OrganisationDomain::getDomain).toList());
        AuditTrail.record(em, AuditTrail.ORGANISATION, sourceId, "MERGE", actor, now,
                "status: ACTIVE → MERGED; mergedInto: " + target.getName() + " (" + target.getId() + ")"
                        + "; employments moved: " + open.size()
                        + (domainNames.isEmpty() ? "" : "; domains moved: " + domainNames));
        AuditTrail.record(em, AuditTrail.ORGANISATION, target.getId(), "MERGE_IN", actor, now,
                "merged: " + source.getName() + " (" + sourceId + "); employments moved: " + open.size()
                        + (domainNames.isEmpty() ? "" : "; domains moved: " + domainNames));
        return open.size();
    }

    /** Active organisations of the same kind that {@code sourceId} could merge into. */
    public List<Option> mergeTargets(long sourceId) {
        var source = find(sourceId);
        return em.createQuery("select o.id, o.name from Organisation o where o.status = 'ACTIVE' "
                + "and o.kind = :kind and o.id <> :id order by o.name", Object[].class)
                .setParameter("kind", source.getKind()).setParameter("id", sourceId).getResultList().stream()
                .map(r -> new Option((Long) r[0], (String) r[1])).toList();
    }

    public List<Option> rayons() {
        return em.createQuery("select r from Rayon r order by r.name", Rayon.class).getResultList().stream()
                .map(r -> new Option(r.getId(), r.getName())).toList();
    }

    public List<Option> regions() {
        return em.createQuery("select g from Region g order by g.name", Region.class).getResultList().stream()
                .map(g -> new Option(g.getId(), g.getName())).toList();
    }

    private Organisation find(long id) {
        return Entities.found(em, Organisation.class, id, "organisation.notFound");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
