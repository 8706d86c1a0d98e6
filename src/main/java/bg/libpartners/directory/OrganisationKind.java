package bg.libpartners.directory;

/** What an organisation in the directory is: the legal entity of a community centre, a library or a partner. */
public enum OrganisationKind {
    CHITALISHTE,
    LIBRARY,
    PARTNER
}
