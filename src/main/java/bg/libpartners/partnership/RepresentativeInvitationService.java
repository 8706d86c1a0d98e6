package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.InvitationService;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.NotFoundException;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whoever may edit a partnership (its library's librarian, the oblast's coordinator, an admin) invites the
 * representative of one of its parties. The invitation gives the role of partner with the scope of that one party
 * ({@link ScopeKind#PARTY}): the person sees this partnership and may confirm and comment on their party, nothing
 * more. Rights on the organisation itself (its record, its other partnerships) are asked for afterwards and approved
 * by a coordinator of its oblast or an existing representative (the directory's representation requests).
 */
@Service
public class RepresentativeInvitationService {

    private final PartnershipService partnerships;
    private final PartnershipAccess access;
    private final InvitationService invitations;

    RepresentativeInvitationService(
            PartnershipService partnerships, PartnershipAccess access, InvitationService invitations) {
        this.partnerships = partnerships;
        this.access = access;
        this.invitations = invitations;
    }

    /** @throws org.springframework.security.access.AccessDeniedException when the user may not edit it */
    @Transactional
    public InvitationService.Sent invite(
            CurrentUser me, long partnershipId, long partyId, String email, Locale locale) {
        var p = partnerships.get(me, partnershipId);
        access.checkEdit(me, p);
        var party = p.parties().stream()
                .filter(x -> x.id() == partyId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("partnership.error.partyNotFound", partyId));
        return invitations.inviteOnBehalf(me, email, Role.PARTNER, Scope.of(ScopeKind.PARTY, party.id()), locale);
    }
}
