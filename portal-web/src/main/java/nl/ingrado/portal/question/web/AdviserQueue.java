package nl.ingrado.portal.question.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.question.boundary.Advisers;
import nl.ingrado.portal.question.boundary.Advisers.Adviser;
import nl.ingrado.portal.question.boundary.Advisers.QueueFilter;
import nl.ingrado.portal.question.boundary.Advisers.QueueRow;
import nl.ingrado.portal.question.entity.Notify;
import nl.ingrado.portal.question.entity.QuestionStatus;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Ids;
import org.omnifaces.util.Faces;

/**
 * /adviser/index.xhtml (Vragen): the advisers' queue, open questions first by due date, overdue ones
 * marked; filtered by theme, status and adviser (in the address, so a filter can be bookmarked). Below,
 * the adviser's own themes and how they hear of new questions.
 */
@Named
@ViewScoped
public class AdviserQueue implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int MAX_ROWS = 500;

    @Inject
    Advisers advisers;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private String theme;
    @Getter
    @Setter
    private String status;
    /** An adviser's account id, "none" for questions nobody has, empty for all. */
    @Getter
    @Setter
    private String adviser;

    /** Read again by the getters when the session moved to another node without them. */
    private transient List<QueueRow> rows;
    private transient List<Adviser> adviserList;

    @Getter
    @Setter
    private List<String> myThemes = new ArrayList<>();
    @Getter
    @Setter
    private Notify notify = Notify.IMMEDIATE;
    private boolean preferencesRead;

    public void load() {
        adviserList = advisers.all();
        Set<QuestionStatus> statuses = EnumSet.noneOf(QuestionStatus.class);
        if (status != null && !status.isBlank()) {
            try {
                statuses.add(QuestionStatus.valueOf(status));
            } catch (IllegalArgumentException e) {
                status = null; // an unknown status in the address shows every status
            }
        }
        Long adviserId = "none".equals(adviser) ? Long.valueOf(0) : Ids.parse(adviser);
        rows = advisers.queue(new QueueFilter(theme, statuses, adviserId), MAX_ROWS);
        if (!preferencesRead) {
            preferencesRead = true;
            var preferences = advisers.preferences(currentUser.id());
            myThemes = new ArrayList<>(preferences.themeCodes());
            notify = preferences.when();
        }
    }

    public List<QueueRow> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public List<Adviser> getAdviserList() {
        if (adviserList == null) {
            load();
        }
        return adviserList;
    }

    public QuestionStatus[] getStatuses() {
        return QuestionStatus.values();
    }

    public Notify[] getNotifyOptions() {
        return Notify.values();
    }

    public void savePreferences() throws IOException {
        advisers.choose(currentUser.id(), myThemes, notify);
        Feedback.flash("prefs.saved");
        Faces.redirect("adviser/index.xhtml");
    }
}
