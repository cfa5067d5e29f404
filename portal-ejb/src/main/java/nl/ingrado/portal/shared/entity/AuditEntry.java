package nl.ingrado.portal.shared.entity;

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

/** Who changed what, when: written in the transaction of the change, never updated or deleted. */
@Entity
@Table(name = "audit_entry")
@Getter
public class AuditEntry implements Serializable {

    // a view keeps detached copies, and the view state moves with the session to another node
    @Serial
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Getter(AccessLevel.NONE)
    private Long id;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(String entityType, long entityId, String action, String actor, LocalDateTime at,
            String changes) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.changes = changes;
    }
}
