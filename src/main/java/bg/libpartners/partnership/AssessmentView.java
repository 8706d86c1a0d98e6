package bg.libpartners.partnership;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A self-assessment as pages and the API show it: who rated, when, the ratings, the 0–100 score and the weak
 * criteria (rated {@value Criterion#WEAK} or less) that get advice, in the order of the form.
 */
public record AssessmentView(
        long id,
        Long partyId,
        String partyName,
        String ratedBy,
        Instant ratedAt,
        int score,
        Map<Criterion, Integer> ratings,
        List<Criterion> weak) {

    static AssessmentView of(Assessment a) {
        var ratings = new java.util.EnumMap<Criterion, Integer>(Criterion.class);
        ratings.putAll(a.getRatings());
        var weak = ratings.entrySet().stream()
                .filter(e -> e.getValue() <= Criterion.WEAK)
                .map(Map.Entry::getKey)
                .toList();
        return new AssessmentView(
                a.getId(),
                a.getPartyId(),
                a.getPartyName(),
                a.getRatedByName(),
                a.getRatedAt(),
                a.getScore(),
                ratings,
                weak);
    }
}
