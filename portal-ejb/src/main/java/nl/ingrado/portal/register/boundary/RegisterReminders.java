package nl.ingrado.portal.register.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.Role;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.mail.boundary.MailTexts;
import nl.ingrado.portal.register.control.Dates;
import nl.ingrado.portal.register.entity.Norm;
import nl.ingrado.portal.register.entity.Scheme;
import nl.ingrado.portal.shared.control.ClockJob;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.PortalSettings;

/**
 * Register mail on a timer. Registrants whose current period ends within six months without the norm
 * met get a reminder, and within one month a second one; auditors get a weekly digest of what waits.
 * Each mail is claimed first by a guarded update (a reminder column still empty, the week's Monday
 * not yet in {@code register_digest}), so several nodes never send one twice, and a failure rolls the
 * claim back with the mail.
 */
@Singleton
public class RegisterReminders {

    private static final Logger LOG = Logger.getLogger(RegisterReminders.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Schemes schemes;

    @Inject
    AuditorDesk desk;

    @Inject
    MailService mail;

    @Inject
    AccountService accounts;

    @Inject
    PortalSettings settings;

    /** Daily, so a node that was down on Monday still sends the week's digest once. */
    @ClockJob
    @Schedule(hour = "6", minute = "23", persistent = false)
    void daily() {
        var today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        int reminded = remind(today);
        int digests = digest(today);
        if (reminded + digests > 0) {
            LOG.info(
                    () -> "Register: " + reminded + " period reminder(s), " + digests + " auditor digest(s)");
        }
    }

    /** Sends the period reminders due on {@code today}; returns how many went out. */
    @SuppressWarnings("unchecked")
    public int remind(LocalDate today) {
        var sixMonths = today.plusMonths(6);
        var oneMonth = today.plusMonths(1);
        List<Object[]> rows = em
                .createNativeQuery("SELECT p.id, p.starts_on, p.ends_on, p.norm_factor, p.norm_points, "
                        + "p.reminder_6m_at, r.first_name, r.last_name, r.scheme_id, a.email, a.preferred_language "
                        + "FROM register_period p JOIN registrant r ON r.id = p.registrant_id JOIN account a ON a.id = r.account_id "
                        + "WHERE r.status = 'ACTIVE' AND p.ends_on >= ? AND p.ends_on <= ? "
                        + "AND p.seq = (SELECT MAX(seq) FROM register_period WHERE registrant_id = r.id) "
                        + "AND (p.reminder_6m_at IS NULL OR (p.ends_on <= ? AND p.reminder_1m_at IS NULL))")
                .setParameter(1, today).setParameter(2, sixMonths).setParameter(3, oneMonth).getResultList();
        Map<Long, Scheme> schemeCache = new HashMap<>();
        int sent = 0;
        for (var r : rows) {
            long periodId = ((Number) r[0]).longValue();
            var endsOn = Columns.date(r[2]);
            var scheme = schemeCache.computeIfAbsent(((Number) r[8]).longValue(), schemes::byId);
            var progress = Norm.progress(scheme, Columns.date(r[1]), endsOn, (BigDecimal) r[3],
                    (BigDecimal) r[4],
                    earned(periodId), today);
            if (progress.missing().signum() == 0) {
                continue;
            }
            boolean lastMonth = !endsOn.isAfter(oneMonth);
            var now = Clocks.nowUtc(clock);
            int claimed = lastMonth
                    ? em.createNativeQuery("UPDATE register_period SET reminder_1m_at = ?, "
                            + "reminder_6m_at = COALESCE(reminder_6m_at, ?) WHERE id = ? AND reminder_1m_at IS NULL")
                            .setParameter(1, now).setParameter(2, now).setParameter(3, periodId)
                            .executeUpdate()
                    : em.createNativeQuery("UPDATE register_period SET reminder_6m_at = ? WHERE id = ? "
                            + "AND reminder_6m_at IS NULL").setParameter(1, now).setParameter(2, periodId)
                            .executeUpdate();
            if (claimed == 0) {
                continue;
            }
            var language = (String) r[10];
            mail.send((String) r[9], language, lastMonth ? "krsd.reminder.1m" : "krsd.reminder.6m",
                    r[6] + " " + r[7], progress.missing(), Dates.text(endsOn, language),
                    categoryLines(progress, language), settings.baseUrl() + "/member/krsd/index.xhtml");
            sent++;
        }
        return sent;
    }

    /**
     * The weekly digest to every active auditor, claimed once for the week that holds {@code today} by
     * inserting its Monday; returns how many went out (none when the week was claimed already).
     */
    public int digest(LocalDate today) {
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int claimed = em
                .createNativeQuery("INSERT IGNORE INTO register_digest (week_start, sent_at) VALUES (?, ?)")
                .setParameter(1, monday).setParameter(2, Clocks.nowUtc(clock)).executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        var counts = desk.counts(today);
        var auditors = accounts.activeWithRole(Role.AUDITOR);
        for (var a : auditors) {
            var language = a.language();
            mail.send(a.email(), language, "krsd.digest", a.displayName(), counts.submissions(),
                    counts.accreditationRequests(), counts.applications(), counts.periodsDue(),
                    settings.baseUrl() + "/auditor/index.xhtml", Dates.text(monday, language));
        }
        return auditors.size();
    }

    /** What is still missing per category: a minimum not reached, or a cap that stops counting. */
    private static String categoryLines(Norm.Progress progress, String language) {
        var lines = new StringBuilder();
        for (var c : progress.categories()) {
            if (c.missing().signum() > 0) {
                lines.append(MailTexts.text(language, "krsd.reminder.minimum", c.code(), c.name(language),
                        c.missing())).append('\n');
            } else if (c.cap() != null && c.counted().compareTo(c.cap()) >= 0) {
                lines.append(
                        MailTexts.text(language, "krsd.reminder.capped", c.code(), c.name(language), c.cap()))
                        .append('\n');
            }
        }
        return lines.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, BigDecimal> earned(long periodId) {
        List<Object[]> rows = em.createNativeQuery("SELECT category, points FROM register_period_total "
                + "WHERE period_id = ?").setParameter(1, periodId).getResultList();
        Map<String, BigDecimal> earned = new HashMap<>();
        rows.forEach(t -> earned.put((String) t[0], (BigDecimal) t[1]));
        return earned;
    }
}
