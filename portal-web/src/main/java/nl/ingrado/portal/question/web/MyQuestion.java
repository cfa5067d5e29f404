package nl.ingrado.portal.question.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.QuestionDesk;
import nl.ingrado.portal.question.control.Markdown;
import nl.ingrado.portal.question.entity.Question;
import nl.ingrado.portal.question.entity.QuestionStatus;
import nl.ingrado.portal.question.entity.Rating;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /member/question.xhtml?id= (one of Mijn vragen): the question, the answers (Markdown shown safely) and
 * the member's follow-ups, never the advisers' notes; follow up, close, rate an answer. Another member's
 * question is a 404, as is one that does not exist.
 */
@Named
@ViewScoped
public class MyQuestion implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    QuestionDesk desk;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    @Getter
    private transient Question question;
    @Getter
    private final TextForm form = new TextForm();

    public void load() throws IOException {
        if (getQuestion() == null) {
            Faces.responseSendError(404, "question not found");
        }
    }

    public Question getQuestion() {
        if (question == null && id != null) {
            question = desk.ownQuestion(currentUser.id(), id).orElse(null);
        }
        return question;
    }

    public boolean isOpen() {
        return getQuestion() != null && question.getStatus() != QuestionStatus.CLOSED;
    }

    public boolean isWaiting() {
        return getQuestion() != null && (question.getStatus() == QuestionStatus.NEW
                || question.getStatus() == QuestionStatus.IN_PROGRESS);
    }

    public String html(String markdown) {
        return Markdown.toHtml(markdown);
    }

    public void followUp() throws IOException {
        desk.followUp(currentUser.id(), id, form.getText());
        done("question.followedUp");
    }

    public void close() throws IOException {
        desk.close(currentUser.id(), id);
        done("question.closedDone");
    }

    public void rate(long answerId, boolean useful) throws IOException {
        desk.rate(currentUser.id(), id, answerId, useful ? Rating.USEFUL : Rating.NOT_USEFUL);
        done("question.ratedThanks");
    }

    /** Says what was done, and shows the question again as it now is. */
    private void done(String key) throws IOException {
        Feedback.flash(key);
        Faces.redirect("member/question.xhtml?id=" + id);
    }
}
