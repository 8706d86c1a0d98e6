package bg.libpartners.partnership;

import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A partnership as pages, the API and the agreement module read it: a copy, safe outside a transaction. */
public record PartnershipDetails(
        long id,
        String title,
        long leadLibraryId,
        String leadLibraryName,
        Long holderId,
        String oblastCode,
        String municipalityCode,
        PartnershipStatus status,
        int builderStep,
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
        int renewals,
        List<PartyView> parties,
        Instant updatedAt,
        long version,
        LeadParty lead,
        boolean demo) {

    public PartnershipDetails {
        lead = lead == null ? LeadParty.empty() : lead;
    }

    /** A partnership whose lead library has not said what it takes on. */
    public PartnershipDetails(
            long id,
            String title,
            long leadLibraryId,
            String leadLibraryName,
            Long holderId,
            String oblastCode,
            String municipalityCode,
            PartnershipStatus status,
            int builderStep,
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
            int renewals,
            List<PartyView> parties,
            Instant updatedAt,
            long version) {
        this(
                id,
                title,
                leadLibraryId,
                leadLibraryName,
                holderId,
                oblastCode,
                municipalityCode,
                status,
                builderStep,
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
                renewals,
                parties,
                updatedAt,
                version,
                null,
                false);
    }

    public record PartyView(
            long id,
            long organisationId,
            String organisationName,
            String partnerType,
            String role,
            String responsibilities,
            Set<Contribution> contributions,
            BigDecimal moneyEur,
            String contributionNote,
            String benefits,
            String representative,
            Instant confirmedAt) {

        public boolean confirmed() {
            return confirmedAt != null;
        }
    }

    /** The money of every party, the lead library's included. */
    public BigDecimal totalMoney() {
        var partners = parties.stream()
                .map(PartyView::moneyEur)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return lead.moneyEur() == null ? partners : partners.add(lead.moneyEur());
    }

    public PartnershipInput toInput() {
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
                parties.stream()
                        .map(p -> new PartnershipInput.PartyInput(
                                p.organisationId(),
                                p.role(),
                                p.responsibilities(),
                                p.contributions(),
                                p.moneyEur(),
                                p.contributionNote(),
                                p.benefits(),
                                p.representative()))
                        .toList(),
                version,
                lead);
    }

    static PartnershipDetails of(Partnership p) {
        var parties = p.getParties().stream()
                .map(x -> new PartyView(
                        x.getId(),
                        x.getOrganisationId(),
                        x.getOrganisationName(),
                        x.getPartnerType(),
                        x.getRole(),
                        x.getResponsibilities(),
                        x.getContributions(),
                        x.getMoneyEur(),
                        x.getContributionNote(),
                        x.getBenefits(),
                        x.getRepresentative(),
                        x.getConfirmedAt()))
                .toList();
        return new PartnershipDetails(
                p.getId(),
                p.getTitle(),
                p.getLeadLibraryId(),
                p.getLeadLibraryName(),
                p.getHolderId(),
                p.getOblastCode(),
                p.getMunicipalityCode(),
                p.getStatus(),
                p.getBuilderStep(),
                Set.copyOf(p.getTargetGroups()),
                Set.copyOf(p.getFields()),
                p.getNeed(),
                p.getConcept(),
                p.getGoals(),
                p.getChannels(),
                p.getMeetingRhythm(),
                p.getReporting(),
                p.getEvaluation(),
                p.getSharedCosts(),
                p.getSharedPremises(),
                p.getStartDate(),
                p.getEndDate(),
                p.getRenewals(),
                parties,
                p.getUpdatedAt(),
                p.getVersion(),
                p.getLead(),
                p.isDemo());
    }
}
