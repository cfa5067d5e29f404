package nl.ingrado.portal.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;

/**
 * The score (1–10) and comments for one workshop, part of an {@link Evaluation}. Keyed by plain ids
 * rather than relations: it is written once and only read back through aggregate queries.
 */
@Entity
@Table(name = "workshop_evaluation")
@IdClass(WorkshopEvaluation.Key.class)
public class WorkshopEvaluation {

    @Id
    @Column(name = "evaluation_id")
    private long evaluationId;

    @Id
    @Column(name = "workshop_id")
    private long workshopId;

    @Column(nullable = false)
    @Getter
    private int score;

    @Column(length = Evaluation.MAX_COMMENTS)
    @Getter
    private String comments;

    protected WorkshopEvaluation() {
    }

    WorkshopEvaluation(long evaluationId, long workshopId, int score, String comments) {
        this.evaluationId = evaluationId;
        this.workshopId = workshopId;
        this.score = score;
        this.comments = comments;
    }

    public long getEvaluationId() {
        return evaluationId;
    }

    public long getWorkshopId() {
        return workshopId;
    }

    /** The composite key, as JPA wants it for {@link IdClass}. */
    public static class Key implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private long evaluationId;
        private long workshopId;

        public Key() {
        }

        public Key(long evaluationId, long workshopId) {
            this.evaluationId = evaluationId;
            this.workshopId = workshopId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.evaluationId == evaluationId
                    && key.workshopId == workshopId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(evaluationId) * 31 + Long.hashCode(workshopId);
        }
    }
}
