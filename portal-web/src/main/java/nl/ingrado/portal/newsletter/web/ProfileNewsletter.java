package nl.ingrado.portal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.ingrado.portal.newsletter.boundary.Subscriptions;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import org.omnifaces.util.Faces;

/** The newsletter section of /account/profile.xhtml: the member's subscription, on or off. */
@Named
@RequestScoped
public class ProfileNewsletter {

    @Inject
    Subscriptions subscriptions;

    @Inject
    CurrentUser currentUser;

    private String status;

    /** Logged in, the address is proven: subscribing takes effect at once, without a confirmation mail. */
    public void subscribe() throws IOException {
        subscriptions.subscribeMember(currentUser.id(), Faces.getLocale().getLanguage());
        Feedback.flash("newsletter.profile.subscribed");
        Faces.redirect("account/profile.xhtml");
    }

    public void unsubscribe() throws IOException {
        subscriptions.unsubscribeMember(currentUser.id());
        Feedback.flash("newsletter.profile.unsubscribed");
        Faces.redirect("account/profile.xhtml");
    }

    /** The sentence the member agrees to by pressing the button; stored with their consent. */
    public String getConsent() {
        return Subscriptions.consentText(ConsentSource.PROFILE, Faces.getLocale().getLanguage());
    }

    /** SUBSCRIBED, another subscriber status, or NONE. */
    public String getStatus() {
        if (status == null) {
            status = subscriptions.statusFor(currentUser.id()).map(s -> s.status().name()).orElse("NONE");
        }
        return status;
    }
}
