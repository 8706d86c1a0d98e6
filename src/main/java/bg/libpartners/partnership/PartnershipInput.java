package bg.libpartners.partnership;

import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The whole record as the API and the forms give it; {@code version} is the one the client last saw. */
public record PartnershipInput(
        String title,
        Long leadLibraryId,
        Set<TargetGroup> targetGroups,
        Set<ActivityField> fields,
        String need,
        String concept,
        String goals,
        String channels,
        String meetingRhythm,
        String reporting,
        String evaluation,
        String sharedCosts,
        String sharedPremises,
        LocalDate startDate,
        LocalDate endDate,
        List<PartyInput> parties,
        Long version,
        LeadParty lead) {

    /** {@code lead}: what the lead library takes on; left as it was when absent (null). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public PartnershipInput {
        targetGroups = targetGroups == null ? Set.of() : targetGroups;
        fields = fields == null ? Set.of() : fields;
        parties = parties == null ? List.of() : parties;
    }

    /** A record that leaves the lead library's part as it is. */
    public PartnershipInput(
            String title,
            Long leadLibraryId,
            Set<TargetGroup> targetGroups,
            Set<ActivityField> fields,
            String need,
            String concept,
            String goals,
            String channels,
            String meetingRhythm,
            String reporting,
            String evaluation,
            String sharedCosts,
            String sharedPremises,
            LocalDate startDate,
            LocalDate endDate,
            List<PartyInput> parties,
            Long version) {
        this(
                title,
                leadLibraryId,
                targetGroups,
                fields,
                need,
                concept,
                goals,
                channels,
                meetingRhythm,
                reporting,
                evaluation,
                sharedCosts,
                sharedPremises,
                startDate,
                endDate,
                parties,
                version,
                null);
    }

    /** The same record, based on the given version. */
    public PartnershipInput withVersion(Long version) {
        return new PartnershipInput(
                title,
                leadLibraryId,
                targetGroups,
                fields,
                need,
                concept,
                goals,
                channels,
                meetingRhythm,
                reporting,
                evaluation,
                sharedCosts,
                sharedPremises,
                startDate,
                endDate,
                parties,
                version,
                lead);
    }

    /** One party: the organisation by its directory id, and what it takes on, brings and expects. */
    public record PartyInput(
            Long organisationId,
            String role,
            String responsibilities,
            Set<Contribution> contributions,
            BigDecimal moneyEur,
            String contributionNote,
            String benefits,
            String representative) {

        public PartyInput {
            contributions = contributions == null ? Set.of() : contributions;
        }

        public static PartyInput of(long organisationId) {
            return new PartyInput(organisationId, null, null, Set.of(), null, null, null, null);
        }
    }
}
