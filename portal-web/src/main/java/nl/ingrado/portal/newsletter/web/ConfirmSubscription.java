package nl.ingrado.portal.newsletter.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import lombok.Getter;
import nl.ingrado.portal.newsletter.boundary.Subscriptions;
import nl.ingrado.portal.shared.web.ClientAddress;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/**
 * /newsletter/confirm.xhtml?token= , public: the double opt-in's second step. Opening the link
 * only shows a button: mail scanners follow links, and consent must come from the person.
 */
@Named
@RequestScoped
public class ConfirmSubscription {

    @Inject
    Subscriptions subscriptions;

    @Inject
    ClientAddress clientAddress;

    @Getter
    private String token;
    private Subscriptions.LinkState state;

    /**
     * The token from the address (GET) or the form (POST). Read here, not by a view parameter: in a
     * stateless view the button's {@code rendered} is decided before view parameters reach the bean.
     */
    @PostConstruct
    void init() {
        token = Faces.getRequestParameter("token");
    }

    public void load() {
        var response = (jakarta.servlet.http.HttpServletResponse) Faces.getResponse();
        // the address holds a secret: it goes to no other site, not even as a referrer
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        if (getState() == Subscriptions.LinkState.UNKNOWN) {
            Faces.getExternalContext().setResponseStatus(404);
        }
    }

    public void confirm() throws IOException {
        subscriptions.confirm(token, clientAddress.current());
        Feedback.flash("newsletter.confirmed");
        Faces.redirect("newsletter/index.xhtml");
    }

    public Subscriptions.LinkState getState() {
        if (state == null) {
            state = subscriptions.linkState(token);
        }
        return state;
    }
}
