package nl.ingrado.portal.event.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import nl.ingrado.portal.shared.control.ClockJob;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * Every hour: invites the attendees of events that ended at least an hour ago to evaluate them,
 * each registration once. Each node runs its own timer, so a registration is first claimed with a
 * conditional UPDATE; only the node whose update hit the row sends the mail (after commit).
 */
@Singleton
public class EvaluationInvitations {

    private static final Logger LOG = Logger.getLogger(EvaluationInvitations.class.getName());
    /** Older events are left alone: an invitation weeks later only confuses. */
    private static final int DAYS_BACK = 14;
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EventMails mails;

    @ClockJob
    @Schedule(hour = "*", minute = "23", persistent = false)
    void hourly() {
        int sent = inviteDue();
        if (sent > 0) {
            LOG.info(() -> "Invited " + sent + " attendee(s) to evaluate an event");
        }
    }

    /** Mails the invitations that are due; returns how many. */
    public int inviteDue() {
        var now = LocalDateTime.now(clock.withZone(Clocks.AMSTERDAM));
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT r.id, r.name, r.email, r.language, e.title "
                + "FROM registration r JOIN event e ON e.id = r.event_id "
                + "WHERE r.attended_at IS NOT NULL AND r.account_id IS NOT NULL AND r.evaluation_invited_at IS NULL "
                + "AND e.ends_at <= ? AND e.ends_at > ? AND e.status <> 'CANCELLED' "
                + "AND NOT EXISTS (SELECT 1 FROM evaluation v WHERE v.registration_id = r.id) "
                + "ORDER BY r.id LIMIT " + BATCH)
                .setParameter(1, now.minusHours(1)).setParameter(2, now.minusDays(DAYS_BACK)).getResultList();
        int sent = 0;
        for (var row : due) {
            long id = ((Number) row[0]).longValue();
            int claimed = em.createNativeQuery("UPDATE registration SET evaluation_invited_at = ? "
                    + "WHERE id = ? AND evaluation_invited_at IS NULL")
                    .setParameter(1, Clocks.nowUtc(clock)).setParameter(2, id).executeUpdate();
            if (claimed == 1) {
                mails.evaluate(id, (String) row[2], (String) row[3], row[1], row[4]);
                sent++;
            }
        }
        return sent;
    }
}
