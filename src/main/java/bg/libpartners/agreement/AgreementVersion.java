package bg.libpartners.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One version of the agreement text: what it was generated from, the board's decision and the signed copy. Guarded by
 * a version column, so of a concurrent approval and return only the first to commit succeeds.
 */
@Entity
@Table(name = "agreement_version")
class AgreementVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_version_seq")
    @SequenceGenerator(name = "agreement_version_seq", sequenceName = "agreement_version_seq", allocationSize = 50)
    private Long id;

    private long partnershipId;
    private int number;
    private String snapshot;

    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.DRAFT;

    private String comments;
    private Instant createdAt;
    private Long submittedBy;
    private Instant submittedAt;
    private Long decidedBy;
    private String decidedByName;
    private Instant decidedAt;
    private String signedPath;
    private String signedSha256;
    private String signedContentType;
    private Instant signedAt;
    private Long signedBy;
    private String decidedSource;

    @Version
    private long version;

    protected AgreementVersion() {}

    AgreementVersion(long partnershipId, int number, String snapshot, Instant now) {
        this.partnershipId = partnershipId;
        this.number = number;
        this.snapshot = snapshot;
        this.createdAt = now;
    }

    void submit(long by, Instant now) {
        if (status != AgreementStatus.DRAFT && status != AgreementStatus.RETURNED) {
            throw new InvalidAgreementException("status", "agreement.error.notSubmittable");
        }
        status = AgreementStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
    }

    void decide(boolean approve, String comments, long by, String byName, Instant now) {
        if (status != AgreementStatus.SUBMITTED) {
            throw new InvalidAgreementException("status", "agreement.error.notSubmitted");
        }
        if (!approve && (comments == null || comments.isBlank())) {
            throw new InvalidAgreementException("comments", "agreement.error.commentsRequired");
        }
        status = approve ? AgreementStatus.APPROVED : AgreementStatus.RETURNED;
        this.comments = comments == null || comments.isBlank() ? null : comments.trim();
        decidedBy = by;
        decidedByName = byName;
        decidedAt = now;
    }

    /** Where the decision was taken, when not on the agreement's page: a board meeting (an event). */
    void decidedAt(String source) {
        this.decidedSource = source;
    }

    void signed(String path, String sha256, String contentType, long by, Instant now) {
        if (status != AgreementStatus.APPROVED) {
            throw new InvalidAgreementException("file", "agreement.error.notApproved");
        }
        signedPath = path;
        signedSha256 = sha256;
        signedContentType = contentType;
        signedBy = by;
        signedAt = now;
    }

    boolean isSigned() {
        return status == AgreementStatus.APPROVED && signedPath != null;
    }

    Long getId() {
        return id;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    int getNumber() {
        return number;
    }

    String getSnapshot() {
        return snapshot;
    }

    AgreementStatus getStatus() {
        return status;
    }

    String getComments() {
        return comments;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getSignedPath() {
        return signedPath;
    }

    String getSignedSha256() {
        return signedSha256;
    }

    String getSignedContentType() {
        return signedContentType;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    String getDecidedSource() {
        return decidedSource;
    }
}
