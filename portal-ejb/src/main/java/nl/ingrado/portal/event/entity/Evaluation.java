package nl.ingrado.portal.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * An attendee's verdict on an event: a score from 1 to 10 and optional comments. Only someone who
 * was checked in can give one, and only once the event has started; the database keeps it to one
 * per registration.
 */
@Entity
@Table(name = "evaluation")
@Getter
public class Evaluation {

    public static final int MAX_COMMENTS = Lengths.COMMENTS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(nullable = false)
    private int score;

    @Column(length = MAX_COMMENTS)
    private String comments;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected Evaluation() {
    }

    public static Evaluation of(Registration registration, Integer score, String comments,
            LocalDateTime now) {
        if (registration.getAttendedAt() == null) {
            throw new BusinessException("evaluation.notAttended");
        }
        if (now.isBefore(registration.getEvent().getStartsAt())) {
            throw new BusinessException("evaluation.notStarted");
        }
        var evaluation = new Evaluation();
        evaluation.registrationId = registration.getId();
        evaluation.score = checkedScore(score, "score");
        evaluation.comments = checkedComments(comments, "comments");
        evaluation.submittedAt = now;
        return evaluation;
    }

    /** The score for one workshop of the event; the evaluation must have been stored (it needs the id). */
    public WorkshopEvaluation rate(Workshop workshop, Integer workshopScore, String workshopComments) {
        if (id == null) {
            throw new IllegalStateException("persist and flush the evaluation before rating workshops");
        }
        return new WorkshopEvaluation(id, workshop.getId(),
                checkedScore(workshopScore, "workshopScore", workshop.getTitle()),
                checkedComments(workshopComments, "workshopComments"));
    }

    static int checkedScore(Integer value, String field, Object... about) {
        if (value == null || value < 1 || value > 10) {
            throw about.length == 0
                    ? BusinessException.onField(field, "evaluation.score.invalid")
                    : new BusinessException("evaluation.workshopScore.invalid", about);
        }
        return value;
    }

    static String checkedComments(String value, String field) {
        var clean = value == null ? "" : value.strip();
        if (clean.length() > MAX_COMMENTS) {
            throw BusinessException.onField(field, "evaluation.comments.tooLong", MAX_COMMENTS);
        }
        return clean.isEmpty() ? null : clean;
    }
}
