package bg.libpartners.partnership;

import bg.libpartners.taxonomy.Contribution;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What the lead library takes on in a partnership, as every partner does: its role, responsibilities, contribution
 * (and money), the benefits it expects, and who represents it when the agreement is signed ("name, position"; for a
 * library in a chitalishte usually the chair of the board, who signs for the chitalishte).
 */
public record LeadParty(
        String role,
        String responsibilities,
        Set<Contribution> contributions,
        BigDecimal moneyEur,
        String contributionNote,
        String benefits,
        String representative) {

    public LeadParty {
        contributions = contributions == null ? Set.of() : Set.copyOf(contributions);
    }

    public static LeadParty empty() {
        return new LeadParty(null, null, Set.of(), null, null, null, null);
    }

    public boolean isEmpty() {
        return role == null
                && responsibilities == null
                && contributions.isEmpty()
                && moneyEur == null
                && contributionNote == null
                && benefits == null
                && representative == null;
    }

    LeadParty trimmed() {
        return new LeadParty(
                PartnershipService.blankToNull(role),
                PartnershipService.blankToNull(responsibilities),
                contributions,
                moneyEur,
                PartnershipService.blankToNull(contributionNote),
                PartnershipService.blankToNull(benefits),
                PartnershipService.blankToNull(representative));
    }
}
