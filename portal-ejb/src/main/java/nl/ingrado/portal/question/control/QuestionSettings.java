package nl.ingrado.portal.question.control;

import jakarta.enterprise.context.ApplicationScoped;
import nl.ingrado.portal.shared.control.Settings;

/**
 * The question desk's settings ({@code portal.question.*}): the working days within which a question is
 * answered (default 5), and the months after closing when the asker's own text is removed (default 24).
 */
@ApplicationScoped
public class QuestionSettings {

    private final Settings values = Settings.fromConfig("portal.question.");

    public int answerDays() {
        return Math.max(1, values.number("answer-days", 5));
    }

    public int retentionMonths() {
        return Math.max(1, values.number("retention-months", 24));
    }
}
