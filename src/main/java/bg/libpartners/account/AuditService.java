package bg.libpartners.account;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail (admins only, by the security configuration), and the entries for rows other modules write
 * with plain SQL, which the trail does not see by itself.
 */
@Service
public class AuditService {

    private final AuditEntries entries;
    private final AuditTrail trail;

    AuditService(AuditEntries entries, AuditTrail trail) {
        this.entries = entries;
        this.trail = trail;
    }

    /**
     * One {@code CREATE} entry per row that the current transaction inserted with plain SQL (a bulk import): the
     * entity's name as the trail names it, and the entry's text by row id. Written in the caller's transaction, so
     * that it rolls back with the rows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entity, Map<?, String> changesById) {
        if (!changesById.isEmpty()) {
            trail.writeNow("CREATE", entity, changesById);
        }
    }

    public record AuditView(
            Long id, Instant at, String actor, String action, String entity, String entityId, String changes) {}

    @Transactional(readOnly = true)
    public Page<AuditView> search(String entity, String entityId, String actor, Pageable pageable) {
        return entries.search(blankToNull(entity), blankToNull(entityId), blankToNull(actor), pageable)
                .map(a -> new AuditView(
                        a.getId(),
                        a.getAt(),
                        a.getActor(),
                        a.getAction(),
                        a.getEntity(),
                        a.getEntityId(),
                        a.getChanges()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
