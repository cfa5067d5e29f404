package nl.ingrado.portal.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.boundary.ApiTokenService;
import nl.ingrado.portal.account.entity.ApiToken;
import nl.ingrado.portal.shared.entity.Lengths;
import nl.ingrado.portal.shared.web.CurrentUser;
import nl.ingrado.portal.shared.web.Feedback;
import nl.ingrado.portal.shared.web.LanguageSwitch;
import org.omnifaces.util.Faces;

/**
 * /account/profile.xhtml (Mijn gegevens): name, language and personal API tokens; the newsletter
 * section has its own bean in the newsletter capability.
 */
@Named
@ViewScoped
public class Profile implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    CurrentUser currentUser;

    private long accountId;
    @Getter
    private String email;

    @NotBlank
    @Size(max = Lengths.NAME)
    @Getter
    @Setter
    private String displayName;
    @Getter
    @Setter
    private String language;
    /** Entities, not kept with the view: read again after the session moved to another node. */
    private transient List<ApiToken> tokens;

    @Size(max = Lengths.TOKEN_NAME)
    @Getter
    @Setter
    private String tokenName;
    @Getter
    private String newToken;

    public void load() {
        var account = accounts.find(currentUser.id()).orElseThrow();
        accountId = account.getId();
        email = account.getEmail();
        displayName = account.getDisplayName();
        language = account.getPreferredLanguage();
        tokens = apiTokens.list(accountId);
    }

    public List<ApiToken> getTokens() {
        if (tokens == null && accountId != 0) {
            tokens = apiTokens.list(accountId);
        }
        return tokens;
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
}
