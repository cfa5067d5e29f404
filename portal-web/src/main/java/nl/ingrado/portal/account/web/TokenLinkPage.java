package nl.ingrado.portal.account.web;

import jakarta.inject.Inject;
import java.io.Serial;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import nl.ingrado.portal.account.boundary.AccountService;
import nl.ingrado.portal.account.entity.TokenPurpose;

/** A page reached by an emailed single-use link ({@code ?token=…}): the token and whether it can still be used. */
abstract class TokenLinkPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private final TokenPurpose purpose;
    @Getter
    @Setter
    private String token;
    @Getter
    private boolean usable;

    TokenLinkPage(TokenPurpose purpose) {
        this.purpose = purpose;
    }

    public void load() {
        usable = accounts.isTokenUsable(token, purpose);
    }
}
