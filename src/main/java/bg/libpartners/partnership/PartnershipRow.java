package bg.libpartners.partnership;

import java.time.LocalDate;

/** One line of a partnership list, read as a projection. */
public record PartnershipRow(
        long id,
        String title,
        long leadLibraryId,
        String leadLibraryName,
        String oblastCode,
        PartnershipStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String partnerTypes) {}
