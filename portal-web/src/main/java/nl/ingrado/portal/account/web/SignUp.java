package nl.ingrado.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.Language;
import org.omnifaces.util.Faces;

/** /register.xhtml: a professional creates an account; the emailed link activates it. */
@Named
@RequestScoped
public class SignUp {

    @Inject
    AccountService accounts;

    @Inject
    Language language;

    private String displayName;
    private String email;
    private String password;
    private String passwordRepeat;

    public void submit() throws IOException {
        if (password == null || !password.equals(passwordRepeat)) {
            Feedback.show(nl.ingrado.portal.shared.entity.BusinessException.onField("passwordRepeat",
                    "password.mismatch"));
            return;
        }
        accounts.signUp(email, displayName, password, language.getCode());
        // the same answer whether or not the address already had an account
        Feedback.flash("signUp.sent", email.strip());
        Faces.redirect("login.xhtml");
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
