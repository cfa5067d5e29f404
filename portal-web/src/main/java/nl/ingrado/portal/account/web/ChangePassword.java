package nl.ingrado.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.NewPasswordForm;
import org.omnifaces.util.Faces;

/** /account/password.xhtml: the current password, then a new one twice. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @NotBlank
    @Size(max = Lengths.PASSWORD)
    @Getter
    @Setter
    private String currentPassword;
    @Getter
    private final NewPasswordForm newPassword = new NewPasswordForm();

    public void submit() throws IOException {
        if (!newPassword.confirmed("newPasswordRepeat")) {
            return;
        }
        accounts.changePassword(currentUser.id(), currentPassword, newPassword.getPassword());
        Feedback.flash("password.changed");
        Faces.redirect("account/profile.xhtml");
    }
}
