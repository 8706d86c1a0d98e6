package bg.libpartners.account;

/**
 * What a scope refers to: an oblast code, a library id, a chitalishte id, a partner organisation id, or the id of one
 * party of one partnership (a representative invited from a partnership: rights on that partnership only).
 */
public enum ScopeKind {
    OBLAST,
    LIBRARY,
    CHITALISHTE,
    ORGANISATION,
    PARTY;

    /** The kind of the forms' pickers ({@code platform.pick.PickService}) that names and finds records of this kind. */
    public String pickKind() {
        return switch (this) {
            case OBLAST -> "oblast";
            case LIBRARY -> "library";
            case CHITALISHTE -> "chitalishte";
            case ORGANISATION -> "partner";
            case PARTY -> "party";
        };
    }
}
