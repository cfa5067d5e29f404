package nl.ingrado.portal.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/** One message on a question: a follow-up, an answer (rated once by the asker) or an internal note. */
@Entity
@Table(name = "question_message")
@Getter
public class QuestionMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter(AccessLevel.NONE)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MessageKind kind;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    @Column(name = "author_name", nullable = false, length = Lengths.NAME)
    private String authorName;

    /** Markdown for an answer, plain text otherwise; null once removed after retention. */
    @Column(length = Lengths.QUESTION_TEXT)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Rating rating;

    @Column(name = "rated_at")
    private LocalDateTime ratedAt;

    protected QuestionMessage() {
    }

    QuestionMessage(Question question, MessageKind kind, Long authorAccountId, String authorName, String body,
            LocalDateTime now) {
        this.question = question;
        this.kind = kind;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    void rate(Rating value, LocalDateTime now) {
        if (kind != MessageKind.ANSWER) {
            throw new BusinessException("question.answerUnknown");
        }
        if (rating != null) {
            throw new BusinessException("question.alreadyRated");
        }
        rating = java.util.Objects.requireNonNull(value);
        ratedAt = now;
    }

    void removeText() {
        body = null;
    }
}
