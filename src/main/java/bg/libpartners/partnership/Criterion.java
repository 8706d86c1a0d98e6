package bg.libpartners.partnership;

/**
 * What a self-assessment rates, 1 to 5: the seed's six principles of partnership and its five conditions of
 * effectiveness. The order is the order of the form and of the radar chart.
 */
public enum Criterion {
    COMMON_GOALS(Kind.PRINCIPLE),
    COMMON_FIELD(Kind.PRINCIPLE),
    EQUALITY(Kind.PRINCIPLE),
    MUTUAL_INTEREST(Kind.PRINCIPLE),
    COMMUNICATION_CONTROL(Kind.PRINCIPLE),
    SUSTAINABILITY(Kind.PRINCIPLE),
    SHARED_RESPONSIBILITY(Kind.CONDITION),
    COMPLEMENTARY_CAPACITIES(Kind.CONDITION),
    SHARED_COSTS(Kind.CONDITION),
    SHARED_PREMISES(Kind.CONDITION),
    USER_NEEDS(Kind.CONDITION);

    public enum Kind {
        PRINCIPLE,
        CONDITION
    }

    public static final int MIN = 1;
    public static final int MAX = 5;
    /** A rating at or below this is weak and gets advice. */
    public static final int WEAK = 2;

    private final Kind kind;

    Criterion(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
