package nl.ingrado.portal.mail.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.ingrado.portal.mail.entity.OutgoingMail;
import nl.ingrado.portal.mail.entity.MailLog;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.PortalSettings;

/** Service mail (confirmations, resets): logged in the caller's transaction, sent after its commit. */
@Stateless
public class MailService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<OutgoingMail> outgoing;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /** Queues mail {@code kind}, its subject and body taken from the mail bundle in {@code language}. */
    public void send(String recipient, String language, String kind, Object... bodyArgs) {
        sendWith(List.of(), recipient, language, kind, bodyArgs);
    }

    /** As {@link #send}, with a file attached (e.g. the .ics of an event). */
    public void sendWith(OutgoingMail.Attachment attachment, String recipient, String language, String kind,
            Object... bodyArgs) {
        sendWith(attachment == null ? List.of() : List.of(attachment), recipient, language, kind, bodyArgs);
    }

    /** As {@link #send}, with files attached (e.g. an invoice's PDF and UBL file). */
    public void sendWith(List<OutgoingMail.Attachment> attachments, String recipient, String language,
            String kind,
            Object... bodyArgs) {
        if (recipient == null) {
            // an erased person has no address any more: there is nobody to tell
            return;
        }
        var subject = MailTexts.text(language, kind + ".subject", bodyArgs);
        var body = MailTexts.text(language, kind + ".body", bodyArgs);
        // the body stays while the mail is queued: if this node dies before sending, another one can
        var log = new MailLog(recipient, subject, kind, body, Clocks.nowUtc(clock));
        em.persist(log);
        em.flush();
        outgoing.fire(new OutgoingMail(log.getId(), recipient, subject, body, attachments));
    }

    /** The newest mail first, for staff; {@code recipientFilter} may be blank. */
    public List<MailLog> recent(String recipientFilter, int first, int max) {
        var filter = recipientFilter == null ? "" : recipientFilter.strip().toLowerCase();
        return em.createQuery(
                "select m from MailLog m where m.recipient like :r order by m.createdAt desc, m.id desc",
                MailLog.class)
                .setParameter("r", "%" + filter.replace("%", "\\%").replace("_", "\\_") + "%")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(String recipientFilter) {
        var filter = recipientFilter == null ? "" : recipientFilter.strip().toLowerCase();
        return em.createQuery("select count(m) from MailLog m where m.recipient like :r", Long.class)
                .setParameter("r", "%" + filter.replace("%", "\\%").replace("_", "\\_") + "%")
                .getSingleResult();
    }

    /** Every mail to {@code recipient}, oldest first (the data export). */
    public List<MailLog> sentTo(String recipient) {
        return em.createQuery("select m from MailLog m where m.recipient = :e order by m.createdAt",
                MailLog.class).setParameter("e", recipient).getResultList();
    }

    /**
     * Erasure: the log keeps that mail went out, but no longer to whom or what it said. Native SQL in
     * the caller's transaction; the caller evicts the cache.
     */
    public void forgetRecipient(String recipient, String replacement) {
        em.createNativeQuery("UPDATE mail_log SET recipient = ?, body = NULL WHERE recipient = ?")
                .setParameter(1, replacement).setParameter(2, recipient).executeUpdate();
    }
}
