package bg.libpartners.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select a from AuditEntry a
            where (:entity is null or a.entity = :entity) and (:entityId is null or a.entityId = :entityId)
              and (:actor is null or a.actor = :actor)
            order by a.id desc""")
    Page<AuditEntry> search(String entity, String entityId, String actor, Pageable pageable);
}
