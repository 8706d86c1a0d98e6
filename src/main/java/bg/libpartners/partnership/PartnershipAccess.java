package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a partnership: librarians those led by their libraries, coordinators those in their
 * oblasts, admins all; board members see those of the libraries their chitalishte holds; partners those their
 * organisation is party to.
 */
@Component
public class PartnershipAccess {

    public boolean mayEdit(CurrentUser me, PartnershipDetails p) {
        if (me == null) {
            return false;
        }
        return switch (me.role()) {
            case ADMIN -> true;
            case COORDINATOR ->
                p.oblastCode() != null && me.refs(ScopeKind.OBLAST).contains(p.oblastCode());
            case LIBRARIAN -> me.refs(ScopeKind.LIBRARY).contains(String.valueOf(p.leadLibraryId()));
            default -> false;
        };
    }

    public boolean mayView(CurrentUser me, PartnershipDetails p) {
        if (mayEdit(me, p)) {
            return true;
        }
        if (me == null) {
            return false;
        }
        return switch (me.role()) {
            case BOARD_MEMBER -> isBoardOf(me, p);
            case PARTNER -> p.parties().stream().anyMatch(x -> represents(me, x));
            default -> false;
        };
    }

    /** A member of the board of the chitalishte that holds the lead library. */
    public boolean isBoardOf(CurrentUser me, PartnershipDetails p) {
        return me != null
                && me.role() == Role.BOARD_MEMBER
                && p.holderId() != null
                && me.refs(ScopeKind.CHITALISHTE).contains(String.valueOf(p.holderId()));
    }

    /**
     * The representative of this party (or an admin) may confirm it and comment on it: a partner who holds the
     * party's organisation, or who was invited for this very party.
     */
    public boolean representsParty(CurrentUser me, PartnershipDetails.PartyView party) {
        return me != null && (me.isAdmin() || me.role() == Role.PARTNER && represents(me, party));
    }

    private static boolean represents(CurrentUser me, PartnershipDetails.PartyView party) {
        return me.refs(ScopeKind.ORGANISATION).contains(String.valueOf(party.organisationId()))
                || me.refs(ScopeKind.PARTY).contains(String.valueOf(party.id()));
    }

    boolean mayLead(CurrentUser me, OrganisationSummary library) {
        if (me == null || library.kind() != OrganisationKind.LIBRARY) {
            return false;
        }
        return switch (me.role()) {
            case ADMIN -> true;
            case COORDINATOR ->
                library.oblastCode() != null && me.refs(ScopeKind.OBLAST).contains(library.oblastCode());
            case LIBRARIAN -> me.refs(ScopeKind.LIBRARY).contains(String.valueOf(library.id()));
            default -> false;
        };
    }

    public void checkView(CurrentUser me, PartnershipDetails p) {
        if (!mayView(me, p)) {
            throw new AccessDeniedException("partnership " + p.id());
        }
    }

    public void checkEdit(CurrentUser me, PartnershipDetails p) {
        if (!mayEdit(me, p)) {
            throw new AccessDeniedException("partnership " + p.id());
        }
    }
}
