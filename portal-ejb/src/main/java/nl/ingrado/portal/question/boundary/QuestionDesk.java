package nl.ingrado.portal.question.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.account.entity.Role;
import nl.ingrado.portal.mail.boundary.MailService;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.question.control.QuestionSettings;
import nl.ingrado.portal.question.control.WorkingDays;
import nl.ingrado.portal.question.entity.PersonalData;
import nl.ingrado.portal.question.entity.Question;
import nl.ingrado.portal.question.entity.QuestionStatus;
import nl.ingrado.portal.question.entity.Rating;
import nl.ingrado.portal.question.entity.Theme;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.PortalSettings;
import nl.ingrado.portal.shared.entity.BusinessException;

/**
 * The question desk: premium members ask, follow up, close and rate; advisers claim, assign, note and
 * answer, and type in questions from the vragenuur. Every state change goes through {@link Question};
 * mail is queued here and leaves after the commit ({@link MailService}).
 */
@Stateless
public class QuestionDesk {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Themes themes;

    @Inject
    MemberService members;

    @Inject
    AccountService accounts;

    @Inject
    MailService mail;

    @Inject
    Advisers advisers;

    @Inject
    QuestionSettings settings;

    @Inject
    PortalSettings portal;

    /** A question as typed; the form and the API check the same rules before it comes here. */
    public record NewQuestion(String themeCode, String title, String body) {
    }

    /** Whether the account may ask: a professional with premium access (employed by a member organisation). */
    public boolean canAsk(long accountId) {
        return members.isPremiumAccount(accountId);
    }

    /** A premium member's question; advisers of its theme are told. Returns its id. */
    public long ask(long accountId, NewQuestion typed) {
        if (!canAsk(accountId)) {
            throw new BusinessException("question.notPremium");
        }
        var account = requireAccount(accountId);
        var theme = activeTheme(typed.themeCode());
        refusePersonalData("title", typed.title());
        refusePersonalData("body", typed.body());
        var now = Clocks.nowUtc(clock);
        var question = Question.ask(theme, typed.title(), typed.body(), accountId, account.getDisplayName(),
                null, now, dueFrom(today()));
        em.persist(question);
        em.flush();
        advisers.tellOfNewQuestion(question.getId(), theme.getCode(), question.getTitle());
        return question.getId();
    }

    /** A question from the vragenuur, typed in by the adviser who took it: theirs at once. */
    public long registerPhoneQuestion(long adviserAccountId, long organisationId, NewQuestion typed) {
        var adviser = requireAdviser(adviserAccountId);
        var theme = activeTheme(typed.themeCode());
        if (members.organisations().stream().noneMatch(o -> o.id() == organisationId)) {
            throw BusinessException.onField("organisation", "question.organisationUnknown");
        }
        refusePersonalData("title", typed.title());
        refusePersonalData("body", typed.body());
        var question = Question.byPhone(theme, typed.title(), typed.body(), organisationId, adviserAccountId,
                adviser.getEmail(), Clocks.nowUtc(clock), dueFrom(today()));
        em.persist(question);
        em.flush();
        return question.getId();
    }

    /** The member's own questions, newest first. */
    public List<Question> mine(long accountId) {
        return em.createQuery(
                "select q from Question q where q.askerAccountId = :a order by q.askedAt desc, q.id desc",
                Question.class).setParameter("a", accountId).getResultList();
    }

    /** The question when {@code accountId} asked it; empty for any other (a page answers 404). */
    public Optional<Question> ownQuestion(long accountId, long questionId) {
        return loaded(questionId).filter(q -> q.isAskedBy(accountId));
    }

    /** Any question, for advisers. */
    public Optional<Question> find(long questionId) {
        return loaded(questionId);
    }

    public void followUp(long accountId, long questionId, String text) {
        var question = own(accountId, questionId);
        refusePersonalData("text", text);
        var account = requireAccount(accountId);
        boolean reopens = question.getStatus() == QuestionStatus.ANSWERED;
        question.followUp(accountId, account.getDisplayName(), text, Clocks.nowUtc(clock), dueFrom(today()));
        if (reopens && question.getAdviserAccountId() != null) {
            accounts.find(question.getAdviserAccountId()).ifPresent(a -> mail.send(a.getEmail(),
                    a.getPreferredLanguage(), "question.followUp", a.getDisplayName(), question.getTitle(),
                    adviserLink(questionId)));
        }
    }

    public void close(long accountId, long questionId) {
        own(accountId, questionId).close(Clocks.nowUtc(clock));
    }

    public void rate(long accountId, long questionId, long answerId, Rating rating) {
        own(accountId, questionId).rate(answerId, rating, Clocks.nowUtc(clock));
    }

    // ---- advisers

    public void claim(long adviserAccountId, long questionId) {
        requireAdviser(adviserAccountId);
        locked(questionId).claim(adviserAccountId);
    }

    public void assign(long adviserAccountId, long questionId, long toAdviserAccountId) {
        requireAdviser(adviserAccountId);
        var to = requireAdviser(toAdviserAccountId);
        locked(questionId).assign(toAdviserAccountId);
        if (toAdviserAccountId != adviserAccountId) {
            var question = locked(questionId);
            mail.send(to.getEmail(), to.getPreferredLanguage(), "question.assigned", to.getDisplayName(),
                    question.getTitle(), adviserLink(questionId));
        }
    }

    public void note(long adviserAccountId, long questionId, String text) {
        var adviser = requireAdviser(adviserAccountId);
        locked(questionId).note(adviserAccountId, adviser.getDisplayName(), text, Clocks.nowUtc(clock));
    }

    /** The answer (Markdown); the asker is mailed a link to read it. */
    public void answer(long adviserAccountId, long questionId, String markdown) {
        var adviser = requireAdviser(adviserAccountId);
        var question = locked(questionId);
        question.answer(adviserAccountId, adviser.getDisplayName(), markdown, Clocks.nowUtc(clock));
        if (question.getAskerAccountId() != null) {
            accounts.find(question.getAskerAccountId()).ifPresent(a -> mail.send(a.getEmail(),
                    a.getPreferredLanguage(), "question.answered", a.getDisplayName(), question.getTitle(),
                    portal.baseUrl() + "/member/question.xhtml?id=" + questionId));
        }
    }

    /** Closed by an adviser (a phone question answered on the phone, say). */
    public void closeAsAdviser(long adviserAccountId, long questionId) {
        requireAdviser(adviserAccountId);
        locked(questionId).close(Clocks.nowUtc(clock));
    }

    /** What a knowledge-base draft is made from: only an answered question has something to publish. */
    public record DraftSource(String themeCode, String title, String question, String answerMarkdown) {
    }

    public DraftSource draftSource(long questionId) {
        var question = loaded(questionId).orElseThrow(() -> new BusinessException("question.notFound"));
        var answer = question.getMessages().stream()
                .filter(m -> m.getKind() == nl.ingrado.portal.question.entity.MessageKind.ANSWER)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new BusinessException("question.notAnswered"));
        return new DraftSource(question.getTheme().getCode(), question.getTitle(),
                question.getBody() == null ? "" : question.getBody(), answer.getBody());
    }

    /** The due date of a question asked (or re-opened) on {@code day}. */
    public LocalDate dueFrom(LocalDate day) {
        return WorkingDays.add(day, settings.answerDays());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.AMSTERDAM));
    }

    LocalDateTime now() {
        return Clocks.nowUtc(clock);
    }

    private String adviserLink(long questionId) {
        return portal.baseUrl() + "/adviser/question.xhtml?id=" + questionId;
    }

    private Optional<Question> loaded(long questionId) {
        return em.createQuery("select distinct q from Question q left join fetch q.messages where q.id = :id",
                Question.class).setParameter("id", questionId).getResultStream().findFirst();
    }

    private Question own(long accountId, long questionId) {
        var question = locked(questionId);
        if (!question.isAskedBy(accountId)) {
            throw new BusinessException("question.notFound");
        }
        return question;
    }

    /** Under a row lock, so two advisers claiming (or an answer crossing a follow-up) take turns. */
    private Question locked(long questionId) {
        var question = em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null) {
            throw new BusinessException("question.notFound");
        }
        return question;
    }

    private Theme activeTheme(String code) {
        return themes.find(code).filter(Theme::isActive)
                .orElseThrow(() -> BusinessException.onField("theme", "question.themeUnknown"));
    }

    private Account requireAccount(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new BusinessException("account.notFound"));
    }

    private Account requireAdviser(long accountId) {
        return accounts.find(accountId).filter(a -> a.hasRole(Role.ADVISER))
                .orElseThrow(() -> new BusinessException("question.notAdviser"));
    }

    /** The wall behind the forms' own check: no BSN, date of birth or address is ever stored. */
    private static void refusePersonalData(String field, String text) {
        PersonalData.find(text).ifPresent(f -> {
            throw BusinessException.onField(field, "question.personalData." + f.kind());
        });
    }
}
