package nl.ingrado.portal.question.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.ingrado.portal.question.boundary.QuestionDesk;
import nl.ingrado.portal.shared.web.CurrentUser;
import org.omnifaces.util.Faces;

/** What the navigation of every page needs of the desk: whether the member may ask (premium), once a request. */
@Named
@RequestScoped
public class QuestionNav {

    @Inject
    QuestionDesk desk;

    @Inject
    CurrentUser currentUser;

    private Boolean premium;

    public boolean isPremium() {
        if (premium == null) {
            premium = currentUser.isLoggedIn() && Faces.isUserInRole("MEMBER")
                    && desk.canAsk(currentUser.id());
        }
        return premium;
    }
}
