package nl.ingrado.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.TokenPurpose;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** /password/reset.xhtml?token=…: a new password through the emailed, single-use link. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private String token;
    private boolean usable;
    private String password;
    private String passwordRepeat;

    public void load() {
        usable = accounts.isTokenUsable(token, TokenPurpose.RESET_PASSWORD);
    }

    public void submit() throws IOException {
        if (password == null || !password.equals(passwordRepeat)) {
            Feedback.show(BusinessException.onField("passwordRepeat", "password.mismatch"));
            return;
        }
        accounts.resetPassword(token, password);
        Feedback.flash("reset.done");
        Faces.redirect("login.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
