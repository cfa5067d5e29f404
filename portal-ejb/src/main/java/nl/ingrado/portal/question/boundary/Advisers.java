package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.question.entity.Notify;
import nl.ingrado.portal.question.entity.QuestionSource;
import nl.ingrado.portal.question.entity.QuestionStatus;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Columns;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The advisers: who they are, the themes they follow and how they hear of new questions (at once or in
 * a daily digest), and their queue of questions sorted by due date.
 */
@Stateless
public class Advisers {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailService mail;

    @Inject
    PortalSettings portal;

    public record Adviser(long accountId, String name) {
    }

    public record Preferences(Set<String> themeCodes, Notify when) {
    }

    /** One row of the queue. {@code who} is the asker's name, or the caller's organisation for a phone question. */
    public record QueueRow(long id, String title, String themeCode, QuestionStatus status,
            QuestionSource source,
            String who, Long adviserAccountId, String adviserName, LocalDateTime askedAt, LocalDate dueOn,
            boolean overdue) {
    }

    /** What the queue shows: null for any theme, an empty set for every status, adviser 0 for nobody. */
    public record QueueFilter(String themeCode, Set<QuestionStatus> statuses, Long adviserAccountId) {
    }

    /** The active advisers by name, for assigning and filtering. */
    @SuppressWarnings("unchecked")
    public List<Adviser> all() {
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.display_name FROM account a "
                + "JOIN account_role r ON r.account_id = a.id AND r.role = 'ADVISER' "
                + "WHERE a.status = 'ACTIVE' ORDER BY a.display_name").getResultList();
        return rows.stream().map(r -> new Adviser(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    @SuppressWarnings("unchecked")
    public Preferences preferences(long accountId) {
        List<String> notify = em.createNativeQuery("SELECT notify FROM question_adviser WHERE account_id = ?")
                .setParameter(1, accountId).getResultList();
        List<String> codes = em.createNativeQuery(
                "SELECT theme_code FROM question_adviser_theme WHERE account_id = ? ORDER BY theme_code")
                .setParameter(1, accountId).getResultList();
        return new Preferences(new TreeSet<>(codes),
                notify.isEmpty() ? Notify.IMMEDIATE : Notify.valueOf(notify.get(0)));
    }

    /** The adviser's themes and how they are told; themes that do not exist are ignored. */
    public void choose(long accountId, Collection<String> themeCodes, Notify notify) {
        if (notify == null) {
            throw BusinessException.onField("notify", "question.notifyRequired");
        }
        em.createNativeQuery("INSERT INTO question_adviser (account_id, notify) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE notify = VALUES(notify)").setParameter(1, accountId)
                .setParameter(2, notify.name()).executeUpdate();
        em.createNativeQuery("DELETE FROM question_adviser_theme WHERE account_id = ?")
                .setParameter(1, accountId)
                .executeUpdate();
        for (var code : new TreeSet<>(themeCodes)) {
            em.createNativeQuery("INSERT INTO question_adviser_theme (account_id, theme_code) "
                    + "SELECT ?, code FROM question_theme WHERE code = ?").setParameter(1, accountId)
                    .setParameter(2, code).executeUpdate();
        }
    }

    /** The queue: open questions first by due date, then the rest; overdue ones marked. */
    @SuppressWarnings("unchecked")
    public List<QueueRow> queue(QueueFilter filter, int max) {
        var sql = new StringBuilder("SELECT q.id, q.title, q.theme_code, q.status, q.source, "
                + "COALESCE(q.asker_name, o.name), q.adviser_account_id, a.display_name, q.asked_at, q.due_on "
                + "FROM question q LEFT JOIN organisation o ON o.id = q.organisation_id "
                + "LEFT JOIN account a ON a.id = q.adviser_account_id WHERE 1 = 1");
        var parameters = new ArrayList<Object>();
        if (filter.themeCode() != null && !filter.themeCode().isBlank()) {
            sql.append(" AND q.theme_code = ?");
            parameters.add(filter.themeCode());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            sql.append(" AND q.status IN (")
                    .append(String.join(", ", filter.statuses().stream().map(s -> "?").toList())).append(')');
            filter.statuses().forEach(s -> parameters.add(s.name()));
        }
        if (filter.adviserAccountId() != null) {
            if (filter.adviserAccountId() == 0) {
                sql.append(" AND q.adviser_account_id IS NULL");
            } else {
                sql.append(" AND q.adviser_account_id = ?");
                parameters.add(filter.adviserAccountId());
            }
        }
        sql.append(" ORDER BY q.status IN ('NEW', 'IN_PROGRESS') DESC, q.due_on, q.asked_at, q.id LIMIT ?");
        parameters.add(max);
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        var today = LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            var status = QuestionStatus.valueOf((String) r[3]);
            var due = Columns.date(r[9]);
            return new QueueRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], status,
                    QuestionSource.valueOf((String) r[4]), (String) r[5],
                    r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7], Columns.dateTime(r[8]),
                    due,
                    (status == QuestionStatus.NEW || status == QuestionStatus.IN_PROGRESS)
                            && due.isBefore(today));
        }).toList();
    }

    /** The name of the organisation a phone question came from. */
    public String organisationName(Long organisationId) {
        if (organisationId == null) {
            return null;
        }
        return (String) em.createNativeQuery("SELECT name FROM organisation WHERE id = ?")
                .setParameter(1, organisationId).getResultStream().findFirst().orElse(null);
    }

    /** Mails the advisers of the theme who want to hear at once; those with a digest hear tomorrow. */
    @SuppressWarnings("unchecked")
    public void tellOfNewQuestion(long questionId, String themeCode, String title) {
        List<Object[]> rows = em.createNativeQuery("SELECT a.email, a.display_name, a.preferred_language "
                + "FROM question_adviser qa JOIN question_adviser_theme t ON t.account_id = qa.account_id "
                + "JOIN account a ON a.id = qa.account_id JOIN account_role r ON r.account_id = a.id "
                + "AND r.role = 'ADVISER' WHERE t.theme_code = ? AND qa.notify = 'IMMEDIATE' "
                + "AND a.status = 'ACTIVE' ORDER BY a.id").setParameter(1, themeCode).getResultList();
        for (var r : rows) {
            mail.send((String) r[0], (String) r[2], "question.new", r[1], title,
                    portal.baseUrl() + "/adviser/question.xhtml?id=" + questionId);
        }
    }

    /**
     * The daily digest: claimed once for {@code day} by inserting it (so one node of several sends), then
     * each adviser who chose a digest gets the new portal questions of their themes since the last one.
     * Returns how many mails went out.
     */
    @SuppressWarnings("unchecked")
    public int sendDigest(LocalDate day) {
        var now = Clocks.nowUtc(clock);
        int claimed = em
                .createNativeQuery("INSERT IGNORE INTO question_digest (digest_date, sent_at) VALUES (?, ?)")
                .setParameter(1, day).setParameter(2, now).executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        List<Object[]> advisers = em
                .createNativeQuery("SELECT a.id, a.email, a.display_name, a.preferred_language "
                        + "FROM question_adviser qa JOIN account a ON a.id = qa.account_id JOIN account_role r "
                        + "ON r.account_id = a.id AND r.role = 'ADVISER' WHERE qa.notify = 'DAILY' AND a.status = 'ACTIVE' "
                        + "ORDER BY a.id")
                .getResultList();
        int sent = 0;
        for (var adviser : advisers) {
            List<Object[]> questions = em.createNativeQuery("SELECT q.id, q.title FROM question q "
                    + "JOIN question_adviser_theme t ON t.theme_code = q.theme_code AND t.account_id = ? "
                    + "WHERE q.notified_at IS NULL AND q.source = 'SITE' AND q.asked_at <= ? ORDER BY q.id")
                    .setParameter(1, ((Number) adviser[0]).longValue()).setParameter(2, now).getResultList();
            if (questions.isEmpty()) {
                continue;
            }
            var lines = new StringBuilder();
            for (var q : questions) {
                lines.append("- ").append(q[1]).append("\n  ").append(portal.baseUrl())
                        .append("/adviser/question.xhtml?id=").append(((Number) q[0]).longValue())
                        .append('\n');
            }
            mail.send((String) adviser[1], (String) adviser[3], "question.digest", adviser[2],
                    questions.size(),
                    lines.toString(), portal.baseUrl() + "/adviser/index.xhtml");
            sent++;
        }
        em.createNativeQuery(
                "UPDATE question SET notified_at = ? WHERE notified_at IS NULL AND asked_at <= ?")
                .setParameter(1, now).setParameter(2, now).executeUpdate();
        return sent;
    }
}
