package bg.libpartners.directory;

/**
 * One organisation as lists, maps and other modules see it. {@code type} is the partner type, the library kind or
 * {@code CHITALISHTE}, so one column can show it; {@code subtype} only for partners. Coordinates may be null;
 * {@code positionSource} says where they come from (null without them).
 */
public record OrganisationSummary(
        long id,
        OrganisationKind kind,
        String name,
        String type,
        String subtype,
        String eik,
        String ekatte,
        String settlementName,
        String municipalityCode,
        String municipalityName,
        String oblastCode,
        String oblastName,
        Double lat,
        Double lon,
        StrategicLevel strategic,
        OrganisationStatus status,
        String country,
        PositionSource positionSource) {

    /** True when the point is only its settlement's centre. */
    public boolean approximatePosition() {
        return positionSource != null && positionSource.approximate();
    }

    public OrganisationId organisationId() {
        return new OrganisationId(id);
    }
}
