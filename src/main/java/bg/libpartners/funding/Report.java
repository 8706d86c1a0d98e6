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
import java.time.Instant;
import java.util.List;

/**
 * An interim or final report of a grant: the narrative, the actual spending per budget line of the application, the
 * indicators reached and files; the admin accepts it or returns it with a note (a returned report is corrected by a
 * new one).
 */
@Entity
@Table(name = "funding_report")
public class Report {

    public enum Kind {
        INTERIM,
        FINAL
    }

    public enum Status {
        SUBMITTED,
        ACCEPTED,
        RETURNED
    }

    /** Actual spending on one line of the application's budget (by its position). */
    public record Spending(int line, BigDecimal actual) {}

    /** The value an indicator of the application (by its position) reached. */
    public record Reached(int indicator, BigDecimal value) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long grantId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String narrative;
    private String spending;
    private String reached;
    private String files = "[]";
    private BigDecimal spent;

    @Enumerated(EnumType.STRING)
    private Status status = Status.SUBMITTED;

    private String reviewNote;
    private Long submittedBy;
    private Instant submittedAt;
    private Instant reviewedAt;

    @Version
    private long version;

    protected Report() {}

    Report(
            long grantId,
            Kind kind,
            String narrative,
            List<Spending> spending,
            List<Reached> reached,
            List<Application.Attachment> files,
            Long by,
            Instant now) {
        this.grantId = grantId;
        this.kind = kind;
        this.narrative = narrative;
        this.spending = Json.write(spending);
        this.reached = Json.write(reached);
        this.files = Json.write(files);
        this.spent = spending.stream()
                .map(Spending::actual)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        this.submittedBy = by;
        this.submittedAt = now;
    }

    void review(boolean accept, String note, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new ConflictException("funding.error.reportReviewed");
        }
        status = accept ? Status.ACCEPTED : Status.RETURNED;
        reviewNote = note == null || note.isBlank() ? null : note.trim();
        reviewedAt = now;
    }

    Long getId() {
        return id;
    }

    long getGrantId() {
        return grantId;
    }

    Kind getKind() {
        return kind;
    }

    String getNarrative() {
        return narrative;
    }

    List<Spending> getSpending() {
        return Json.list(spending, Spending.class);
    }

    List<Reached> getReached() {
        return Json.list(reached, Reached.class);
    }

    List<Application.Attachment> getFiles() {
        return Json.list(files, Application.Attachment.class);
    }

    BigDecimal getSpent() {
        return spent;
    }

    Status getStatus() {
        return status;
    }

    String getReviewNote() {
        return reviewNote;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    long getVersion() {
        return version;
    }
}
