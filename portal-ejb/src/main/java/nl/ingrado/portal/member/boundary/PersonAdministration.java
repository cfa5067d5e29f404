package nl.ingrado.portal.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.account.entity.AccountStatus;
import nl.ingrado.portal.member.boundary.StaffLists.Option;
import nl.ingrado.portal.member.boundary.StaffLists.Page;
import nl.ingrado.portal.member.boundary.StaffLists.PersonFilter;
import nl.ingrado.portal.member.boundary.StaffLists.PersonRow;
import nl.ingrado.portal.member.boundary.StaffLists.Sort;
import nl.ingrado.portal.member.entity.Employment;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.Organisation;
import nl.ingrado.portal.member.entity.Person;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.control.SqlFilter;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Staff manage professionals: a filtered, sorted list in pages (two SQL statements a page, whatever
 * its size), the detail with workplaces and history, corrections, ending an employment and
 * deactivating. Every change writes its audit entry in the same transaction.
 */
@Stateless
public class PersonAdministration {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "p.last_name %s, p.first_name %s, p.id %s",
            "firstName", "p.first_name %s, p.last_name %s, p.id %s",
            "email", "p.email %s, p.id %s",
            "status", "p.status %s, p.last_name %s, p.id %s",
            "organisation", "o.name %s, p.last_name %s, p.id %s",
            "job", "e.job %s, p.last_name %s, p.id %s",
            "region", "g.name %s, p.last_name %s, p.id %s",
            "rayon", "r.name %s, p.last_name %s, p.id %s");

    private static final String CURRENT = "(%1$s.end_date IS NULL OR %1$s.end_date > ?) AND %1$s.start_date <= ? "
            + "AND %1$s.confirmation <> 'REJECTED'";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MemberService members;

    public record Workplace(long employmentId, long organisationId, String organisation, String job,
            LocalDate since, LocalDate until, String confirmation, boolean current) {
    }

    public record PersonDetail(Person person, String accountStatus, boolean premium,
            List<Workplace> workplaces, List<AuditEntry> history) {
    }

    /** What staff may enter about a professional; the workplace part is optional. */
    public record PersonInput(String firstName, String lastName, String email, String phone,
            Long organisationId, Job job, LocalDate since) {
    }

    /** One page and the total: two SQL statements, whatever the page size. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<PersonRow> search(PersonFilter filter, Sort sort, int first, int pageSize) {
        long total = count(filter);
        return new Page<>(total, total == 0 ? List.of() : page(filter, sort, first, pageSize));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(PersonFilter filter) {
        var where = where(filter == null ? PersonFilter.none() : filter, Date.valueOf(today()));
        return ((Number) where.nativeQuery(em, "SELECT COUNT(*) FROM person p" + where.where())
                .getSingleResult()).longValue();
    }

    /** The rows of one page: one SQL statement. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PersonRow> page(PersonFilter filter, Sort sort, int first, int pageSize) {
        var today = Date.valueOf(today());
        var where = where(filter == null ? PersonFilter.none() : filter, today);
        int size = Math.max(1, Math.min(pageSize, StaffLists.MAX_PAGE_SIZE));
        return rows(where, today, sort, Math.max(0, first), size);
    }

    /** Every row matching the filter, in chunks, for the CSV and Excel export. */
    public void forEach(PersonFilter filter, Sort sort, Consumer<PersonRow> consumer) {
        var today = Date.valueOf(today());
        var where = where(filter == null ? PersonFilter.none() : filter, today);
        int chunk = StaffLists.MAX_PAGE_SIZE;
        for (int first = 0;; first += chunk) {
            var rows = rows(where, today, sort, first, chunk);
            rows.forEach(consumer);
            if (rows.size() < chunk) {
                return;
            }
        }
    }

    private List<PersonRow> rows(SqlFilter where, Date today, Sort sort, int first, int size) {
        var order = sortColumns(sort);
        var sql = "SELECT p.id, p.first_name, p.last_name, p.email, p.status, o.id, o.name, e.job, g.name, r.name, "
                + "EXISTS (SELECT 1 FROM employment pe JOIN membership m ON m.organisation_id = pe.organisation_id "
                + "AND m.member_year = ? AND m.status <> 'CANCELLED' WHERE pe.person_id = p.id "
                + "AND pe.confirmation IN ('BY_DOMAIN', 'CONFIRMED') AND pe.start_date <= ? "
                + "AND (pe.end_date IS NULL OR pe.end_date > ?)) "
                + "FROM person p "
                // the most recent current workplace per person: a window over the current employments,
                // which MariaDB evaluates for the page's persons only when sorting by a person column
                + "LEFT JOIN (SELECT x.person_id, x.organisation_id, x.job FROM (SELECT e2.person_id, "
                + "e2.organisation_id, e2.job, ROW_NUMBER() OVER (PARTITION BY e2.person_id "
                + "ORDER BY e2.start_date DESC, e2.id DESC) AS rn FROM employment e2 WHERE "
                + CURRENT.formatted("e2")
                + ") x WHERE x.rn = 1) e ON e.person_id = p.id "
                + "LEFT JOIN organisation o ON o.id = e.organisation_id "
                + "LEFT JOIN region g ON g.id = o.region_id LEFT JOIN rayon r ON r.id = g.rayon_id"
                + where.where() + " ORDER BY " + order + " LIMIT " + size + " OFFSET " + first;
        @SuppressWarnings("unchecked")
        List<Object[]> result = where
                .nativeQuery(em, sql, today.toLocalDate().getYear(), today, today, today, today)
                .getResultList();
        return result.stream()
                .map(r -> new PersonRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (String) r[3], (String) r[4], r[5] == null ? null : ((Number) r[5]).longValue(),
                        (String) r[6],
                        (String) r[7], (String) r[8], (String) r[9],
                        r[10] != null && ((Number) r[10]).intValue() == 1))
                .toList();
    }

    private static String sortColumns(Sort sort) {
        var chosen = sort == null ? Sort.byName() : sort;
        var pattern = SORT_COLUMNS.getOrDefault(chosen.field(), SORT_COLUMNS.get("name"));
        var direction = chosen.ascending() ? "ASC" : "DESC";
        return pattern.replace("%s", direction);
    }

    private static SqlFilter where(PersonFilter filter, Date today) {
        var where = new SqlFilter();
        if (filter.text() != null && !filter.text().isBlank()) {
            // the columns' collation (utf8mb4_unicode_ci) compares without case
            var like = SqlFilter.contains(filter.text().strip());
            where.and("(CONCAT(p.first_name, ' ', p.last_name) LIKE ? OR p.email LIKE ?)", like, like);
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            where.and("p.status = ?", filter.status());
        }
        if (filter.rayonId() != null || filter.regionId() != null || filter.job() != null
                || filter.kind() != null || filter.organisationId() != null) {
            var employment = new SqlFilter().and("fe.person_id = p.id AND " + CURRENT.formatted("fe"), today,
                    today);
            if (filter.rayonId() != null) {
                employment.and("fg.rayon_id = ?", filter.rayonId());
            }
            if (filter.regionId() != null) {
                employment.and("fo.region_id = ?", filter.regionId());
            }
            if (filter.job() != null) {
                employment.and("fe.job = ?", filter.job().name());
            }
            if (filter.kind() != null) {
                employment.and("fo.kind = ?", filter.kind().name());
            }
            if (filter.organisationId() != null) {
                employment.and("fo.id = ?", filter.organisationId());
            }
            where.and(
                    "EXISTS (SELECT 1 FROM employment fe JOIN organisation fo ON fo.id = fe.organisation_id "
                            + "LEFT JOIN region fg ON fg.id = fo.region_id" + employment.where() + ")",
                    employment.parameters().toArray());
        }
        if (filter.premium() != null) {
            where.and((filter.premium() ? "" : "NOT ")
                    + "EXISTS (SELECT 1 FROM employment pe JOIN membership m "
                    + "ON m.organisation_id = pe.organisation_id AND m.member_year = ? AND m.status <> 'CANCELLED' "
                    + "WHERE pe.person_id = p.id AND pe.confirmation IN ('BY_DOMAIN', 'CONFIRMED') "
                    + "AND pe.start_date <= ? AND (pe.end_date IS NULL OR pe.end_date > ?))",
                    today.toLocalDate().getYear(), today, today);
        }
        return where;
    }

    public Optional<PersonDetail> detail(long personId) {
        var person = em.find(Person.class, personId);
        if (person == null) {
            return Optional.empty();
        }
        var today = today();
        var employments = em.createQuery("select e from Employment e join fetch e.organisation "
                + "where e.person = :person order by e.endDate, e.startDate desc", Employment.class)
                .setParameter("person", person).getResultList();
        var workplaces = employments.stream().map(e -> new Workplace(e.getId(), e.getOrganisation().getId(),
                e.getOrganisation().getName(), e.getJob().name(), e.getStartDate(), e.getEndDate(),
                e.getConfirmation().name(), e.isCurrent(today))).toList();
        String accountStatus = null;
        if (person.getAccountId() != null) {
            var account = em.find(Account.class, person.getAccountId());
            accountStatus = account == null ? null : account.getStatus().name();
        }
        var history = AuditTrail.history(em, AuditTrail.PERSON, personId, AuditTrail.EMPLOYMENT,
                employments.stream().map(Employment::getId).toList());
        return Optional.of(new PersonDetail(person, accountStatus, members.isPremium(personId), workplaces,
                history));
    }

    /** A new professional entered by staff, with a workplace if an organisation is given. */
    public long create(PersonInput input, String actor) {
        var now = Clocks.nowUtc(clock);
        var person = Person.register(input.firstName(), input.lastName(), input.email(), input.phone(), now);
        requireUniqueEmail(person.getEmail(), null);
        em.persist(person);
        Employment employment = null;
        if (input.organisationId() != null || input.job() != null || input.since() != null) {
            var organisation = input.organisationId() == null
                    ? null
                    : em.find(Organisation.class, input.organisationId());
            employment = Employment.start(person, organisation, input.job(), input.since(), false, today());
            employment.confirmByStaff(actor, now);
            em.persist(employment);
        }
        flush();
        AuditTrail.record(em, AuditTrail.PERSON, person.getId(), "CREATE", actor, now,
                "name: " + person.getFullName() + "; email: " + person.getEmail()
                        + (person.getPhone() == null ? "" : "; phone: " + person.getPhone()));
        if (employment != null) {
            AuditTrail.record(em, AuditTrail.EMPLOYMENT, employment.getId(), "START", actor, now,
                    "organisation: " + employment.getOrganisation().getName() + "; job: "
                            + employment.getJob()
                            + "; since: " + employment.getStartDate());
        }
        return person.getId();
    }

    /**
     * Staff correct a professional's personal data. {@code expectedVersion} is the version the form
     * was loaded with: someone else's change in between is not overwritten silently.
     */
    public void update(long personId, Long expectedVersion, String firstName, String lastName, String email,
            String phone, String actor) {
        var person = find(personId);
        if (expectedVersion != null && expectedVersion != person.getVersion()) {
            throw new BusinessException("person.changedMeanwhile");
        }
        var normalized = nl.ingrado.portal.shared.entity.Email.normalize(email);
        if (!normalized.isEmpty()) {
            // checked before the change, so the query's flush cannot meet the unique constraint first
            requireUniqueEmail(normalized, personId);
        }
        var changes = person.correct(firstName, lastName, email, phone);
        if (changes.isEmpty()) {
            return;
        }
        AuditTrail.record(em, AuditTrail.PERSON, personId, "UPDATE", actor, Clocks.nowUtc(clock), changes);
        flush();
    }

    /** Staff add a workplace they know of; it is confirmed by them at once. */
    public void addEmployment(long personId, Long organisationId, Job job, LocalDate since, String actor) {
        var person = find(personId);
        var now = Clocks.nowUtc(clock);
        var organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        var employment = Employment.start(person, organisation, job, since, false, today());
        employment.confirmByStaff(actor, now);
        em.persist(employment);
        flush();
        AuditTrail.record(em, AuditTrail.EMPLOYMENT, employment.getId(), "START", actor, now,
                "organisation: " + organisation.getName() + "; job: " + job + "; since: " + since);
    }

    /** Staff end one of the professional's employments, e.g. when told the person left. */
    public void endEmployment(long personId, long employmentId, LocalDate on, String actor) {
        var employment = em.find(Employment.class, employmentId);
        if (employment == null || employment.getPerson().getId() != personId) {
            throw new BusinessException("employment.notFound");
        }
        employment.end(on);
        AuditTrail.record(em, AuditTrail.EMPLOYMENT, employmentId, "END", actor, Clocks.nowUtc(clock),
                "organisation: " + employment.getOrganisation().getName() + "; until: " + on);
    }

    /** The professional no longer takes part: the person is deactivated, and so is their login. */
    public void deactivate(long personId, String actor) {
        var person = find(personId);
        person.deactivate();
        var changes = "status: ACTIVE → DEACTIVATED";
        if (person.getAccountId() != null) {
            int accounts = em
                    .createQuery("update Account a set a.status = :deactivated, a.version = a.version + 1 "
                            + "where a.id = :id and a.status <> :deactivated")
                    .setParameter("deactivated", AccountStatus.DEACTIVATED)
                    .setParameter("id", person.getAccountId()).executeUpdate();
            if (accounts > 0) {
                changes += "; account: DEACTIVATED";
            }
        }
        AuditTrail.record(em, AuditTrail.PERSON, personId, "DEACTIVATE", actor, Clocks.nowUtc(clock),
                changes);
    }

    /** Active organisations to choose a workplace from. */
    public List<Option> organisationOptions() {
        return em.createQuery("select o.id, o.name from Organisation o where o.status = 'ACTIVE' "
                + "order by o.name", Object[].class).getResultList().stream()
                .map(r -> new Option((Long) r[0], (String) r[1])).toList();
    }

    private Person find(long personId) {
        return Entities.found(em, Person.class, personId, "person.notFound");
    }

    private void requireUniqueEmail(String email, Long ownId) {
        var others = em.createQuery("select p.id from Person p where p.email = :email", Long.class)
                .setParameter("email", email).getResultList();
        if (others.stream().anyMatch(id -> !id.equals(ownId))) {
            throw BusinessException.onField("email", "person.email.taken");
        }
    }

    /** A race past the checks above still meets the database's unique and check constraints. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("person.conflict");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
