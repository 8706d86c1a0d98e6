package bg.libpartners.event;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.Scope;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationSummary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an event. An admin everything; a coordinator the events of their oblasts; a librarian the
 * events of their libraries; the organiser their own. An event is seen by those, by its audience (scope keys: the
 * people of an oblast, a chitalishte's board, the parties of a partnership, a role), by its registrants, and by
 * everyone when it is public.
 */
@Component
class EventAccess {

    static final String ALL = "ALL";

    private final Directory directory;

    EventAccess(Directory directory) {
        this.directory = directory;
    }

    static boolean mayCreate(CurrentUser me) {
        return me != null && (me.isAdmin() || me.is(Role.COORDINATOR) || me.is(Role.LIBRARIAN));
    }

    boolean mayManage(CurrentUser me, Event e) {
        if (me == null) {
            return false;
        }
        if (me.isAdmin() || me.id() != null && me.id().equals(e.getOrganiserId()) && mayCreate(me)) {
            return true;
        }
        return switch (me.role()) {
            case COORDINATOR -> e.getOblastCode() != null && me.covers(ScopeKind.OBLAST, e.getOblastCode());
            case LIBRARIAN -> e.getLibraryId() != null && me.covers(ScopeKind.LIBRARY, e.getLibraryId());
            default -> false;
        };
    }

    boolean invited(CurrentUser me, Event e) {
        if (me == null) {
            return false;
        }
        var keys = keysOf(me);
        return e.hasRole(me.role().name()) && e.getAudienceKeys().stream().anyMatch(keys::contains);
    }

    /**
     * The audience keys a person matches: their scopes ({@code LIBRARY:3}), the oblasts their libraries, chitalishta
     * and organisations are in ({@code OBLAST:PDV}), and {@code ALL}.
     */
    Set<String> keysOf(CurrentUser me) {
        var keys = new LinkedHashSet<String>();
        keys.add(ALL);
        var ids = new java.util.ArrayList<Long>();
        for (Scope s : me.scopes()) {
            keys.add(s.kind() + ":" + s.ref());
            if (s.kind() == ScopeKind.LIBRARY
                    || s.kind() == ScopeKind.CHITALISHTE
                    || s.kind() == ScopeKind.ORGANISATION) {
                try {
                    ids.add(Long.parseLong(s.ref()));
                } catch (NumberFormatException ignored) {
                    // a malformed scope matches nothing more
                }
            }
        }
        directory.findAll(ids).stream()
                .map(OrganisationSummary::oblastCode)
                .filter(java.util.Objects::nonNull)
                .forEach(o -> keys.add("OBLAST:" + o));
        return keys;
    }

    /** Oblasts and libraries a person manages events of, for list queries (empty when none). */
    static List<String> managedOblasts(CurrentUser me) {
        return me == null || !me.is(Role.COORDINATOR) ? List.of() : List.copyOf(me.refs(ScopeKind.OBLAST));
    }

    static List<Long> managedLibraries(CurrentUser me) {
        var refs = me == null || !me.is(Role.LIBRARIAN) ? Set.<String>of() : me.refs(ScopeKind.LIBRARY);
        return refs.stream()
                .filter(r -> r.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
    }
}
