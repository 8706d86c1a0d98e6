package bg.libpartners.directory;

import bg.libpartners.platform.ChangeMark;
import bg.libpartners.taxonomy.PartnerType;

/**
 * The directory's published read view for read models that hold every organisation on the map in memory (the atlas):
 * the public organisations with coordinates, streamed row by row from the database without loading entities, and the
 * mark to poll for changes. Individuals (personal data) and closed organisations are not in it.
 */
public interface OrganisationPoints {

    /** One organisation; the strings are the database's and may be kept, the call returns before the next row. */
    @FunctionalInterface
    interface Row {
        void accept(long id, OrganisationKind kind, PartnerType type, double lat, double lon, String oblastCode,
                String municipalityCode);
    }

    /**
     * Every public organisation with coordinates, in id order, in the caller's transaction (so a read model can read
     * this and another module's view at one moment, under repeatable read).
     */
    void stream(Row row);

    /** The newest change and the highest id of any organisation. */
    ChangeMark lastChange();
}
