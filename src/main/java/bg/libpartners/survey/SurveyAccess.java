package bg.libpartners.survey;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.NotFoundException;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with surveys: admins everything; a coordinator the campaigns whose oblasts are all theirs (a
 * national campaign is the admins'); a librarian answers for their libraries, a board member for their chitalishte.
 * Another oblast's campaign is a 403; another library's answer is a 404 (its invitation is not shown to them).
 */
@Component
class SurveyAccess {

    boolean mayManage(CurrentUser me, Set<String> oblasts) {
        if (me == null) {
            return false;
        }
        if (me.isAdmin()) {
            return true;
        }
        return me.role() == Role.COORDINATOR
                && !oblasts.isEmpty()
                && me.refs(ScopeKind.OBLAST).containsAll(oblasts);
    }

    void checkManage(CurrentUser me, Campaign c) {
        if (!mayManage(me, c.getOblasts())) {
            throw new AccessDeniedException("campaign " + c.getId());
        }
    }

    boolean mayAnswer(CurrentUser me, Invitation inv) {
        if (me == null) {
            return false;
        }
        String org = String.valueOf(inv.organisationId());
        return switch (me.role()) {
            case ADMIN -> true;
            case LIBRARIAN ->
                "LIBRARY".equals(inv.kind()) && me.refs(ScopeKind.LIBRARY).contains(org);
            case BOARD_MEMBER ->
                "CHITALISHTE".equals(inv.kind())
                        && me.refs(ScopeKind.CHITALISHTE).contains(org);
            default -> false;
        };
    }

    /** The one who answers, or the coordinator of its oblast, may read an answer. */
    boolean mayRead(CurrentUser me, Invitation inv) {
        return mayAnswer(me, inv)
                || me != null
                        && me.role() == Role.COORDINATOR
                        && inv.oblastCode() != null
                        && me.refs(ScopeKind.OBLAST).contains(inv.oblastCode());
    }

    void checkAnswer(CurrentUser me, Invitation inv) {
        if (!mayAnswer(me, inv)) {
            throw new NotFoundException("survey.error.invitationNotFound", inv.organisationId());
        }
    }
}
