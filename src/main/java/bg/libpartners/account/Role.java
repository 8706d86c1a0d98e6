package bg.libpartners.account;

import java.util.EnumSet;
import java.util.Set;

/** The roles of MISSION.md; each user has one. */
public enum Role {
    ADMIN,
    COORDINATOR,
    LIBRARIAN,
    BOARD_MEMBER,
    PARTNER,
    EXPERT;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The scope a user of this role must be given, or null when the role is not scoped. */
    public ScopeKind scopeKind() {
        return switch (this) {
            case COORDINATOR -> ScopeKind.OBLAST;
            case LIBRARIAN -> ScopeKind.LIBRARY;
            case BOARD_MEMBER -> ScopeKind.CHITALISHTE;
            case PARTNER -> ScopeKind.ORGANISATION;
            case ADMIN, EXPERT -> null;
        };
    }

    /**
     * Whether a user of this role may hold a scope of this kind: the role's own kind, and for a partner also one party
     * of one partnership ({@link ScopeKind#PARTY}), which a representative invited from a partnership gets.
     */
    public boolean holds(ScopeKind kind) {
        return kind != null && (kind == scopeKind() || this == PARTNER && kind == ScopeKind.PARTY);
    }

    /** Coordinators bring people into their oblasts; only the programme team makes admins and coordinators. */
    public Set<Role> mayInvite() {
        return switch (this) {
            case ADMIN -> EnumSet.allOf(Role.class);
            case COORDINATOR -> EnumSet.of(LIBRARIAN, BOARD_MEMBER, PARTNER, EXPERT);
            default -> EnumSet.noneOf(Role.class);
        };
    }
}
