package bg.libpartners.funding;

import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.TargetGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * An application as the form and the API send it. Budget lines and co-financing name the library or a partner of the
 * partnership by organisation id; the amount requested plus everyone's co-financing must equal the budget's total.
 */
public record ApplicationInput(
        Long libraryId,
        Long partnershipId,
        String title,
        String aims,
        Set<TargetGroup> targetGroups,
        Set<Benefit> benefits,
        List<Application.Activity> activities,
        List<Application.IndicatorTarget> indicators,
        List<Application.BudgetLine> budgetLines,
        BigDecimal requested,
        List<Application.Cofinancing> cofinancing,
        List<String> answers,
        Long version) {

    public ApplicationInput withVersion(Long v) {
        return new ApplicationInput(
                libraryId,
                partnershipId,
                title,
                aims,
                targetGroups,
                benefits,
                activities,
                indicators,
                budgetLines,
                requested,
                cofinancing,
                answers,
                v);
    }
}
