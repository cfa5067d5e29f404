package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import nl.ingrado.portal.member.boundary.PrivacyService;
import nl.ingrado.portal.question.control.QuestionSettings;
import nl.ingrado.portal.question.entity.MessageKind;
import nl.ingrado.portal.shared.control.Clocks;

/**
 * The AVG side of the question desk: a member's questions in their data export; on erasure the questions
 * stay (for the figures and the advisers' answers) without the asker's name or account, and their
 * follow-ups without author; the asker's own words go a configurable time after closing.
 */
@Stateless
public class QuestionPrivacy {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    QuestionDesk desk;

    @Inject
    QuestionSettings settings;

    /** The member's questions and what was said on them, without the advisers' internal notes. */
    public void onExporting(@Observes PrivacyService.Exporting exporting) {
        var questions = Json.createArrayBuilder();
        for (var q : desk.mine(exporting.accountId())) {
            var messages = Json.createArrayBuilder();
            desk.ownQuestion(exporting.accountId(), q.getId()).ifPresent(loaded -> loaded.visibleToAsker()
                    .forEach(m -> messages.add(Json.createObjectBuilder().add("kind", m.getKind().name())
                            .add("at", m.getCreatedAt().toString()).add("by", m.getAuthorName())
                            .add("text", m.getBody() == null ? "" : m.getBody())
                            .add("rating", m.getRating() == null ? "" : m.getRating().name()))));
            questions.add(Json.createObjectBuilder().add("id", q.getId()).add("theme", q.getTheme().getCode())
                    .add("title", q.getTitle()).add("question", q.getBody() == null ? "" : q.getBody())
                    .add("status", q.getStatus().name()).add("askedAt", q.getAskedAt().toString())
                    .add("messages", messages));
        }
        exporting.json().add("questions", questions);
    }

    /** Runs in the erasure's transaction, before the account goes. */
    public void onErasing(@Observes PrivacyService.Erasing erasing) {
        em.createNativeQuery("UPDATE question_message SET author_account_id = NULL, author_name = ? "
                + "WHERE author_account_id = ? AND kind = ?").setParameter(1, PrivacyService.ERASED)
                .setParameter(2, erasing.accountId()).setParameter(3, MessageKind.FOLLOW_UP.name())
                .executeUpdate();
        em.createNativeQuery(
                "UPDATE question SET asker_account_id = NULL, asker_name = NULL, version = version + 1 "
                        + "WHERE asker_account_id = ?")
                .setParameter(1, erasing.accountId()).executeUpdate();
    }

    /**
     * Removes the asker's own words (question and follow-ups) of questions closed longer than the retention
     * period; title, answers and notes stay. Safe to run on several nodes at once: the same rows, the same
     * result. Returns how many questions lost their text.
     */
    public int removeExpiredTexts(LocalDateTime now) {
        var before = now.minusMonths(settings.retentionMonths());
        em.createNativeQuery(
                "UPDATE question_message m JOIN question q ON q.id = m.question_id SET m.body = NULL "
                        + "WHERE m.kind = 'FOLLOW_UP' AND q.status = 'CLOSED' AND q.closed_at < ? "
                        + "AND q.text_removed_at IS NULL")
                .setParameter(1, before).executeUpdate();
        int removed = em
                .createNativeQuery(
                        "UPDATE question SET body = NULL, text_removed_at = ?, version = version + 1 "
                                + "WHERE status = 'CLOSED' AND closed_at < ? AND text_removed_at IS NULL")
                .setParameter(1, now).setParameter(2, before).executeUpdate();
        if (removed > 0) {
            em.getEntityManagerFactory().getCache().evictAll();
        }
        return removed;
    }

    LocalDateTime now() {
        return Clocks.nowUtc(clock);
    }
}
