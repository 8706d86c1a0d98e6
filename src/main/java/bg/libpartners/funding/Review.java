package bg.libpartners.funding;

import bg.libpartners.platform.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * One expert's review of one application: first the declaration of a conflict of interest or none, then a score per
 * criterion with a comment. {@code total} is the weighted total out of 100: Σ score ÷ scale × weight.
 */
@Entity
@Table(name = "funding_review")
public class Review {

    public record Score(int criterion, int score, String comment) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long applicationId;
    private long callId;
    private long reviewerId;
    private String reviewerName;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status = ReviewStatus.ASSIGNED;

    private String conflictNote;
    private Instant declaredAt;
    private String scores = "[]";
    private BigDecimal total;
    private String remarks;
    private Instant scoredAt;
    private Instant assignedAt;

    @Version
    private long version;

    protected Review() {}

    Review(long applicationId, long callId, long reviewerId, String reviewerName, Instant now) {
        this.applicationId = applicationId;
        this.callId = callId;
        this.reviewerId = reviewerId;
        this.reviewerName = reviewerName;
        this.assignedAt = now;
    }

    void declare(boolean conflict, String note, Instant now) {
        if (status != ReviewStatus.ASSIGNED) {
            throw new ConflictException("funding.error.alreadyDeclared");
        }
        status = conflict ? ReviewStatus.CONFLICT : ReviewStatus.NO_CONFLICT;
        conflictNote = note == null || note.isBlank() ? null : note.trim();
        declaredAt = now;
    }

    void score(List<Score> given, String remarks, List<Call.Criterion> criteria, int scale, Instant now) {
        if (status == ReviewStatus.ASSIGNED) {
            throw new ConflictException("funding.error.declareFirst");
        }
        if (status == ReviewStatus.CONFLICT) {
            throw new ConflictException("funding.error.conflictDeclared");
        }
        var sum = BigDecimal.ZERO;
        for (var s : given) {
            sum = sum.add(BigDecimal.valueOf(s.score())
                    .multiply(BigDecimal.valueOf(criteria.get(s.criterion()).weight())));
        }
        this.total = sum.divide(BigDecimal.valueOf(scale), 2, RoundingMode.HALF_UP);
        this.scores = Json.write(given);
        this.remarks = remarks == null || remarks.isBlank() ? null : remarks.trim();
        this.status = ReviewStatus.SCORED;
        this.scoredAt = now;
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getCallId() {
        return callId;
    }

    long getReviewerId() {
        return reviewerId;
    }

    String getReviewerName() {
        return reviewerName;
    }

    ReviewStatus getStatus() {
        return status;
    }

    String getConflictNote() {
        return conflictNote;
    }

    Instant getDeclaredAt() {
        return declaredAt;
    }

    List<Score> getScores() {
        return Json.list(scores, Score.class);
    }

    BigDecimal getTotal() {
        return total;
    }

    String getRemarks() {
        return remarks;
    }

    Instant getScoredAt() {
        return scoredAt;
    }

    long getVersion() {
        return version;
    }
}
