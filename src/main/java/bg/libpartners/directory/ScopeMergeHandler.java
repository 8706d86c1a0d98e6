package bg.libpartners.directory;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.InvitationScopes;
import bg.libpartners.account.ScopeKind;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A user responsible for the merged-away duplicate becomes responsible for the record that stays, and so does an
 * invitation to become one. Here, not in account, because directory already depends on account. A plain
 * listener, so it runs inside the merge's transaction: either all move or none.
 */
@Component
class ScopeMergeHandler {

    /** Organisation ids are unique across kinds, so every kind of scope that names the id can follow it. */
    private static final List<ScopeKind> KINDS =
            List.of(ScopeKind.LIBRARY, ScopeKind.CHITALISHTE, ScopeKind.ORGANISATION);

    private final AccountService accounts;
    private final InvitationScopes invitations;

    ScopeMergeHandler(AccountService accounts, InvitationScopes invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        for (var kind : KINDS) {
            accounts.repointScopes(
                    kind, merged.removed().toString(), merged.kept().toString());
            invitations.repoint(kind, merged.removed().toString(), merged.kept().toString());
        }
    }
}
