package nl.ingrado.portal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One failed login, kept in the database so that every node throttles alike. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_name", nullable = false, length = 254)
    private String loginName;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false)
    private LocalDateTime failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String loginName, String clientAddress, LocalDateTime failedAt) {
        this.loginName = loginName.length() > 254 ? loginName.substring(0, 254) : loginName;
        this.clientAddress = clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
        this.failedAt = failedAt;
    }
}
