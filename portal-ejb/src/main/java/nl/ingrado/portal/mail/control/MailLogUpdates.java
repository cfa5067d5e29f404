package nl.ingrado.portal.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.ingrado.portal.mail.entity.MailLog;
import nl.ingrado.portal.mail.entity.MailStatus;
import nl.ingrado.portal.shared.control.Clocks;

/** Records the outcome of a delivery in its own transaction, after the mail left (or did not). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailLogUpdates {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /** One UPDATE by id, without reading the row first: this runs once per mail sent. */
    public void sent(long logId) {
        em.createNativeQuery("UPDATE mail_log SET status = ?, sent_at = ?, error = NULL WHERE id = ?")
                .setParameter(1, MailStatus.SENT.name()).setParameter(2, Clocks.nowUtc(clock))
                .setParameter(3, logId).executeUpdate();
    }

    public void failed(long logId, String reason) {
        em.createNativeQuery("UPDATE mail_log SET status = ?, error = ? WHERE id = ?")
                .setParameter(1, MailStatus.FAILED.name()).setParameter(2, MailLog.errorText(reason))
                .setParameter(3, logId).executeUpdate();
    }
}
