package bg.libpartners.insight;

import java.util.Optional;

/**
 * Where a library or chitalishte is, for the scope checks and headings of the library dashboards. Implemented by the
 * directory module (the insight module never reads its tables, and does not depend on it).
 */
public interface OrganisationPlaces {

    Optional<Place> place(long organisationId);

    /**
     * @param id the organisation
     * @param name its name
     * @param library whether it is a library or a chitalishte (the organisations that have a library dashboard)
     * @param oblast its oblast code, or null
     * @param municipality its municipality code, or null
     * @param holderId the chitalishte that holds a library, or null
     */
    record Place(long id, String name, boolean library, String oblast, String municipality, Long holderId) {}
}
