package nl.ingrado.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;

/** A single-use, expiring link sent by email. Only the hash of its secret is kept. */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "select t from AccountToken t join fetch t.account where t.tokenHash = :hash")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    @Getter
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @Getter
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    @Getter
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    @Getter
    private LocalDateTime usedAt;

    protected AccountToken() {
    }

    public static AccountToken issue(Account account, TokenPurpose purpose, String tokenHash,
            LocalDateTime now) {
        var token = new AccountToken();
        token.account = account;
        token.purpose = purpose;
        token.tokenHash = tokenHash;
        token.createdAt = now;
        token.expiresAt = now.plus(purpose.validity());
        return token;
    }

    /** Spends the token; a used, expired or wrong-purpose token is refused with the same message. */
    public Account redeem(TokenPurpose expected, LocalDateTime now) {
        if (!isRedeemable(expected, now)) {
            throw new BusinessException("token.invalid");
        }
        usedAt = now;
        return account;
    }

    public boolean isRedeemable(TokenPurpose expected, LocalDateTime now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }
}
