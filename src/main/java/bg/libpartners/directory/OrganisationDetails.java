package bg.libpartners.directory;

import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import java.time.Instant;
import java.util.List;

/**
 * Everything the detail page shows. The contact fields (e-mails, phones) are personal data: they
 * are null unless the reader may see them ({@code contactsVisible}). {@code kmFromSettlement} is how far an exact
 * point (imported or pinned) lies from its settlement's centre, null for an approximate one or without a settlement.
 */
public record OrganisationDetails(
        OrganisationSummary summary,
        Integer registerNo,
        boolean eikValid,
        String address,
        LibraryKind libraryKind,
        PartnerType partnerType,
        PartnerSubtype partnerSubtype,
        Long parentId,
        String parentName,
        boolean contactsVisible,
        String emails,
        String phones,
        String website,
        String description,
        String strategicReason,
        Instant consentAt,
        Instant updatedAt,
        long version,
        List<OrganisationSummary> held,
        boolean editable,
        Double kmFromSettlement) {

    /** Farther than this from its settlement's centre, an exact point is worth a second look (a warning, not an error). */
    public static final double FAR_KM = 15;

    /** The same record as one asker sees it: the contacts only for those who may edit. */
    OrganisationDetails seenBy(boolean mayEdit) {
        return new OrganisationDetails(
                summary,
                registerNo,
                eikValid,
                address,
                libraryKind,
                partnerType,
                partnerSubtype,
                parentId,
                parentName,
                mayEdit,
                mayEdit ? emails : null,
                mayEdit ? phones : null,
                website,
                description,
                strategicReason,
                consentAt,
                updatedAt,
                version,
                held,
                mayEdit,
                kmFromSettlement);
    }

    /** True when the exact point lies more than {@link #FAR_KM} from its settlement's centre. */
    public boolean farFromSettlement() {
        return kmFromSettlement != null && kmFromSettlement > FAR_KM;
    }
}
