package bg.libpartners.directory;

import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a form or an API call may set on an organisation. The constraints of one field are declared here (Bean
 * Validation, each message a key that names the field); {@link DirectoryEditor} checks what depends on other
 * fields or on stored data (EIK check digit, the subtype under its type, the settlement, a point inside Bulgaria,
 * consent of a person) and names each wrong field. {@code version} guards against a lost update on edit.
 */
public record OrganisationInput(
        OrganisationKind kind,

        @NotBlank(message = "{directory.error.name}") @Size(max = 500, message = "{directory.error.name}")
        String name,

        String eik,
        OrganisationStatus status,
        LibraryKind libraryKind,
        PartnerType partnerType,
        PartnerSubtype partnerSubtype,
        Long parentId,
        String country,

        @Size(max = 500, message = "{directory.error.long.address}")
        String address,

        String ekatte,

        @DecimalMin(value = "-90", message = "{directory.error.lat}")
        @DecimalMax(value = "90", message = "{directory.error.lat}")
        Double lat,

        @DecimalMin(value = "-180", message = "{directory.error.lon}")
        @DecimalMax(value = "180", message = "{directory.error.lon}")
        Double lon,

        @Size(max = 1000, message = "{directory.error.long.emails}")
        String emails,

        @Size(max = 500, message = "{directory.error.long.phones}")
        String phones,

        @Size(max = 500, message = "{directory.error.long.website}")
        String website,

        @Size(max = 4000, message = "{directory.error.long.description}")
        String description,

        StrategicLevel strategic,

        @Size(max = 1000, message = "{directory.error.long.strategicReason}")
        String strategicReason,

        boolean consent,
        Long version) {}
