package bg.libpartners.partnership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * One self-assessment by one party (the lead library when {@code partyId} is null), kept forever so the history
 * shows how the partnership developed. The score is the mean rating scaled to 0–100.
 */
@Entity
@Table(name = "assessment")
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    private Long id;

    private long partnershipId;
    private Long partyId;
    private String partyName;
    private Long ratedBy;
    private String ratedByName;
    private Instant ratedAt;
    private int score;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_rating", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "criterion")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "rating")
    private Map<Criterion, Integer> ratings = new EnumMap<>(Criterion.class);

    protected Assessment() {}

    Assessment(
            long partnershipId,
            Long partyId,
            String partyName,
            Long ratedBy,
            String ratedByName,
            Instant at,
            Map<Criterion, Integer> ratings) {
        this.partnershipId = partnershipId;
        this.partyId = partyId;
        this.partyName = partyName;
        this.ratedBy = ratedBy;
        this.ratedByName = ratedByName;
        this.ratedAt = at;
        this.ratings.putAll(ratings);
        this.score = score(ratings);
    }

    /** Mean of 1–5 ratings mapped onto 0–100: all ones are 0, all fives are 100. */
    static int score(Map<Criterion, Integer> ratings) {
        double mean =
                ratings.values().stream().mapToInt(Integer::intValue).average().orElse(Criterion.MIN);
        return (int) Math.round((mean - Criterion.MIN) * 100.0 / (Criterion.MAX - Criterion.MIN));
    }

    Long getId() {
        return id;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    Long getPartyId() {
        return partyId;
    }

    String getPartyName() {
        return partyName;
    }

    Long getRatedBy() {
        return ratedBy;
    }

    String getRatedByName() {
        return ratedByName;
    }

    Instant getRatedAt() {
        return ratedAt;
    }

    int getScore() {
        return score;
    }

    Map<Criterion, Integer> getRatings() {
        return ratings;
    }
}
