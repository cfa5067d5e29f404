package nl.ingrado.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.shared.web.ClientAddress;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /password/forgot.xhtml: asks for a reset link; the answer is the same for every address. */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    AccountService accounts;

    @Inject
    ClientAddress clientAddress;

    @NotBlank
    @EmailAddress
    @Getter
    @Setter
    private String email;

    public void submit() throws IOException {
        accounts.requestPasswordReset(email, clientAddress.current());
        Feedback.flash("forgot.sent", email.strip());
        Faces.redirect("login.xhtml");
    }
}
