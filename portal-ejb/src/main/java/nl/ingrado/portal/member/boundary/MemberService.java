package nl.ingrado.portal.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jakarta.enterprise.event.Observes;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.boundary.AccountService.AccountsRemoving;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.account.entity.AccountStatus;
import nl.ingrado.portal.member.entity.Confirmation;
import nl.ingrado.portal.member.entity.Employment;
import nl.ingrado.portal.member.entity.Job;
import nl.ingrado.portal.member.entity.Organisation;
import nl.ingrado.portal.member.entity.Person;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.entity.AuditEntry;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Where professionals work, and the premium access that follows: a trusted, current employment at
 * an organisation that is a member this year. Every change lands in the audit trail.
 */
@Stateless
public class MemberService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    public record OrganisationOption(long id, String name, String kind) implements Serializable {
    }

    public record Workplace(long employmentId, String organisation, String job, LocalDate since,
            LocalDate until,
            String confirmation, boolean current, String region, Long rayonId,
            String rayon) implements Serializable {
    }

    public record MyWork(List<Workplace> workplaces, boolean premium) implements Serializable {
    }

    /** Active organisations to choose from, municipalities first, by name. */
    public List<OrganisationOption> organisations() {
        return em
                .createQuery("select o from Organisation o where o.status = 'ACTIVE' order by o.kind, o.name",
                        Organisation.class)
                .getResultList().stream()
                .map(o -> new OrganisationOption(o.getId(), o.getName(), o.getKind().name())).toList();
    }

    public MyWork myWork(long accountId) {
        var person = personOf(accountId);
        if (person.isEmpty()) {
            return new MyWork(List.of(), false);
        }
        var today = today();
        var employments = em.createQuery("select e from Employment e join fetch e.organisation o "
                + "left join fetch o.region g left join fetch g.rayon where e.person = :person "
                + "order by e.endDate, e.startDate desc", Employment.class)
                .setParameter("person", person.get()).getResultList();
        var workplaces = employments.stream().map(e -> {
            var org = e.getOrganisation();
            var rayon = org.rayon();
            return new Workplace(e.getId(), org.getName(), e.getJob().name(), e.getStartDate(),
                    e.getEndDate(),
                    e.getConfirmation().name(), e.isCurrent(today),
                    org.getRegion() == null ? null : org.getRegion().getName(),
                    rayon == null ? null : rayon.getId(), rayon == null ? null : rayon.getName());
        }).toList();
        return new MyWork(workplaces, isPremium(person.get().getId()));
    }

    /**
     * Sign-up that also says where the professional works (optional: all three or none). The
     * workplace is checked before the account is made, and both land in one transaction. When the
     * address already has an account nothing is stored, exactly as a plain sign-up. {@code clientAddress}
     * is the visitor's, for the mail limits.
     */
    public void signUp(String email, String displayName, String password, String language,
            Long organisationId,
            Job job, LocalDate since, String clientAddress) {
        boolean workplace = organisationId != null || job != null || since != null;
        if (workplace) {
            var organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
            // the same checks as a new employment, before anything is stored
            Employment.start(null, organisation, job, since, false, today());
        }
        accounts.signUp(email, displayName, password, language, clientAddress)
                .filter(id -> workplace)
                .ifPresent(id -> startEmployment(id, organisationId, job, since));
    }

    /** Forgets the profiles of never-confirmed sign-ups before their accounts go. */
    public void forgetAbandonedSignUps(@Observes AccountsRemoving removing) {
        for (var accountId : removing.accountIds()) {
            personOf(accountId).ifPresent(person -> {
                em.createQuery("delete from Employment e where e.person = :person")
                        .setParameter("person", person)
                        .executeUpdate();
                em.remove(person);
            });
        }
    }

    /** The logged-in professional says where they work; their profile is made on first use. */
    public Confirmation startEmployment(long accountId, Long organisationId, Job job, LocalDate since) {
        var person = personOf(accountId).orElseGet(() -> {
            var account = em.find(Account.class, accountId);
            var created = Person.forAccount(accountId, account.getDisplayName(), account.getEmail(),
                    Clocks.nowUtc(clock));
            em.persist(created);
            return created;
        });
        var organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        boolean domainMatches = organisation != null && em.createQuery(
                "select count(d) from OrganisationDomain d where d.domain = :domain and d.organisation = :org",
                Long.class)
                .setParameter("domain", person.emailDomain()).setParameter("org", organisation)
                .getSingleResult() > 0;
        var employment = Employment.start(person, organisation, job, since, domainMatches, today());
        em.persist(employment);
        em.flush();
        audit("employment", employment.getId(), "START", person.getEmail(),
                "organisation=" + organisation.getName() + "; job=" + job + "; since=" + since
                        + "; confirmation=" + employment.getConfirmation());
        return employment.getConfirmation();
    }

    /** Ends one of the professional's own employments; someone else's is not found. */
    public void endEmployment(long accountId, long employmentId, LocalDate on) {
        var employment = ownEmployment(accountId, employmentId);
        employment.end(on);
        audit("employment", employmentId, "END", employment.getPerson().getEmail(), "until=" + on);
    }

    public List<Employment> pendingEmployments() {
        return em.createQuery("select e from Employment e join fetch e.person join fetch e.organisation "
                + "where e.confirmation = :pending and e.endDate is null order by e.id", Employment.class)
                .setParameter("pending", Confirmation.PENDING).getResultList();
    }

    /** How many workplaces wait for staff to confirm them: one count, for the staff's home page. */
    public long pendingEmploymentCount() {
        return em.createQuery("select count(e) from Employment e where e.confirmation = :pending "
                + "and e.endDate is null", Long.class)
                .setParameter("pending", Confirmation.PENDING).getSingleResult();
    }

    /** Staff confirm or reject an employment whose email domain did not prove it. */
    public void decideEmployment(long employmentId, boolean confirmed, String staff) {
        var employment = Entities.found(em, Employment.class, employmentId, "employment.notFound");
        employment.decide(confirmed, staff, Clocks.nowUtc(clock));
        audit("employment", employmentId, confirmed ? "CONFIRM" : "REJECT", staff,
                "confirmation=" + employment.getConfirmation());
    }

    /** Premium: a trusted, current employment at an organisation with this year's membership. */
    public boolean isPremium(long personId) {
        return premium("x.id = ?", personId);
    }

    /** {@link #isPremium} for the person of an account; false for an account without a person. */
    public boolean isPremiumAccount(long accountId) {
        return premium("x.account_id = ?", accountId);
    }

    private boolean premium(String which, long key) {
        var today = today();
        List<?> rows = premiumParameters(
                em.createNativeQuery("SELECT " + PREMIUM_OF_PERSON + " FROM person x WHERE "
                        + which),
                today).setParameter(6, key).getResultList();
        return !rows.isEmpty() && ((Number) rows.get(0)).intValue() != 0;
    }

    /** Sets {@link #PREMIUM_OF_PERSON}'s five parameters, the first five of the query. */
    private static jakarta.persistence.Query premiumParameters(jakarta.persistence.Query query,
            LocalDate today) {
        return query.setParameter(1, today.getYear()).setParameter(2, Confirmation.BY_DOMAIN.name())
                .setParameter(3, Confirmation.CONFIRMED.name()).setParameter(4, today).setParameter(5, today);
    }

    /** Who registers for something: the account's name, address and language, and whether they are premium. */
    public record Registrant(String displayName, String email, String language, boolean premium) {
    }

    /**
     * The premium rule, written once, as SQL for the person {@code x}: a trusted (by domain or by staff),
     * current employment at an organisation with this year's membership that is not cancelled. Five
     * parameters: the year, the two trusted confirmations, and today twice ({@link #premiumParameters}).
     */
    private static final String PREMIUM_OF_PERSON = "EXISTS (SELECT 1 FROM employment e "
            + "JOIN membership m ON m.organisation_id = e.organisation_id AND m.member_year = ? "
            + "AND m.status <> 'CANCELLED' WHERE e.person_id = x.id AND e.confirmation IN (?, ?) "
            + "AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?))";

    /** Whether the account's person is a contact person of some rayon (the scoped role RAYON_CONTACT). */
    public boolean isRayonContact(long accountId) {
        return ((Number) em
                .createNativeQuery("SELECT COUNT(*) FROM rayon_contact c JOIN person p ON p.id = c.person_id "
                        + "WHERE p.account_id = ? AND p.status = 'ACTIVE'")
                .setParameter(1, accountId).getSingleResult())
                .longValue() > 0;
    }

    /**
     * What every request of a logged-in caller needs: the account's roles and the rayons it is contact
     * of, and who they are as a registrant (name, address, language, premium).
     */
    public record CallerFacts(java.util.Set<String> roles, java.util.Set<Long> contactRayons,
            Registrant registrant) {
    }

    /**
     * The roles, contact rayons and registrant facts of an account that may still be logged in, read in
     * one statement (every page and API call asks this, so a deactivated or erased account loses its
     * session at the next click); empty when the account is gone or not active. Without a transaction
     * of its own: a read needs none, and a local transaction would add statements around it. Within one
     * request {@link Callers} hands the same facts to whoever asks again.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CallerFacts> callerFacts(long accountId) {
        return facts("a.id = ?", accountId).map(TokenCaller::facts);
    }

    /** Who calls with an API token and their facts: the token's account, found and read in one statement. */
    public record TokenCaller(long accountId, String email, CallerFacts facts) {
    }

    /**
     * As {@link #callerFacts}, for the account of a live (not revoked) API token given by its hash: the
     * token is checked by the same statement that reads the facts, as every API call asks both.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenCaller> callerOfToken(String tokenHash) {
        return facts(
                "a.id = (SELECT t.account_id FROM api_token t WHERE t.token_hash = ? AND t.revoked_at IS NULL)",
                tokenHash);
    }

    private Optional<TokenCaller> facts(String which, Object key) {
        var today = today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = premiumParameters(em.createNativeQuery("SELECT a.status, "
                + "(SELECT GROUP_CONCAT(r.role) FROM account_role r WHERE r.account_id = a.id), "
                + "(SELECT GROUP_CONCAT(c.rayon_id) FROM rayon_contact c JOIN person p ON p.id = c.person_id "
                + "WHERE p.account_id = a.id AND p.status = 'ACTIVE'), "
                + "a.display_name, a.email, a.preferred_language, "
                + "EXISTS (SELECT 1 FROM person x WHERE x.account_id = a.id AND " + PREMIUM_OF_PERSON
                + "), a.id"
                + " FROM account a WHERE " + which), today)
                .setParameter(6, key).getResultList();
        if (rows.isEmpty() || !AccountStatus.ACTIVE.name().equals(rows.get(0)[0])) {
            return Optional.empty();
        }
        var row = rows.get(0);
        return Optional.of(new TokenCaller(((Number) row[7]).longValue(), (String) row[4], new CallerFacts(
                java.util.Set.copyOf(splitList(row[1])),
                splitList(row[2]).stream().map(Long::valueOf)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                new Registrant((String) row[3], (String) row[4], (String) row[5],
                        ((Number) row[6]).intValue() != 0))));
    }

    private static List<String> splitList(Object groupConcat) {
        return groupConcat == null || groupConcat.toString().isEmpty()
                ? List.of()
                : List.of(groupConcat.toString().split(","));
    }

    /** The ids of the rayons this account's person is a contact person of (empty for most). */
    @SuppressWarnings("unchecked")
    public java.util.Set<Long> contactRayons(long accountId) {
        List<Number> ids = em
                .createNativeQuery(
                        "SELECT c.rayon_id FROM rayon_contact c JOIN person p ON p.id = c.person_id "
                                + "WHERE p.account_id = ? AND p.status = 'ACTIVE'")
                .setParameter(1, accountId).getResultList();
        return ids.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
    }

    public List<AuditEntry> history(String entityType, long entityId) {
        return AuditTrail.history(em, entityType, entityId, null, null);
    }

    /** The organisations a person works at today (confirmed or not), for choosing who pays a fee. */
    public List<OrganisationOption> currentEmployers(long personId) {
        var today = today();
        return em.createQuery("select e from Employment e join fetch e.organisation o where e.person.id = :p "
                + "and e.startDate <= :today and (e.endDate is null or e.endDate >= :today) order by o.name",
                Employment.class).setParameter("p", personId).setParameter("today", today).getResultList()
                .stream()
                .map(e -> new OrganisationOption(e.getOrganisation().getId(), e.getOrganisation().getName(),
                        e.getOrganisation().getKind().name()))
                .distinct().toList();
    }

    public Optional<Person> personOf(long accountId) {
        return em.createNamedQuery(Person.BY_ACCOUNT, Person.class).setParameter("accountId", accountId)
                .getResultStream().findFirst();
    }

    private Employment ownEmployment(long accountId, long employmentId) {
        var employment = em.find(Employment.class, employmentId);
        if (employment == null
                || !java.util.Objects.equals(employment.getPerson().getAccountId(), accountId)) {
            throw new BusinessException("employment.notFound");
        }
        return employment;
    }

    private void audit(String type, long id, String action, String actor, String changes) {
        AuditTrail.record(em, type, id, action, actor, Clocks.nowUtc(clock), changes);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
    }
}
