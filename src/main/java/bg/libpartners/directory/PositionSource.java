package bg.libpartners.directory;

/**
 * Where an organisation's point on the map comes from. A point at its settlement's centre is approximate (a village
 * has one chitalishte, a city dozens at the same spot); an imported or pinned one is exact.
 */
public enum PositionSource {
    /** The centre of its settlement, set with the settlement (register, forms, partner import): approximate. */
    SETTLEMENT,
    /** A coordinates file ({@code POST /api/v1/imports/coordinates}). */
    IMPORT,
    /** Placed by an editor: the pin on the map or the coordinate fields of the form, or the API. */
    PIN;

    public boolean approximate() {
        return this == SETTLEMENT;
    }
}
