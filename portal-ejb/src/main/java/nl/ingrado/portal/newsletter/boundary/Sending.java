package nl.ingrado.portal.newsletter.boundary;

import java.io.Serializable;
import static nl.ingrado.portal.newsletter.control.EditionTransition.transition;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.DRAFT;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.PAUSED;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.SCHEDULED;
import static nl.ingrado.portal.newsletter.entity.EditionStatus.SENDING;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.ingrado.portal.newsletter.control.EditionQueue;
import nl.ingrado.portal.newsletter.control.EditionTransition;
import nl.ingrado.portal.newsletter.control.NewsletterMessages;
import nl.ingrado.portal.newsletter.control.SendingEngine;
import nl.ingrado.portal.newsletter.entity.Edition;
import nl.ingrado.portal.newsletter.entity.EditionItem;
import nl.ingrado.portal.newsletter.entity.EditionStatus;
import nl.ingrado.portal.shared.control.AuditTrail;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * Sending an edition: schedule it (or send it now), pause and resume it, follow its progress, and the
 * statistics afterwards. The sending itself is {@link SendingEngine}'s, on whichever node holds the
 * edition's lease; this boundary only moves the edition's status, by guarded UPDATEs
 * ({@link nl.ingrado.portal.newsletter.control.EditionTransition}), so two staff members (or two
 * nodes) never both succeed in a change that excludes the other.
 */
@Stateless
public class Sending {

    public static final String AUDIT_TYPE = "nl_edition";
    private static final Logger LOG = Logger.getLogger(Sending.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    NewsletterMessages messages;

    @Inject
    Event<SendingEngine.Nudge> nudge;

    /**
     * An edition's sending as it stands; {@code perSecond} is the rate over the last 10 seconds;
     * {@code pausedReason} says why the sender paused it by itself (null otherwise).
     */
    public record Progress(EditionStatus status, int total, int sent, int failed, int skipped, int bounced,
            int queued, double perSecond, String pausedReason) implements Serializable {

        /** Recipients done (sent, failed, skipped or bounced) as a percentage of all, for a progress bar. */
        public int percent() {
            return total == 0
                    ? (status == EditionStatus.SENT ? 100 : 0)
                    : (int) Math.floor(100.0 * (total - queued) / total);
        }
    }

    /** After sending; {@code unsubscribed} counts unsubscribes made through this edition's links. */
    public record Statistics(int recipients, int delivered, int failed, int bounced,
            int unsubscribed) implements Serializable {
    }

    /** DRAFT or SCHEDULED → SCHEDULED at {@code atUtc}; not without items, not more than a minute ago. */
    public void schedule(long editionId, LocalDateTime atUtc, String actor) {
        var now = Clocks.nowUtc(clock);
        if (atUtc == null) {
            throw BusinessException.onField("scheduledAt", "sending.schedule.required");
        }
        if (atUtc.isBefore(now.minusMinutes(1))) {
            throw BusinessException.onField("scheduledAt", "sending.schedule.past");
        }
        readyToSend(editionId);
        move(editionId, transition(editionId, Set.of(DRAFT, SCHEDULED), SCHEDULED)
                .set("scheduled_at = ?", atUtc), "sending.notEditable", "SCHEDULED", actor, now,
                "at " + atUtc + " UTC");
        nudge.fire(new SendingEngine.Nudge(editionId, false));
    }

    /** SCHEDULED → DRAFT. */
    public void unschedule(long editionId, String actor) {
        edition(editionId);
        move(editionId, transition(editionId, SCHEDULED, DRAFT).set("scheduled_at = NULL"),
                "sending.notScheduled", "UNSCHEDULED", actor, Clocks.nowUtc(clock), "");
    }

    /**
     * Sends a DRAFT or SCHEDULED edition at once: it is scheduled for now, and after the commit this
     * node's sender queues it (the same single path as a scheduled edition).
     */
    public void sendNow(long editionId, String actor) {
        var now = Clocks.nowUtc(clock);
        readyToSend(editionId);
        move(editionId, transition(editionId, Set.of(DRAFT, SCHEDULED), SCHEDULED)
                .set("scheduled_at = ?", now), "sending.notEditable", "SEND_NOW", actor, now, "");
        nudge.fire(new SendingEngine.Nudge(editionId, false));
    }

    /** SENDING → PAUSED: the sending node stops within a second, after the messages in flight. */
    public void pause(long editionId, String actor) {
        edition(editionId);
        move(editionId, transition(editionId, SENDING, PAUSED).set("paused_reason = NULL"),
                "sending.notSending", "PAUSED", actor, Clocks.nowUtc(clock), "");
        nudge.fire(new SendingEngine.Nudge(editionId, true));
    }

    /** PAUSED → SENDING: a node takes the lease and goes on with the recipients still queued. */
    public void resume(long editionId, String actor) {
        edition(editionId);
        move(editionId, transition(editionId, PAUSED, SENDING).set("paused_reason = NULL"),
                "sending.notPaused", "RESUMED", actor, Clocks.nowUtc(clock), "");
        nudge.fire(new SendingEngine.Nudge(editionId, false));
    }

    /**
     * Moves the edition by its guarded UPDATE, or refuses with {@code refusal} when it no longer stands
     * where the move starts (someone moved it first), and audits the move.
     */
    private void move(long editionId, EditionTransition change, String refusal, String action, String actor,
            LocalDateTime at, String changes) {
        if (!change.run(em)) {
            throw new BusinessException(refusal);
        }
        AuditTrail.record(em, AUDIT_TYPE, editionId, action, actor, at, changes);
    }

    public Progress progress(long editionId) {
        var edition = edition(editionId);
        var row = (Object[]) em
                .createNativeQuery("SELECT COUNT(*), SUM(status = 'SENT'), SUM(status = 'FAILED'),"
                        + " SUM(status = 'SKIPPED'), SUM(status = 'BOUNCED'), SUM(status = 'QUEUED'),"
                        + " SUM(status IN ('SENT', 'BOUNCED') AND sent_at >= UTC_TIMESTAMP(6) - INTERVAL 10 SECOND)"
                        + " FROM nl_delivery WHERE edition_id = ?")
                .setParameter(1, editionId).getSingleResult();
        return new Progress(edition.status(), Columns.count(row[0]), Columns.count(row[1]),
                Columns.count(row[2]), Columns.count(row[3]),
                Columns.count(row[4]), Columns.count(row[5]), Columns.count(row[6]) / 10.0,
                pausedReason(editionId));
    }

    @SuppressWarnings("unchecked")
    private String pausedReason(long editionId) {
        List<Object> rows = em.createNativeQuery("SELECT paused_reason FROM nl_edition WHERE id = ?")
                .setParameter(1, editionId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    public Statistics statistics(long editionId) {
        var edition = edition(editionId);
        var row = (Object[]) em
                .createNativeQuery("SELECT COUNT(*), SUM(status = 'SENT'), SUM(status = 'FAILED'),"
                        + " SUM(status = 'BOUNCED'), (SELECT COUNT(*) FROM nl_consent c WHERE c.edition_id = ?"
                        + " AND c.action = 'UNSUBSCRIBED') FROM nl_delivery WHERE edition_id = ?")
                .setParameter(1, editionId).setParameter(2, editionId).getSingleResult();
        int recipients = edition.recipients() != null ? edition.recipients() : Columns.count(row[0]);
        return new Statistics(recipients, Columns.count(row[1]), Columns.count(row[2]), Columns.count(row[3]),
                Columns.count(row[4]));
    }

    /**
     * Sends the edition as it stands to {@code recipient} at once, marked as a test in the subject. Not
     * logged as a delivery; its unsubscribe link names nobody (subscriber 0).
     */
    public void sendTest(long editionId, String recipient, String language) {
        InternetAddress to;
        try {
            to = new InternetAddress(recipient == null ? "" : recipient.strip(), true);
            if (to.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain");
            }
        } catch (AddressException e) {
            throw BusinessException.onField("recipient", "sending.test.address");
        }
        var edition = edition(editionId);
        var items = items(editionId);
        if (items.isEmpty()) {
            throw new BusinessException("sending.noItems");
        }
        try {
            var message = messages.prepare(edition, items)
                    .message(0, to.getAddress(), null, "en".equals(language) ? "en" : "nl", "[Test] ");
            try (var transport = messages.session().getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Test send of edition " + editionId + " failed: " + e.getMessage());
            throw new BusinessException("sending.test.failed", e.getMessage());
        }
    }

    /**
     * The date to propose for the next edition: two weeks after the latest scheduled or sent one
     * (the biweekly rhythm), else the next Thursday; never before today (Amsterdam).
     */
    public LocalDate proposeNextDate() {
        var today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        var latest = em.createNativeQuery("SELECT MAX(COALESCE(scheduled_at, queued_at)) FROM nl_edition"
                + " WHERE status IN ('SCHEDULED', 'SENDING', 'PAUSED', 'SENT')").getSingleResult();
        LocalDate proposal;
        if (latest == null) {
            proposal = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        } else {
            var utc = latest instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) latest;
            proposal = utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Clocks.AMSTERDAM).toLocalDate()
                    .plusDays(14);
        }
        return proposal.isBefore(today)
                ? today.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))
                : proposal;
    }

    private void readyToSend(long editionId) {
        var edition = edition(editionId);
        if (!edition.isEditable()) {
            throw new BusinessException("sending.notEditable");
        }
        if (items(editionId).isEmpty()) {
            throw new BusinessException("sending.noItems");
        }
    }

    private Edition edition(long editionId) {
        try (var c = dataSource.getConnection()) {
            var edition = EditionQueue.edition(c, editionId);
            if (edition == null) {
                throw new BusinessException("sending.notFound");
            }
            return edition;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.List<EditionItem> items(long editionId) {
        try (var c = dataSource.getConnection()) {
            return EditionQueue.items(c, editionId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
