package nl.ingrado.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.boundary.ApiTokenService;
import nl.ingrado.portal.account.entity.ApiToken;
import nl.ingrado.portal.newsletter.boundary.Subscriptions;
import nl.ingrado.portal.newsletter.entity.ConsentSource;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.LanguageSwitch;
import org.omnifaces.util.Faces;

/** /account/profile.xhtml (Mijn gegevens): name, language, the newsletter and personal API tokens. */
@Named
@ViewScoped
public class Profile implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient ApiTokenService apiTokens;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Subscriptions subscriptions;

    private long accountId;
    private String email;
    private String displayName;
    private String language;
    private List<ApiToken> tokens;
    private String tokenName;
    private String newToken;
    private String newsletterStatus;

    public void load() {
        var account = currentUser.getAccount();
        accountId = account.getId();
        email = account.getEmail();
        displayName = account.getDisplayName();
        language = account.getPreferredLanguage();
        tokens = apiTokens.list(accountId);
        newsletterStatus = subscriptions.statusFor(accountId).map(s -> s.status().name()).orElse("NONE");
    }

    public void save() throws IOException {
        accounts.updateProfile(accountId, displayName, language);
        LanguageSwitch.remember((HttpServletRequest) Faces.getRequest(),
                (HttpServletResponse) Faces.getResponse(),
                language);
        // the confirmation already speaks the newly chosen language
        Faces.getViewRoot().setLocale(java.util.Locale.forLanguageTag(language));
        Feedback.flash("profile.saved");
        Faces.redirect("account/profile.xhtml");
    }

    /** Logged in, the address is proven: subscribing takes effect at once, without a confirmation mail. */
    public void subscribeNewsletter() throws IOException {
        subscriptions.subscribeMember(accountId, Faces.getLocale().getLanguage());
        Feedback.flash("newsletter.profile.subscribed");
        Faces.redirect("account/profile.xhtml");
    }

    public void unsubscribeNewsletter() throws IOException {
        subscriptions.unsubscribeMember(accountId);
        Feedback.flash("newsletter.profile.unsubscribed");
        Faces.redirect("account/profile.xhtml");
    }

    /** The sentence the member agrees to by pressing the button; stored with their consent. */
    public String getNewsletterConsent() {
        return Subscriptions.consentText(ConsentSource.PROFILE, Faces.getLocale().getLanguage());
    }

    public String getNewsletterStatus() {
        return newsletterStatus;
    }

    /** Creates a token and shows its secret on this view only: it is never shown again. */
    public void createToken() {
        newToken = apiTokens.create(accountId, tokenName);
        tokenName = null;
        tokens = apiTokens.list(accountId);
    }

    public void revoke(long tokenId) {
        apiTokens.revoke(accountId, tokenId);
        newToken = null;
        tokens = apiTokens.list(accountId);
        org.omnifaces.util.Messages.addGlobalInfo(Feedback.text("apiToken.revoked"));
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<ApiToken> getTokens() {
        return tokens;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getNewToken() {
        return newToken;
    }
}
