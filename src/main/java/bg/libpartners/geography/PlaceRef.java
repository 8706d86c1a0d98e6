package bg.libpartners.geography;

/**
 * Where a place named by a register lies. {@code approximate} is true when the name did not match a settlement
 * exactly (a former name, a quarter of a town, a near spelling): worth a look in an import report.
 */
public record PlaceRef(
        String oblastCode,
        String municipalityCode,
        String ekatte,
        String nameBg,
        Double lat,
        Double lon,
        boolean approximate) {}
