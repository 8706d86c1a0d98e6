package bg.libpartners.funding;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with calls, applications and grants. Admins run the programme; a librarian applies for and reports
 * on their own libraries; a coordinator sees the applications and grants of their oblasts; an expert sees only the
 * applications they were assigned to and did not declare a conflict for.
 */
@Component
class FundingAccess {

    private final Reviews reviews;

    FundingAccess(Reviews reviews) {
        this.reviews = reviews;
    }

    static void checkAdmin(CurrentUser me) {
        if (me == null || !me.isAdmin()) {
            throw new AccessDeniedException("funding: admins only");
        }
    }

    /** Librarians of the library and admins act for it. */
    static boolean actsFor(CurrentUser me, long libraryId) {
        return me != null
                && (me.isAdmin()
                        || me.role() == Role.LIBRARIAN
                                && me.refs(ScopeKind.LIBRARY).contains(String.valueOf(libraryId)));
    }

    /** Those who act for the library, and the coordinators of its oblast. */
    static boolean oversees(CurrentUser me, long libraryId, String oblast) {
        return actsFor(me, libraryId)
                || me != null
                        && me.role() == Role.COORDINATOR
                        && oblast != null
                        && me.refs(ScopeKind.OBLAST).contains(oblast);
    }

    boolean mayView(CurrentUser me, Application a) {
        if (oversees(me, a.getLibraryId(), a.getOblastCode())) {
            return true;
        }
        return me != null
                && me.role() == Role.EXPERT
                && a.getStatus() != ApplicationStatus.DRAFT
                && reviews.findByApplicationIdAndReviewerId(a.getId(), me.id())
                        .filter(r -> r.getStatus() != ReviewStatus.CONFLICT)
                        .isPresent();
    }

    void checkView(CurrentUser me, Application a) {
        if (!mayView(me, a)) {
            throw new AccessDeniedException("application " + a.getId());
        }
    }

    static void checkActsFor(CurrentUser me, long libraryId) {
        if (!actsFor(me, libraryId)) {
            throw new AccessDeniedException("library " + libraryId);
        }
    }

    static void checkOversees(CurrentUser me, long libraryId, String oblast) {
        if (!oversees(me, libraryId, oblast)) {
            throw new AccessDeniedException("library " + libraryId);
        }
    }
}
