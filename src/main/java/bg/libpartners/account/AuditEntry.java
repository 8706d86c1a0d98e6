package bg.libpartners.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A line of the audit trail, read-only: it is written by {@link AuditTrail} in the changing transaction. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private Long id;

    private Instant at;

    private String actor;

    private String action;

    private String entity;

    @Column(name = "entity_id")
    private String entityId;

    private String changes;

    protected AuditEntry() {}

    Long getId() {
        return id;
    }

    Instant getAt() {
        return at;
    }

    String getActor() {
        return actor;
    }

    String getAction() {
        return action;
    }

    String getEntity() {
        return entity;
    }

    String getEntityId() {
        return entityId;
    }

    String getChanges() {
        return changes;
    }
}
