package nl.ingrado.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.TokenPurpose;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /verify.xhtml?token=…: confirming takes a button press (a POST), so a mail scanner that follows
 * the link does not confirm on the user's behalf.
 */
@Named
@ViewScoped
public class ConfirmEmail implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private String token;
    private boolean usable;

    public void load() {
        usable = accounts.isTokenUsable(token, TokenPurpose.VERIFY_EMAIL);
    }

    public void submit() throws IOException {
        accounts.confirmEmail(token);
        Feedback.flash("verify.done");
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
}
