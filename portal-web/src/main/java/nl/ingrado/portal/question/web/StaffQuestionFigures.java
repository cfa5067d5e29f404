package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Month;
import java.time.format.TextStyle;
import lombok.Getter;
import lombok.Setter;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ingrado.portal.question.boundary.KnowledgeBase;
import nl.ingrado.portal.question.boundary.QuestionFigures;
import nl.ingrado.portal.question.boundary.QuestionFigures.Figures;
import org.omnifaces.util.Faces;

/** /staff/questions.xhtml (Vraag en Antwoord in cijfers): the desk's figures of a year, per month and theme. */
@Named
@RequestScoped
public class StaffQuestionFigures {

    @Inject
    QuestionFigures figures;

    @Inject
    KnowledgeBase knowledge;

    @Getter
    @Setter
    private Integer year;
    @Getter
    private Figures result;
    /** Articles read in the year, per theme (theme code → reads). */
    @Getter
    private Map<String, Long> readsPerTheme;
    /** What members searched for in the year and did not find, most asked first. */
    @Getter
    private List<KnowledgeBase.MissedSearch> missedSearches;

    public void load() {
        int thisYear = java.time.Year.now().getValue();
        if (year == null || year < 2000 || year > thisYear) {
            year = thisYear;
        }
        result = figures.of(year);
        var knowledgeFigures = knowledge.figures(YearMonth.of(year, 1), YearMonth.of(year, 12));
        readsPerTheme = new TreeMap<>();
        knowledgeFigures.reads().forEach(r -> readsPerTheme.merge(r.themeCode(), r.reads(), Long::sum));
        missedSearches = knowledgeFigures.missed();
    }

    public String monthName(String key) {
        return Month.of(Integer.parseInt(key)).getDisplayName(TextStyle.FULL, Faces.getLocale());
    }

    public List<Map.Entry<String, Long>> getReadRows() {
        return List.copyOf(readsPerTheme.entrySet());
    }

    public int getPreviousYear() {
        return year - 1;
    }
}
