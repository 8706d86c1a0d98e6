package bg.libpartners.directory;

import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
/**
 * What a form or an API call may set on an organisation; the service checks it (EIK check digit, the subtype under
 * its type, the settlement, consent of a person) and names each wrong field. {@code version} guards against a lost
 * update on edit.
 */
public record OrganisationInput(OrganisationKind kind, String name, String eik, OrganisationStatus status,
        LibraryKind libraryKind, PartnerType partnerType, PartnerSubtype partnerSubtype, Long parentId,
        String country, String address, String ekatte, Double lat, Double lon,
        String emails, String phones, String website, String description, StrategicLevel strategic,
        String strategicReason, boolean consent, Long version) {
}
