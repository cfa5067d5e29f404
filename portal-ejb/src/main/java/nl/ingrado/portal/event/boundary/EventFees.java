package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import nl.ingrado.portal.event.entity.Registration;
import nl.ingrado.portal.event.entity.RegistrationStatus;

/**
 * The fees non-members owe for events: every confirmed registration of a non-member for an event with a
 * fee. The invoices capability bills each once; the event side only says who and what.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EventFees {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public record FeeDue(long registrationId, Long accountId, String name, String email, String language,
            String eventTitle, LocalDateTime startsAt, BigDecimal fee) implements Serializable {
    }

    /** Confirmed non-member registrations with a fee, confirmed at or after {@code since}, oldest first. */
    public List<FeeDue> confirmedSince(LocalDateTime since) {
        return em.createQuery("select r from Registration r join fetch r.event e where r.status = :confirmed "
                + "and r.member = false and e.feeNonMembers > 0 and r.confirmedAt >= :since order by r.confirmedAt, r.id",
                Registration.class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).setParameter("since", since)
                .getResultList().stream()
                .map(r -> new FeeDue(r.getId(), r.getAccountId(), r.getName(), r.getEmail(), r.getLanguage(),
                        r.getEvent().getTitle(), r.getEvent().getStartsAt(), r.getEvent().getFeeNonMembers()))
                .toList();
    }
}
