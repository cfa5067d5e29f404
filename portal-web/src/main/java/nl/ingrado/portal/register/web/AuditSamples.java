package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.register.boundary.SampleAudits;
import nl.ingrado.portal.register.boundary.SampleAudits.Draw;
import nl.ingrado.portal.register.boundary.SampleAudits.SampleSummary;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /auditor/samples.xhtml: the sample audits drawn so far, and the form to draw a new one (a percentage
 * of the registrants whose period ends in a window; a seed to repeat an earlier draw, else a random one
 * that is stored).
 */
@Named
@ViewScoped
public class AuditSamples implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SampleAudits samples;

    @Inject
    CurrentUser currentUser;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String percentage = "10";

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String windowFrom;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String windowTo;

    @Size(max = Lengths.NUMBER)
    @Getter
    @Setter
    private String seed;
    @Getter
    private List<SampleSummary> list;

    public void load() {
        list = samples.list();
    }

    public void draw() throws IOException {
        long id = samples.draw(currentUser.getEmail(),
                Draw.parse(percentage, windowFrom, windowTo, seed));
        Feedback.flash("samples.drawn");
        Faces.redirect("auditor/sample.xhtml?id=" + id);
    }
}
