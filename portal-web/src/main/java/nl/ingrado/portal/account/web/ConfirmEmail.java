package nl.ingrado.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import nl.ingrado.portal.account.entity.TokenPurpose;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /verify.xhtml?token=…: confirming takes a button press (a POST), so a mail scanner that follows
 * the link does not confirm on the user's behalf.
 */
@Named
@ViewScoped
public class ConfirmEmail extends TokenLinkPage {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConfirmEmail() {
        super(TokenPurpose.VERIFY_EMAIL);
    }

    public void submit() throws IOException {
        accounts.confirmEmail(getToken());
        Feedback.flash("verify.done");
        Faces.redirect("login.xhtml");
    }
}
