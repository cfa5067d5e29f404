package nl.ingrado.portal.event.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.event.boundary.GuestRegistrations;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /events/guest.xhtml?token= : a guest confirms their registration from the mailed link. It takes a
 * button (a POST), so a mail scanner following the link does not register anyone.
 */
@Named
@ViewScoped
public class GuestConfirmation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuestRegistrations guests;

    @Getter
    @Setter
    private String token;

    private Boolean usable;

    /** Asked once per view: the rendered check of the form must say the same on the postback. */
    public boolean isUsable() {
        if (usable == null) {
            usable = guests.isUsable(token);
        }
        return usable;
    }

    public void confirm() throws IOException {
        var code = guests.confirm(token);
        Feedback.flash("guest.confirmed");
        Faces.redirect("events/registration.xhtml?code=" + code);
    }
}
