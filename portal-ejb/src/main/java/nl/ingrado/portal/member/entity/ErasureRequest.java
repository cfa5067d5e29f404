package nl.ingrado.portal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import lombok.AccessLevel;
import lombok.Getter;
import nl.ingrado.portal.shared.entity.BusinessException;

/** Someone asked to be forgotten. Staff confirm; then the person is anonymised. */
@Entity
@Table(name = "erasure_request")
@Getter
public class ErasureRequest implements Serializable {

    // a view keeps detached copies, and the view state moves with the session to another node
    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "person_label", nullable = false, length = 300)
    private String personLabel;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "decided_by", length = 254)
    @Getter(AccessLevel.NONE)
    private String decidedBy;

    @Column(name = "decided_at")
    @Getter(AccessLevel.NONE)
    private LocalDateTime decidedAt;

    protected ErasureRequest() {
    }

    public ErasureRequest(long accountId, String personLabel, LocalDateTime now) {
        this.accountId = accountId;
        this.personLabel = personLabel.length() > 300 ? personLabel.substring(0, 300) : personLabel;
        this.requestedAt = now;
        this.status = "REQUESTED";
    }

    /** Carried out: the label no longer names the person, only that someone was erased. */
    public void done(String staff, LocalDateTime now) {
        requireOpen();
        status = "DONE";
        personLabel = "#" + accountId;
        accountId = null;
        decidedBy = staff;
        decidedAt = now;
    }

    public void reject(String staff, LocalDateTime now) {
        requireOpen();
        status = "REJECTED";
        decidedBy = staff;
        decidedAt = now;
    }

    private void requireOpen() {
        if (!"REQUESTED".equals(status)) {
            throw new BusinessException("erasure.notOpen");
        }
    }
}
