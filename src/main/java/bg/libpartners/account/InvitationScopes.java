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
 */
@Service
public class InvitationScopes {

    @PersistenceContext
    private EntityManager entityManager;

    /** Re-points every invitation (pending or accepted) with this scope; returns how many changed. */
    @Transactional
    public int repoint(ScopeKind kind, String from, String to) {
        return entityManager.createQuery("update Invitation i set i.scopeRef = :to"
                        + " where i.scopeKind = :kind and i.scopeRef = :from")
                .setParameter("to", to).setParameter("kind", kind).setParameter("from", from).executeUpdate();
    }
}
