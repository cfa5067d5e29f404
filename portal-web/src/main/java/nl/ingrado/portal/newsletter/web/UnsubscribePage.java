package nl.ingrado.portal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.newsletter.boundary.Subscriptions;
import nl.ingrado.portal.newsletter.entity.SubscriberStatus;
import org.omnifaces.util.Faces;

/**
 * /newsletter/unsubscribe?t= (GET, forwarded here by {@link Unsubscribe}): says whom the link names
 * and offers the button, or says that they are unsubscribed. Showing it changes nothing, because
 * link scanners open every link in a mail.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    Subscriptions subscriptions;

    @Getter
    @Setter
    private String token;
    @Getter
    private Subscriptions.UnsubscribeTarget target;

    public void load() {
        target = subscriptions.unsubscribeTarget(token).orElse(null);
        if (target == null) {
            Faces.getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isUnsubscribed() {
        return target != null && target.status() == SubscriberStatus.UNSUBSCRIBED;
    }

    /** Where the page's own button posts: the one-click URL, as a plain form (no session needed). */
    public String getAction() {
        return Faces.getRequestContextPath() + "/newsletter/unsubscribe?t=" + token;
    }
}
