package bg.libpartners.agreement;

import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.partnership.PartnershipDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an agreement version says, frozen as JSON when the version is made: the parties with their EIK, the subject,
 * each party's obligations and contributions, money, duration, communication and control. The lifecycle status is
 * not part of it, so moving along the lifecycle does not make a new version.
 */
public record AgreementText(
        String title,
        Side lead,
        List<Side> parties,
        String need,
        String concept,
        String goals,
        List<String> fields,
        List<String> targetGroups,
        String channels,
        String meetingRhythm,
        String reporting,
        String evaluation,
        String sharedCosts,
        String sharedPremises,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal totalMoney,
        String leadUnit) {

    /** Every party in the agreement's order: the lead (the library, or the chitalishte signing for it) first. */
    public List<Side> sides() {
        var all = new ArrayList<Side>(parties.size() + 1);
        all.add(lead);
        all.addAll(parties);
        return all;
    }

    /**
     * The name a chitalishte signs with: its legal form "Народно читалище „…“" unless the register's name already
     * says it.
     */
    static String legalName(OrganisationSummary o) {
        var name = o.name().trim();
        var lower = name.toLowerCase(java.util.Locale.ROOT);
        if (o.kind() != bg.libpartners.directory.OrganisationKind.CHITALISHTE
                || lower.startsWith("народно читалище")
                || lower.startsWith("нч ")
                || lower.startsWith("нч„")
                || lower.startsWith("читалище")) {
            return name;
        }
        return "Народно читалище „" + name + "“";
    }

    /** A party as it signs: its legal name and EIK, and what it takes on. */
    public record Side(
            String name,
            String eik,
            String place,
            String representative,
            String role,
            String responsibilities,
            List<String> contributions,
            BigDecimal moneyEur,
            String contributionNote,
            String benefits) {}

    static AgreementText of(PartnershipDetails p, Directory directory) {
        var ids = new ArrayList<Long>();
        ids.add(p.leadLibraryId());
        if (p.holderId() != null) {
            ids.add(p.holderId());
        }
        p.parties().forEach(x -> ids.add(x.organisationId()));
        Map<Long, OrganisationSummary> orgs = directory.findAll(ids).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity(), (a, b) -> a));
        // the chitalishte is the legal entity that signs for its library
        var signer = p.holderId() != null && orgs.containsKey(p.holderId())
                ? orgs.get(p.holderId())
                : orgs.get(p.leadLibraryId());
        var l = p.lead();
        var lead = new Side(
                signer == null ? p.leadLibraryName() : legalName(signer),
                signer == null ? null : signer.eik(),
                signer == null ? null : signer.settlementName(),
                l.representative(),
                l.role(),
                l.responsibilities(),
                l.contributions().stream().sorted().map(Enum::name).toList(),
                l.moneyEur(),
                l.contributionNote(),
                l.benefits());
        // the library is named as the chitalishte's unit when the chitalishte signs for it
        var unit = signer != null && signer.id() != p.leadLibraryId() ? p.leadLibraryName() : null;
        var parties = p.parties().stream()
                .map(x -> {
                    var o = orgs.get(x.organisationId());
                    return new Side(
                            x.organisationName(),
                            o == null ? null : o.eik(),
                            o == null ? null : o.settlementName(),
                            x.representative(),
                            x.role(),
                            x.responsibilities(),
                            x.contributions().stream().sorted().map(Enum::name).toList(),
                            x.moneyEur(),
                            x.contributionNote(),
                            x.benefits());
                })
                .toList();
        return new AgreementText(
                p.title(),
                lead,
                parties,
                p.need(),
                p.concept(),
                p.goals(),
                p.fields().stream().map(Enum::name).sorted().toList(),
                p.targetGroups().stream().map(Enum::name).sorted().toList(),
                p.channels(),
                p.meetingRhythm(),
                p.reporting(),
                p.evaluation(),
                p.sharedCosts(),
                p.sharedPremises(),
                p.startDate(),
                p.endDate(),
                p.totalMoney(),
                unit);
    }
}
