package bg.libpartners.directory;

import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import java.time.Instant;
import java.util.List;

/**
 * Everything the detail page shows. The contact fields (chair, secretary, e-mails, phones) are personal data: they
 * are null unless the reader may see them ({@code contactsVisible}).
 */
public record OrganisationDetails(OrganisationSummary summary, Integer registerNo, boolean eikValid, String address,
        LibraryKind libraryKind, PartnerType partnerType, PartnerSubtype partnerSubtype, Long parentId,
        String parentName, boolean contactsVisible, String chair, String secretary, String emails, String phones,
        String website, String description, String strategicReason, Instant consentAt, Instant updatedAt,
        long version, List<OrganisationSummary> held, boolean editable) {
}
