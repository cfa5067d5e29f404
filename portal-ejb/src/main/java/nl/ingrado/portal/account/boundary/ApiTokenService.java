package nl.ingrado.portal.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.ingrado.portal.account.control.TokenUses;
import nl.ingrado.portal.account.entity.Account;
import nl.ingrado.portal.account.entity.AccountStatus;
import nl.ingrado.portal.account.entity.ApiToken;
import nl.ingrado.portal.shared.control.Clocks;
import nl.ingrado.portal.shared.control.Entities;
import nl.ingrado.portal.shared.control.SecretTokens;
import nl.ingrado.portal.shared.entity.BusinessException;

/** Personal API tokens: created and revoked by their owner, checked on every API call that bears one. */
@Stateless
public class ApiTokenService {

    /** Makes a leaked token recognisable to secret scanners. */
    public static final String PREFIX = "ing_";
    private static final int MAX_ACTIVE_TOKENS = 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TokenUses uses;

    /** Returns the secret: the only time it is seen in clear. */
    public String create(long accountId, String name) {
        var account = Entities.found(em, Account.class, accountId, "account.notFound");
        long active = list(accountId).stream().filter(t -> !t.isRevoked()).count();
        if (active >= MAX_ACTIVE_TOKENS) {
            throw BusinessException.onField("tokenName", "apiToken.tooMany", MAX_ACTIVE_TOKENS);
        }
        var secret = PREFIX + SecretTokens.newToken();
        em.persist(ApiToken.create(account, name, SecretTokens.sha256(secret), Clocks.nowUtc(clock)));
        return secret;
    }

    public List<ApiToken> list(long accountId) {
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("accountId", accountId)
                .getResultList();
    }

    /** Revokes one of the owner's tokens; someone else's token id is answered as not found. */
    public void revoke(long accountId, long tokenId) {
        var token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.belongsTo(accountId)) {
            throw new BusinessException("apiToken.notFound");
        }
        token.revoke(Clocks.nowUtc(clock));
    }

    /**
     * The hash by which a bearer token is stored, when it has a token's shape (empty otherwise): the one
     * key the caller's account is read by ({@code MemberService.callerOfToken}, with the caller's facts
     * in one statement, as every API call needs them).
     */
    public static Optional<String> hashOf(String bearer) {
        if (bearer == null || !bearer.startsWith(PREFIX) || bearer.length() > 100) {
            return Optional.empty();
        }
        return Optional.of(SecretTokens.sha256(bearer));
    }

    /**
     * Notes a call with the token of this hash; written with the other calls within 15 seconds
     * ({@link TokenUses}), so the owner sees when it was last used.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void used(String tokenHash) {
        uses.note(tokenHash);
    }

}
