package bg.libpartners.funding;

/** The kinds of cost a budget line may be. */
public enum BudgetKind {
    STAFF,
    EQUIPMENT,
    MATERIALS,
    SERVICES,
    TRAVEL,
    OTHER
}
