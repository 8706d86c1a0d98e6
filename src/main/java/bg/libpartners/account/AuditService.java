package bg.libpartners.account;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail (admins only, by the security configuration). */
@Service
public class AuditService {

    private final AuditEntries entries;

    AuditService(AuditEntries entries) {
        this.entries = entries;
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
