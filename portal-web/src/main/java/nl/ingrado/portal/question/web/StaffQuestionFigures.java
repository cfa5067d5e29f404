package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Month;
import java.time.format.TextStyle;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.QuestionFigures;
import nl.ingrado.portal.question.boundary.QuestionFigures.Figures;
import org.omnifaces.util.Faces;

/** /staff/questions.xhtml (Vraag en Antwoord in cijfers): the desk's figures of a year, per month and theme. */
@Named
@RequestScoped
public class StaffQuestionFigures {

    @Inject
    QuestionFigures figures;

    @Getter
    @Setter
    private Integer year;
    @Getter
    private Figures result;

    public void load() {
        int thisYear = java.time.Year.now().getValue();
        if (year == null || year < 2000 || year > thisYear) {
            year = thisYear;
        }
        result = figures.of(year);
    }

    public String monthName(String key) {
        return Month.of(Integer.parseInt(key)).getDisplayName(TextStyle.FULL, Faces.getLocale());
    }

    public int getPreviousYear() {
        return year - 1;
    }
}
