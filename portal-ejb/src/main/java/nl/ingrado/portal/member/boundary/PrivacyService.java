package nl.ingrado.portal.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.boundary.ApiTokenService;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.member.entity.Employment;
import nl.ingrado.portal.member.entity.ErasureRequest;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Privacy self-service (AVG): everything the portal holds about you as one JSON document, and
 * erasure on request. Erasure anonymises: records that must be kept (employment history for
 * statistics, the audit trail) stay, but no longer name the person.
 *
 * <p>
 * Each capability exports and erases its own tables: those below member (account, mail, shared's audit
 * trail) through their boundaries, called from here; those above it (event, register, newsletter) by
 * observing {@link Exporting} and {@link Erasing}, which fire synchronously in this transaction.
 */
@Stateless
public class PrivacyService {

    /** What takes the place of an erased person's name or address where a record must stay. */
    public static final String ERASED = "verwijderd";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Erasing> erasing;

    @Inject
    Event<Exporting> exporting;

    /** Fired (synchronously) while a member's data is exported: observers add their own part to {@code json}. */
    public record Exporting(long accountId, jakarta.json.JsonObjectBuilder json) {
    }

    /**
     * Fired (synchronously, in the erasure's transaction) when a person is erased, before their account
     * goes: observers anonymise what they hold of the account or its address.
     */
    public record Erasing(long accountId, String email) {
    }

    @Inject
    MemberService members;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    MailService mail;

    /** All personal data of an account, for download by its owner (inzageverzoek / data portability). */
    public String export(long accountId) {
        var account = requireAccount(accountId);
        var json = Json.createObjectBuilder()
                .add("exportedAt", Clocks.nowUtc(clock).toString() + "Z")
                .add("account", Json.createObjectBuilder()
                        .add("email", account.getEmail())
                        .add("name", account.getDisplayName())
                        .add("preferredLanguage", account.getPreferredLanguage())
                        .add("status", account.getStatus().name())
                        .add("roles", array(account.getRoles().stream().map(Enum::name).sorted().toList()))
                        .add("createdAt", account.getCreatedAt().toString())
                        .add("verifiedAt", String.valueOf(account.getVerifiedAt())));
        var person = members.personOf(accountId);
        person.ifPresent(p -> json.add("person", Json.createObjectBuilder()
                .add("firstName", p.getFirstName())
                .add("lastName", p.getLastName())
                .add("email", p.getEmail() == null ? "" : p.getEmail())
                .add("premium", members.isPremium(p.getId()))));
        var employments = Json.createArrayBuilder();
        person.ifPresent(p -> em.createQuery("select e from Employment e join fetch e.organisation "
                + "where e.person = :p order by e.startDate", Employment.class).setParameter("p", p)
                .getResultList()
                .forEach(e -> employments.add(Json.createObjectBuilder()
                        .add("organisation", e.getOrganisation().getName())
                        .add("job", e.getJob().name())
                        .add("since", e.getStartDate().toString())
                        .add("until", String.valueOf(e.getEndDate()))
                        .add("confirmation", e.getConfirmation().name()))));
        json.add("employments", employments);
        var tokens = Json.createArrayBuilder();
        apiTokens.list(accountId).forEach(t -> tokens.add(Json.createObjectBuilder().add("name", t.getName())
                .add("createdAt", t.getCreatedAt().toString())
                .add("lastUsedAt", String.valueOf(t.getLastUsedAt()))
                .add("revokedAt", String.valueOf(t.getRevokedAt()))));
        json.add("apiTokens", tokens);
        var mails = Json.createArrayBuilder();
        mail.sentTo(account.getEmail())
                .forEach(m -> mails.add(Json.createObjectBuilder().add("subject", m.getSubject())
                        .add("sentAt", String.valueOf(m.getSentAt())).add("status", m.getStatus().name())));
        json.add("mailSent", mails);
        var history = Json.createArrayBuilder();
        person.ifPresent(p -> AuditTrail.byActorOrOf(em, account.getEmail(), AuditTrail.PERSON, p.getId())
                .forEach(a -> history.add(Json.createObjectBuilder().add("at", a.getAt().toString())
                        .add("action", a.getEntityType() + " " + a.getAction()).add("by", a.getActor())
                        .add("changes", a.getChanges()))));
        json.add("history", history);
        // the capabilities above member (the register, the newsletter) add what they hold of this account
        exporting.fire(new Exporting(accountId, json));
        return json.build().toString();
    }

    public void requestErasure(long accountId) {
        var account = requireAccount(accountId);
        if (openRequest(accountId).isPresent()) {
            throw new BusinessException("erasure.alreadyRequested");
        }
        em.persist(new ErasureRequest(accountId, account.getDisplayName() + " <" + account.getEmail() + ">",
                Clocks.nowUtc(clock)));
    }

    public Optional<ErasureRequest> openRequest(long accountId) {
        return em.createQuery(
                "select r from ErasureRequest r where r.accountId = :a and r.status = 'REQUESTED'",
                ErasureRequest.class).setParameter("a", accountId).getResultStream().findFirst();
    }

    public List<ErasureRequest> openRequests() {
        return em.createQuery(
                "select r from ErasureRequest r where r.status = 'REQUESTED' order by r.requestedAt",
                ErasureRequest.class).getResultList();
    }

    /** How many erasure requests wait for staff: one count, for the staff's home page. */
    public long openRequestCount() {
        return em
                .createQuery("select count(r) from ErasureRequest r where r.status = 'REQUESTED'", Long.class)
                .getSingleResult();
    }

    public void reject(long requestId, String staff) {
        requireRequest(requestId).reject(staff, Clocks.nowUtc(clock));
    }

    /** Staff confirmed: the person is anonymised and the account removed, all in one transaction. */
    public void carryOut(long requestId, String staff) {
        var request = requireRequest(requestId);
        long accountId = request.getAccountId();
        var account = requireAccount(accountId);
        var email = account.getEmail();
        var person = members.personOf(accountId);
        request.done(staff, Clocks.nowUtc(clock));
        person.ifPresent(p -> {
            em.createNativeQuery("DELETE FROM rayon_contact WHERE person_id = ?").setParameter(1, p.getId())
                    .executeUpdate();
            em.createNativeQuery(
                    "UPDATE person SET first_name = ?, last_name = '', email = NULL, phone = NULL, "
                            + "status = 'ERASED', account_id = NULL WHERE id = ?")
                    .setParameter(1, "Verwijderd").setParameter(2, p.getId()).executeUpdate();
            AuditTrail.record(em, AuditTrail.PERSON, p.getId(), "ERASE", staff, Clocks.nowUtc(clock),
                    "anonymised on request " + requestId);
        });
        mail.forgetRecipient(email, ERASED);
        AuditTrail.anonymiseActor(em, email, ERASED);
        // the capabilities above member (event, register, newsletter) anonymise what they hold
        erasing.fire(new Erasing(accountId, email));
        em.flush();
        accounts.erase(accountId);
        // the native updates bypassed the shared cache
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private Account requireAccount(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
    }

    private ErasureRequest requireRequest(long requestId) {
        return Entities.found(em, ErasureRequest.class, requestId, "erasure.notOpen");
    }

    private static JsonArrayBuilder array(List<String> values) {
        var builder = Json.createArrayBuilder();
        values.forEach(builder::add);
        return builder;
    }

}
