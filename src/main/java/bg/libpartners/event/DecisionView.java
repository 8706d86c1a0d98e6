package bg.libpartners.event;

/** A decision of the minutes; for a board's decision on an agreement, the partnership, version and outcome. */
public record DecisionView(
        long id, int position, String text, Long partnershipId, Integer agreementNumber, String outcome) {}
