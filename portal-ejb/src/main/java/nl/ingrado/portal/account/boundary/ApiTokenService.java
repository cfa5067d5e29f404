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

    /** Who calls with a bearer token: the account's id and address. */
    public record TokenCaller(long accountId, String email) {
    }

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
     * The active account a bearer token belongs to, read in one statement without a transaction (every
     * API call asks it); a use at least a minute after the last one written is noted, and written with
     * others within 15 seconds ({@link TokenUses}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TokenCaller> caller(String bearer) {
        if (bearer == null || !bearer.startsWith(PREFIX) || bearer.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, a.id, a.email, a.status, t.last_used_at "
                + "FROM api_token t JOIN account a ON a.id = t.account_id "
                + "WHERE t.token_hash = ? AND t.revoked_at IS NULL")
                .setParameter(1, SecretTokens.sha256(bearer)).getResultList();
        if (rows.isEmpty() || !AccountStatus.ACTIVE.name().equals(rows.get(0)[3])) {
            return Optional.empty();
        }
        var row = rows.get(0);
        var now = Clocks.nowUtc(clock);
        if (row[4] == null || toLocal(row[4]).isBefore(now.minusMinutes(1))) {
            uses.note(((Number) row[0]).longValue());
        }
        return Optional.of(new TokenCaller(((Number) row[1]).longValue(), (String) row[2]));
    }

    private static java.time.LocalDateTime toLocal(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (java.time.LocalDateTime) value;
    }
}
