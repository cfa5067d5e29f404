package nl.ingrado.portal.question.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.Advisers;
import nl.ingrado.portal.question.boundary.Advisers.Adviser;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.QuestionDesk;
import nl.ingrado.portal.question.control.Markdown;
import nl.ingrado.portal.question.entity.MessageKind;
import nl.ingrado.portal.question.entity.Question;
import nl.ingrado.portal.question.entity.QuestionStatus;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /adviser/question.xhtml?id=: one question with everything said on it, internal notes included; claim,
 * assign, note, answer (Markdown with a preview), close, and turn an answered question into a draft
 * knowledge-base article.
 */
@Named
@ViewScoped
public class AdviserQuestion implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    QuestionDesk desk;

    @Inject
    Advisers advisers;

    @Inject
    KnowledgeBase knowledge;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    private transient Question question;
    private transient List<Adviser> adviserList;
    private transient String organisation;
    @Getter
    private final TextForm note = new TextForm();
    @Getter
    private final TextForm answer = new TextForm();
    @Getter
    @Setter
    private Long assignTo;
    @Getter
    private String previewHtml;

    public void load() throws IOException {
        if (getQuestion() == null) {
            Faces.responseSendError(404, "question not found");
        }
    }

    public Question getQuestion() {
        if (question == null && id != null) {
            question = desk.find(id).orElse(null);
        }
        return question;
    }

    public List<Adviser> getAdviserList() {
        if (adviserList == null) {
            adviserList = advisers.all();
        }
        return adviserList;
    }

    public String getOrganisation() {
        if (organisation == null && getQuestion() != null) {
            organisation = advisers.organisationName(question.getOrganisationId());
        }
        return organisation;
    }

    public String adviserName(Long accountId) {
        return accountId == null
                ? null
                : getAdviserList().stream().filter(a -> a.accountId() == accountId).map(Adviser::name)
                        .findFirst().orElse(null);
    }

    public boolean isAnswerable() {
        return getQuestion() != null && (question.getStatus() == QuestionStatus.NEW
                || question.getStatus() == QuestionStatus.IN_PROGRESS);
    }

    public boolean isClaimable() {
        return isAnswerable() && !Long.valueOf(currentUser.id()).equals(question.getAdviserAccountId());
    }

    public boolean isArticleReady() {
        return getQuestion() != null
                && question.getMessages().stream().anyMatch(m -> m.getKind() == MessageKind.ANSWER);
    }

    public boolean isOverdue() {
        return getQuestion() != null && question.isOverdue(desk.today());
    }

    public String html(String markdown) {
        return Markdown.toHtml(markdown);
    }

    public void claim() throws IOException {
        desk.claim(currentUser.id(), id);
        done("adviser.claimed");
    }

    public void assign() throws IOException {
        if (assignTo == null) {
            throw nl.ingrado.portal.shared.entity.BusinessException.onField("assignTo",
                    "question.notAdviser");
        }
        desk.assign(currentUser.id(), id, assignTo);
        done("adviser.assigned", adviserName(assignTo));
    }

    public void addNote() throws IOException {
        desk.note(currentUser.id(), id, note.getText());
        done("adviser.noted");
    }

    /** Shows the answer as the member will see it, without sending it. */
    public void preview() {
        previewHtml = Markdown.toHtml(answer.getText());
    }

    public void sendAnswer() throws IOException {
        desk.answer(currentUser.id(), id, answer.getText());
        done("adviser.answered");
    }

    public void close() throws IOException {
        desk.closeAsAdviser(currentUser.id(), id);
        done("adviser.closed");
    }

    /** A draft article in the knowledge base from this question's answer, opened in the article editor. */
    public void makeArticle() throws IOException {
        var source = desk.draftSource(id);
        long articleId = knowledge.draftFromQuestion(source.themeCode(), source.title(), source.question(),
                source.answerMarkdown(), currentUser.getEmail());
        Faces.redirect("adviser/article.xhtml?id=" + articleId);
    }

    private void done(String key, Object... args) throws IOException {
        Feedback.flash(key, args);
        Faces.redirect("adviser/question.xhtml?id=" + id);
    }
}
