package bg.libpartners.directory;

/** A search over the directory: free text (may be blank) and facet filters (each may be null or blank). */
public record SearchFilter(
        String q,
        OrganisationKind kind,
        String type,
        String oblast,
        String municipality,
        OrganisationStatus status,
        StrategicLevel strategic) {

    public static SearchFilter all() {
        return new SearchFilter(null, null, null, null, null, null, null);
    }
}
