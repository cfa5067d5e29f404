package nl.ingrado.portal.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.Evaluations;
import nl.ingrado.portal.event.boundary.Evaluations.Form;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/**
 * /member/evaluation.xhtml?registration= : an attendee scores the event and their workshops. Someone
 * else's registration is a page that does not exist, so ids cannot be probed.
 */
@Named
@ViewScoped
public class Evaluate implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Evaluations evaluations;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long registration;
    private transient Form form;
    @Getter
    @Setter
    private Integer score;

    @Size(max = Lengths.COMMENTS)
    @Getter
    @Setter
    private String comments;
    @Getter
    private final Map<Long, Integer> workshopScores = new HashMap<>();
    @Getter
    private final Map<Long, String> workshopComments = new HashMap<>();

    public void load() throws IOException {
        form = Pages.found(evaluations.form(currentUser.id(), registration), "registration not found");
    }

    public void submit() throws IOException {
        evaluations.submit(currentUser.id(), registration, score, comments, workshopScores, workshopComments);
        Feedback.flash("evaluation.thanks");
        Faces.redirect("member/evaluation.xhtml?registration=" + registration);
    }

    public Form getForm() {
        if (form == null && registration != null) {
            form = evaluations.form(currentUser.id(), registration).orElse(null);
        }
        return form;
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
}
