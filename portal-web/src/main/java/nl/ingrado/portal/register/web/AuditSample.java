package nl.ingrado.portal.register.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import nl.ingrado.portal.register.boundary.SampleAudits;
import nl.ingrado.portal.register.boundary.SampleAudits.Member;
import nl.ingrado.portal.register.boundary.SampleAudits.Sample;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
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
    transient SampleAudits samples;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private Long registrantId;
    private Sample sample;
    private Member selected;
    private String outcome;

    @Size(max = Lengths.NOTE)
    private String finding;

    public void load() throws IOException {
        sample = samples.sample(id).orElse(null);
        if (sample == null) {
            Faces.responseSendError(404, "no such sample audit");
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

    public Sample getSample() {
        return sample;
    }

    public List<Member> getMembers() {
        return sample == null ? List.of() : sample.members();
    }

    public Member getSelected() {
        return selected;
    }

    public List<String> getOutcomes() {
        return List.of("IN_ORDER", "DEFICIENT");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getRegistrantId() {
        return registrantId;
    }

    public void setRegistrantId(Long registrantId) {
        this.registrantId = registrantId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }
}
