package nl.ingrado.portal.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.ingrado.portal.mail.entity.MailLog;
import nl.ingrado.portal.shared.control.Clocks;

/** Records the outcome of a delivery in its own transaction, after the mail left (or did not). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailLogUpdates {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    public void sent(long logId) {
        var log = em.find(MailLog.class, logId);
        if (log != null) {
            log.sent(Clocks.nowUtc(clock));
        }
    }

    public void failed(long logId, String reason) {
        var log = em.find(MailLog.class, logId);
        if (log != null) {
            log.failed(reason);
        }
    }
}
