package nl.ingrado.portal.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.newsletter.boundary.Subscriptions;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.web.ClientAddress;
import nl.ingrado.portal.shared.entity.EmailAddress;
import nl.ingrado.portal.shared.entity.Lengths;
import org.omnifaces.util.Faces;

/**
 * /newsletter/subscribe.xhtml, public: the first step of the double opt-in. The view is stateless,
 * so the form works without a session; {@code ?sent=true} is the "check your mailbox" page after it.
 */
@Named
@RequestScoped
public class SubscribeToNewsletter {

    @Inject
    Subscriptions subscriptions;

    @Inject
    ClientAddress clientAddress;

    @NotBlank
    @EmailAddress
    @Getter
    @Setter
    private String email;

    @Size(max = Lengths.NAME)
    @Getter
    @Setter
    private String name;

    @AssertTrue(message = "{newsletter.consent.required}")
    @Getter
    @Setter
    private boolean consent;
    @Getter
    @Setter
    private boolean sent;

    public void submit() throws IOException {
        subscriptions.subscribePublic(email, name, language(), clientAddress.current());
        Faces.redirect("newsletter/subscribe.xhtml?sent=true");
    }

    /** The sentence next to the checkbox, exactly as it is stored when someone agrees to it. */
    public String getConsentText() {
        return Subscriptions.consentText(ConsentSource.PUBLIC_FORM, language());
    }

    private static String language() {
        return Faces.getLocale().getLanguage();
    }
}
