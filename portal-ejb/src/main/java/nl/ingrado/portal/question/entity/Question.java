package nl.ingrado.portal.question.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/**
 * A question to Ingrado's advisers and its conversation. The status moves only through the intent
 * methods: claimed or assigned (in behandeling), answered (beantwoord), re-opened by the asker's
 * follow-up (back in behandeling with the same adviser), closed (gesloten, for good).
 */
@Entity
@Table(name = "question")
@Getter
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "theme_code")
    private Theme theme;

    @Column(nullable = false, length = Lengths.QUESTION_TITLE)
    private String title;

    /** The asker's own text; null once removed after the retention period. */
    @Column(length = Lengths.QUESTION_TEXT)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QuestionSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuestionStatus status;

    @Column(name = "asker_account_id")
    private Long askerAccountId;

    @Column(name = "asker_name", length = Lengths.NAME)
    private String askerName;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "adviser_account_id")
    private Long adviserAccountId;

    /** The adviser who typed in a phone question. */
    @Column(name = "registered_by", length = Lengths.EMAIL)
    private String registeredBy;

    @Column(name = "asked_at", nullable = false)
    private LocalDateTime askedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "text_removed_at")
    private LocalDateTime textRemovedAt;

    @Getter(AccessLevel.NONE)
    @Version
    private int version;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<QuestionMessage> messages = new ArrayList<>();

    protected Question() {
    }

    private Question(Theme theme, String title, String body, QuestionSource source, LocalDateTime now,
            LocalDate dueOn) {
        this.theme = Objects.requireNonNull(theme);
        this.title = requireText(title);
        this.body = requireText(body);
        this.source = source;
        this.status = QuestionStatus.NEW;
        this.askedAt = now;
        this.dueOn = Objects.requireNonNull(dueOn);
    }

    /** A premium member's question through the portal: new, nobody on it yet. */
    public static Question ask(Theme theme, String title, String body, long askerAccountId, String askerName,
            Long organisationId, LocalDateTime now, LocalDate dueOn) {
        var q = new Question(theme, title, body, QuestionSource.SITE, now, dueOn);
        q.askerAccountId = askerAccountId;
        q.askerName = askerName;
        q.organisationId = organisationId;
        return q;
    }

    /**
     * A question from the vragenuur, typed in by the adviser who took the call: only the caller's
     * organisation is kept, and the adviser has it in hand at once.
     */
    public static Question byPhone(Theme theme, String title, String body, long organisationId,
            long adviserAccountId, String adviserEmail, LocalDateTime now, LocalDate dueOn) {
        var q = new Question(theme, title, body, QuestionSource.PHONE, now, dueOn);
        q.organisationId = organisationId;
        q.registeredBy = adviserEmail;
        q.adviserAccountId = adviserAccountId;
        q.status = QuestionStatus.IN_PROGRESS;
        return q;
    }

    /** The adviser takes a new question (or one already theirs); someone else's stays theirs. */
    public void claim(long adviserAccountId) {
        requireOpen();
        if (status == QuestionStatus.IN_PROGRESS && this.adviserAccountId != null
                && this.adviserAccountId != adviserAccountId) {
            throw new BusinessException("question.claimedByOther");
        }
        this.adviserAccountId = adviserAccountId;
        this.status = QuestionStatus.IN_PROGRESS;
    }

    /** Hands a question that is not answered yet to an adviser. */
    public void assign(long adviserAccountId) {
        requireOpen();
        this.adviserAccountId = adviserAccountId;
        this.status = QuestionStatus.IN_PROGRESS;
    }

    /** The answer: the one who answers is the question's adviser from now on, for its follow-ups. */
    public QuestionMessage answer(long adviserAccountId, String adviserName, String markdown,
            LocalDateTime now) {
        requireOpen();
        this.adviserAccountId = adviserAccountId;
        this.status = QuestionStatus.ANSWERED;
        this.answeredAt = now;
        return add(MessageKind.ANSWER, adviserAccountId, adviserName, markdown, now);
    }

    /** An internal note of an adviser; never shown to the member. Allowed in every status. */
    public QuestionMessage note(long adviserAccountId, String adviserName, String text, LocalDateTime now) {
        return add(MessageKind.NOTE, adviserAccountId, adviserName, text, now);
    }

    /**
     * The asker adds to their question. An answered question is re-opened: back in behandeling for the
     * adviser who answered, with a new due date; a closed one stays closed.
     */
    public QuestionMessage followUp(long askerAccountId, String askerName, String text, LocalDateTime now,
            LocalDate newDueOn) {
        if (status == QuestionStatus.CLOSED) {
            throw new BusinessException("question.closed");
        }
        if (status == QuestionStatus.ANSWERED) {
            status = adviserAccountId == null ? QuestionStatus.NEW : QuestionStatus.IN_PROGRESS;
            dueOn = Objects.requireNonNull(newDueOn);
        }
        return add(MessageKind.FOLLOW_UP, askerAccountId, askerName, text, now);
    }

    /** Closed by the asker (or an adviser): nothing more is added. */
    public void close(LocalDateTime now) {
        if (status == QuestionStatus.CLOSED) {
            throw new BusinessException("question.closed");
        }
        status = QuestionStatus.CLOSED;
        closedAt = now;
    }

    /** The asker rates one answer, once. */
    public void rate(long messageId, Rating rating, LocalDateTime now) {
        var answer = messages.stream().filter(m -> m.getId() != null && m.getId() == messageId
                && m.getKind() == MessageKind.ANSWER).findFirst()
                .orElseThrow(() -> new BusinessException("question.answerUnknown"));
        answer.rate(rating, now);
    }

    /** Retention: the asker's own words go (question and follow-ups); title, answers and notes stay. */
    public void removeText(LocalDateTime now) {
        body = null;
        textRemovedAt = now;
        messages.stream().filter(m -> m.getKind() == MessageKind.FOLLOW_UP)
                .forEach(QuestionMessage::removeText);
    }

    public boolean isAskedBy(long accountId) {
        return askerAccountId != null && askerAccountId == accountId;
    }

    /** Waiting for an adviser (new or in behandeling) past its due date. */
    public boolean isOverdue(LocalDate today) {
        return (status == QuestionStatus.NEW || status == QuestionStatus.IN_PROGRESS)
                && dueOn.isBefore(today);
    }

    /** The messages the asker sees: follow-ups and answers, never the advisers' notes. */
    public List<QuestionMessage> visibleToAsker() {
        return messages.stream().filter(m -> m.getKind() != MessageKind.NOTE).toList();
    }

    private QuestionMessage add(MessageKind kind, Long authorAccountId, String authorName, String text,
            LocalDateTime now) {
        var message = new QuestionMessage(this, kind, authorAccountId, authorName, requireText(text), now);
        messages.add(message);
        return message;
    }

    private void requireOpen() {
        if (status == QuestionStatus.CLOSED) {
            throw new BusinessException("question.closed");
        }
        if (status == QuestionStatus.ANSWERED) {
            throw new BusinessException("question.alreadyAnswered");
        }
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a question's texts are never blank");
        }
        return text.strip();
    }
}
