package bg.libpartners.directory;

import bg.libpartners.platform.ChangeMark;
import bg.libpartners.taxonomy.PartnerType;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The directory's published read view for read models of the organisations on the map (the atlas): the public
 * organisations with coordinates, streamed row by row from the database without loading entities, and the mark to
 * poll for changes; the details of some of them; and, while such a read model is being built, the organisations in an
 * {@link Area} counted, grouped or listed by the database. Individuals (personal data) and closed organisations are
 * never in it.
 */
public interface OrganisationPoints {

    /** One organisation; the strings are the database's and may be kept, the call returns before the next row. */
    @FunctionalInterface
    interface Row {
        void accept(
                long id,
                OrganisationKind kind,
                PartnerType type,
                double lat,
                double lon,
                String oblastCode,
                String municipalityCode);
    }

    /**
     * Every public organisation with coordinates, in id order, in the caller's transaction (so a read model can read
     * this and another module's view at one moment, under repeatable read).
     */
    void stream(Row row);

    /** The newest change and the highest id of any organisation. */
    ChangeMark lastChange();

    /**
     * An organisation as a map shows it. {@code type}: the partner type, else {@code LIBRARY_} and the library's kind,
     * else the kind; {@code position}: where the point comes from (SETTLEMENT, IMPORT or PIN; null if unknown).
     */
    record Point(
            long id,
            String name,
            OrganisationKind kind,
            String type,
            double lat,
            double lon,
            String settlement,
            String municipalityCode,
            String oblastCode,
            String strategic,
            String position) {}

    /** The public organisations among {@code ids}, in no order (one without coordinates at 0, 0: a network node). */
    List<Point> points(Collection<Long> ids);

    /**
     * Public organisations with coordinates in a box.
     *
     * @param kinds of these kinds
     * @param oblastCode, municipalityCode in that region (null: any)
     * @param partnerTypes partners of one of these types only (empty: any)
     * @param libraries libraries and chitalishta among these ids only (null: any)
     * @param only among these ids only (null: any)
     */
    record Area(
            double south,
            double north,
            double west,
            double east,
            Set<OrganisationKind> kinds,
            String oblastCode,
            String municipalityCode,
            Set<PartnerType> partnerTypes,
            long[] libraries,
            long[] only) {}

    /** Organisations of one square cell: how many, how many of them libraries, their mean position, the least id. */
    record Cell(long count, long libraries, double lat, double lon, long anyId) {}

    /** The organisations in the area grouped into square cells of {@code cell} degrees (an exact binary fraction). */
    List<Cell> cells(Area area, double cell);

    /** The organisations in the area, by id, at most {@code limit}. */
    List<Point> points(Area area, int limit);

    long count(Area area);

    /** The ids of the organisations in the area, in no order. */
    long[] ids(Area area);
}
