package bg.libpartners.directory;

/** The kinds of library in Bulgaria's network. */
public enum LibraryKind {
    CHITALISHTE,
    MUNICIPAL,
    REGIONAL,
    SCHOOL,
    UNIVERSITY,
    OTHER
}
