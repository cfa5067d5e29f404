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
import nl.ingrado.portal.register.boundary.SampleAudits.Member;
import nl.ingrado.portal.register.boundary.SampleAudits.Sample;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Pages;
import org.omnifaces.util.Faces;

/**
 * /auditor/sample.xhtml?id=…: one sample audit with its drawn registrants (linking to their records) and
 * their findings; with {@code &registrant=…} the form to record the finding for one of them.
 */
@Named
@ViewScoped
public class AuditSample implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SampleAudits samples;

    @Inject
    CurrentUser currentUser;

    @Getter
    @Setter
    private Long id;
    @Getter
    @Setter
    private Long registrantId;
    @Getter
    private Sample sample;
    @Getter
    private Member selected;
    @Getter
    @Setter
    private String outcome;

    @Size(max = Lengths.NOTE)
    @Getter
    @Setter
    private String finding;

    public void load() throws IOException {
        sample = Pages.found(samples.sample(id), "no such sample audit");
        if (sample == null) {
            return;
        }
        selected = registrantId == null
                ? null
                : sample.members().stream().filter(m -> m.registrantId() == registrantId).findFirst()
                        .orElse(null);
        if (registrantId != null && selected == null) {
            Faces.responseSendError(404, "not in this sample");
            return;
        }
        if (selected != null && outcome == null) {
            outcome = "OPEN".equals(selected.outcome()) ? null : selected.outcome();
            finding = selected.finding();
        }
    }

    public void save() throws IOException {
        samples.record(currentUser.getEmail(), sample.summary().id(), selected.registrantId(),
                outcome,
                finding);
        Feedback.flash("sample.recorded", selected.name());
        Faces.redirect("auditor/sample.xhtml?id=" + sample.summary().id());
    }

    public List<Member> getMembers() {
        return sample == null ? List.of() : sample.members();
    }

    public List<String> getOutcomes() {
        return List.of("IN_ORDER", "DEFICIENT");
    }
}
