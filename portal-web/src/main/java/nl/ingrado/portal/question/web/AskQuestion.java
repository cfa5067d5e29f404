package nl.ingrado.portal.question.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.KnowledgeBase.ArticleHit;
import nl.ingrado.portal.question.boundary.QuestionDesk;
import nl.ingrado.portal.question.boundary.QuestionDesk.NewQuestion;
import nl.ingrado.portal.question.control.QuestionSettings;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /member/ask.xhtml (Vraag en Antwoord): a premium member asks a question; while they type, published
 * knowledge-base answers that match are suggested. Others read why they cannot ask and how to.
 */
@Named
@ViewScoped
public class AskQuestion implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How many suggestions are shown. */
    static final int SUGGESTIONS = 5;

    @Inject
    QuestionDesk desk;

    @Inject
    KnowledgeBase knowledge;

    @Inject
    QuestionSettings settings;

    @Inject
    CurrentUser currentUser;

    @Getter
    private final AskForm form = new AskForm();
    @Getter
    private boolean premium;
    /** Searched again by the getter when the session moved to another node without them. */
    private transient List<ArticleHit> suggestions = List.of();
    @Getter
    private boolean searched;

    public void load() {
        premium = desk.canAsk(currentUser.id());
    }

    public List<ArticleHit> getSuggestions() {
        if (suggestions == null) {
            suggest();
        }
        return suggestions;
    }

    public int getAnswerDays() {
        return settings.answerDays();
    }

    /**
     * Suggestions for what is typed so far (title and question). Read as posted, before validation: a text
     * the form will refuse (it names a BSN, say) still finds its articles while the member types.
     */
    public void suggest() {
        var text = (typed("title", form.getTitle()) + " " + typed("question", form.getQuestion())).strip();
        searched = !text.isEmpty();
        suggestions = text.length() < 3 ? List.of() : knowledge.search(text, null, premium, SUGGESTIONS);
    }

    private static String typed(String field, String fallback) {
        var posted = Faces.getRequestParameter("form:" + field);
        var value = posted != null ? posted : fallback;
        return value == null ? "" : value.length() > 1000 ? value.substring(0, 1000) : value;
    }

    public void ask() throws IOException {
        long id = desk.ask(currentUser.id(),
                new NewQuestion(form.getTheme(), form.getTitle(), form.getQuestion()));
        Feedback.flash("ask.done");
        Faces.redirect("member/question.xhtml?id=" + id);
    }
}
