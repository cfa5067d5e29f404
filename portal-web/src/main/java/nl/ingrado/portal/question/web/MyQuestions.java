package nl.ingrado.portal.question.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import nl.ingrado.portal.question.boundary.QuestionDesk;
import nl.ingrado.portal.question.entity.Question;
import nl.ingrado.portal.shared.web.CurrentUser;

/** /member/questions.xhtml (Mijn vragen): the member's questions with their status, newest first. */
@Named
@RequestScoped
public class MyQuestions {

    @Inject
    QuestionDesk desk;

    @Inject
    CurrentUser currentUser;

    @Getter
    private List<Question> questions;
    @Getter
    private boolean premium;

    @PostConstruct
    void load() {
        questions = desk.mine(currentUser.id());
        premium = desk.canAsk(currentUser.id());
    }
}
