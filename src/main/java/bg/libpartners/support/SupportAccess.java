package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import java.util.Set;

/**
 * Who may see and do what with a request, decided in the service for every call (pages and API alike).
 * <ul>
 * <li>the asker's side: the asker, the staff of the request's library, the board of the chitalishte that holds it;
 * they read the thread without internal notes, write to it, close, reopen and rate;</li>
 * <li>the support side: admins; coordinators of the request's oblast; the assigned expert, and an expert of the
 * request's topic while it waits unassigned; they read everything, answer and write internal notes;</li>
 * <li>anyone else: the request does not exist for them (404).</li>
 * </ul>
 */
final class SupportAccess {

    private SupportAccess() {}

    static boolean askerSide(CurrentUser me, SupportRequest r) {
        return me.id() != null && me.id().equals(r.getAskerId())
                || me.role() == Role.LIBRARIAN && me.refs(ScopeKind.LIBRARY).contains(String.valueOf(r.getLibraryId()))
                || me.role() == Role.BOARD_MEMBER
                        && r.getChitalishteId() != null
                        && me.refs(ScopeKind.CHITALISHTE).contains(String.valueOf(r.getChitalishteId()));
    }

    static boolean coordinates(CurrentUser me, SupportRequest r) {
        return me.isAdmin()
                || me.role() == Role.COORDINATOR
                        && r.getOblastCode() != null
                        && me.refs(ScopeKind.OBLAST).contains(r.getOblastCode());
    }

    static boolean assignedExpert(CurrentUser me, SupportRequest r) {
        return me.role() == Role.EXPERT && me.id() != null && me.id().equals(r.getExpertId());
    }

    /** An expert may look at (and take) a request of their topics while nobody has it. */
    static boolean mayTake(CurrentUser me, SupportRequest r, Set<Long> myTopics) {
        return me.role() == Role.EXPERT
                && r.getExpertId() == null
                && r.getStatus() == SupportStatus.NEW
                && myTopics.contains(r.getTopicId());
    }

    static boolean supportSide(CurrentUser me, SupportRequest r, Set<Long> myTopics) {
        return coordinates(me, r) || assignedExpert(me, r) || mayTake(me, r, myTopics);
    }

    static boolean mayView(CurrentUser me, SupportRequest r, Set<Long> myTopics) {
        return askerSide(me, r) || supportSide(me, r, myTopics);
    }

    /** Those who write answers the asker reads: the assigned expert, the oblast's coordinators, admins. */
    static boolean mayAnswer(CurrentUser me, SupportRequest r) {
        return coordinates(me, r) || assignedExpert(me, r);
    }

    static Side sideOf(CurrentUser me, SupportRequest r) {
        if (assignedExpert(me, r) || me.role() == Role.EXPERT) {
            return Side.EXPERT;
        }
        if (coordinates(me, r) && !askerSide(me, r)) {
            return Side.COORDINATOR;
        }
        return Side.ASKER;
    }
}
