package bg.libpartners.partnership;

import java.util.List;
import java.util.Set;

/** What the map and network need of one partnership; paged through with {@link PartnershipCatalog#atlasPage}. */
public record AtlasPartnership(long id, String title, PartnershipStatus status, long leadLibraryId,
        List<PartyRef> parties, Set<String> fields, Set<String> targetGroups, Integer startYear, Integer endYear) {

    /** A party by its directory id and its partner type ({@code LIBRARY} when the party is another library). */
    public record PartyRef(long organisationId, String partnerType) {}
}
