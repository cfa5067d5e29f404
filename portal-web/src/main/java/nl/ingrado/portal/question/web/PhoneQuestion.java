package nl.ingrado.portal.question.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MemberService.OrganisationOption;
import nl.ingrado.portal.question.boundary.QuestionDesk;
import nl.ingrado.portal.question.boundary.QuestionDesk.NewQuestion;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /adviser/phone.xhtml: a question from the vragenuur, typed in by the adviser who took the call. Only the
 * caller's organisation is recorded, no person; the question is the adviser's at once.
 */
@Named
@ViewScoped
public class PhoneQuestion implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    QuestionDesk desk;

    @Inject
    MemberService members;

    @Inject
    CurrentUser currentUser;

    @Getter
    private final AskForm form = new AskForm();
    @NotNull
    @Getter
    @Setter
    private Long organisation;
    private List<OrganisationOption> organisations;

    public List<OrganisationOption> getOrganisations() {
        if (organisations == null) {
            organisations = members.organisations();
        }
        return organisations;
    }

    public void register() throws IOException {
        long id = desk.registerPhoneQuestion(currentUser.id(), organisation,
                new NewQuestion(form.getTheme(), form.getTitle(), form.getQuestion()));
        Feedback.flash("phone.done");
        Faces.redirect("adviser/question.xhtml?id=" + id);
    }
}
