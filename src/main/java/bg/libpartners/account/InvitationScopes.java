package bg.libpartners.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations whose scope names a record that another module has replaced: when the directory merges a duplicate,
 * an invitation to work for the removed library, chitalishte or organisation is re-pointed to the one that stays,
 * like the scopes of existing users ({@link AccountService#repointScopes}). Called by the directory (which depends
 * on this module, so account cannot listen to the directory's event itself); joins the caller's transaction.
 * <p>The account module's repository of invitation scopes (tables {@code invitation_scope}, {@code invitation}).
 */
@Service
public class InvitationScopes {

    @PersistenceContext
    private EntityManager entityManager;

    /** Re-points every invitation (pending or accepted) with this scope; returns how many changed. */
    @Transactional
    public int repoint(ScopeKind kind, String from, String to) {
        // An invitation that already names the record that stays keeps that one row.
        entityManager
                .createNativeQuery("delete from invitation_scope where kind = :kind and ref = :from"
                        + " and invitation_id in (select s.invitation_id from invitation_scope s"
                        + " where s.kind = :kind and s.ref = :to)")
                .setParameter("kind", kind.name())
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate();
        int changed = entityManager
                .createNativeQuery("update invitation_scope set ref = :to" + " where kind = :kind and ref = :from")
                .setParameter("to", to)
                .setParameter("kind", kind.name())
                .setParameter("from", from)
                .executeUpdate();
        // the invitation's first scope, kept on the invitation row itself, moves too
        entityManager
                .createNativeQuery(
                        "update invitation set scope_ref = :to where scope_kind = :kind" + " and scope_ref = :from")
                .setParameter("to", to)
                .setParameter("kind", kind.name())
                .setParameter("from", from)
                .executeUpdate();
        return changed;
    }
}
