package nl.ingrado.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;
import nl.ingrado.portal.shared.entity.Lengths;

/** A personal API token: acts with its owner's roles until revoked. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.OF_ACCOUNT, query = "select t from ApiToken t where t.account.id = :accountId order by t.createdAt desc")
@Getter
public class ApiToken {

    public static final String OF_ACCOUNT = "ApiToken.ofAccount";
    public static final int MAX_NAME = Lengths.TOKEN_NAME;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    @Getter(AccessLevel.NONE)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    public static ApiToken create(Account account, String name, String tokenHash, LocalDateTime now) {
        var trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.onField("tokenName", "apiToken.name.required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw BusinessException.onField("tokenName", "apiToken.name.tooLong", MAX_NAME);
        }
        var token = new ApiToken();
        token.account = account;
        token.name = trimmed;
        token.tokenHash = tokenHash;
        token.createdAt = now;
        return token;
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean belongsTo(long accountId) {
        return account.getId() == accountId;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
