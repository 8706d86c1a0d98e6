package bg.libpartners.directory.web;

import bg.libpartners.directory.LibraryKind;
import bg.libpartners.directory.OrganisationInput;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.StrategicLevel;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;

/**
 * An organisation as the API takes it; {@code version} is required on edit to catch a lost update. {@code lat} and
 * {@code lon} are decimal degrees, both or neither: new ones pin the point, none put it at the settlement's centre.
 */
record OrganisationRequest(
        OrganisationKind kind,
        String name,
        String eik,
        OrganisationStatus status,
        LibraryKind libraryKind,
        PartnerType partnerType,
        PartnerSubtype partnerSubtype,
        Long parentId,
        String country,
        String address,
        String ekatte,
        Double lat,
        Double lon,
        String emails,
        String phones,
        String website,
        String description,
        StrategicLevel strategic,
        String strategicReason,
        Boolean consent,
        Long version) {

    OrganisationInput toInput(Long version) {
        return new OrganisationInput(
                kind,
                name,
                eik,
                status,
                libraryKind,
                partnerType,
                partnerSubtype,
                parentId,
                country,
                address,
                ekatte,
                lat,
                lon,
                emails,
                phones,
                website,
                description,
                strategic,
                strategicReason,
                Boolean.TRUE.equals(consent),
                version);
    }
}
