package nl.ingrado.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import lombok.Getter;
import nl.ingrado.portal.account.entity.TokenPurpose;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.NewPasswordForm;
import org.omnifaces.util.Faces;

/** /password/reset.xhtml?token=…: a new password through the emailed, single-use link. */
@Named
@ViewScoped
public class ResetPassword extends TokenLinkPage {

    @Serial
    private static final long serialVersionUID = 1L;

    @Getter
    private final NewPasswordForm newPassword = new NewPasswordForm();

    public ResetPassword() {
        super(TokenPurpose.RESET_PASSWORD);
    }

    public void submit() throws IOException {
        if (!newPassword.confirmed("passwordRepeat")) {
            return;
        }
        accounts.resetPassword(getToken(), newPassword.getPassword());
        Feedback.flash("reset.done");
        Faces.redirect("login.xhtml");
    }
}
