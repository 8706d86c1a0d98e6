package bg.libpartners.directory;

/** How other modules reference any party in the directory: a chitalishte, a library or a partner. */
public record OrganisationId(long value) {

    public static OrganisationId of(long value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
