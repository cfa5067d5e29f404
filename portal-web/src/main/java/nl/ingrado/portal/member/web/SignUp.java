package nl.ingrado.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.member.boundary.MemberService;
import nl.ingrado.portal.member.boundary.MemberService.OrganisationOption;
import nl.ingrado.portal.member.web.WorkplaceForm;
import nl.ingrado.portal.shared.web.ClientAddress;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Language;
import nl.ingrado.portal.shared.web.NewPasswordForm;
import org.omnifaces.util.Faces;

/**
 * /register.xhtml: a professional creates an account and, optionally, says where they work; the
 * emailed link activates it.
 */
@Named
@RequestScoped
public class SignUp {

    @Inject
    MemberService members;

    @Inject
    Language language;

    @Inject
    ClientAddress clientAddress;

    @NotBlank
    @Size(max = Lengths.NAME)
    @Getter
    @Setter
    private String displayName;

    @NotBlank
    @EmailAddress
    @Getter
    @Setter
    private String email;
    @Getter
    private final NewPasswordForm newPassword = new NewPasswordForm();
    @Getter
    private final WorkplaceForm workplace = new WorkplaceForm();
    private List<OrganisationOption> organisations;

    public void submit() throws IOException {
        if (!newPassword.confirmed("passwordRepeat")) {
            return;
        }
        members.signUp(email, displayName, newPassword.getPassword(), language.getCode(),
                workplace.getOrganisationId(),
                workplace.getJob(), workplace.getSince(), clientAddress.current());
        // the same answer whether or not the address already had an account
        Feedback.flash("signUp.sent", email.strip());
        Faces.redirect("login.xhtml");
    }

    public List<OrganisationOption> getOrganisations() {
        if (organisations == null) {
            organisations = members.organisations();
        }
        return organisations;
    }
}
