package bg.libpartners.partnership;

/** The list filters; each may be null. */
public record PartnershipFilter(Long libraryId, String partnerType, PartnershipStatus status, String oblast) {

    public static PartnershipFilter none() {
        return new PartnershipFilter(null, null, null, null);
    }
}
