package nl.ingrado.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /account/password.xhtml: the current password, then a new one twice. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String newPasswordRepeat;

    public void submit() throws IOException {
        if (newPassword == null || !newPassword.equals(newPasswordRepeat)) {
            Feedback.show(BusinessException.onField("newPasswordRepeat", "password.mismatch"));
            return;
        }
        accounts.changePassword(currentUser.id(), currentPassword, newPassword);
        Feedback.flash("password.changed");
        Faces.redirect("account/profile.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeat() {
        return newPasswordRepeat;
    }

    public void setNewPasswordRepeat(String newPasswordRepeat) {
        this.newPasswordRepeat = newPasswordRepeat;
    }
}
