package bg.libpartners.directory;

/** An organisation's list of people: a chitalishte has a board (настоятелство), a library or a partner has staff. */
public enum PeopleList {
    BOARD,
    STAFF;

    /** The list an organisation of this kind keeps. */
    public static PeopleList of(OrganisationKind kind) {
        return kind == OrganisationKind.CHITALISHTE ? BOARD : STAFF;
    }
}
