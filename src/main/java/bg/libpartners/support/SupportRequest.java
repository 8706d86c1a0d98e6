package bg.libpartners.support;

import bg.libpartners.platform.BadRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A request for expert support. Its status moves only through the guarded methods below (see {@link SupportStatus});
 * each refuses, with a message naming the status, what the status does not allow. Times are kept as instants; the
 * working-hour figures ({@code firstResponseMinutes}, {@code resolutionMinutes}) are computed once, when the moment
 * happens, by {@link WorkingHours}.
 */
@Entity
@Table(name = "support_request")
class SupportRequest {

    /** A closed request may be reopened for this long. */
    static final Duration REOPEN_WITHIN = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asker_id", nullable = false)
    private Long askerId;

    @Column(name = "asker_name", nullable = false)
    private String askerName;

    @Column(name = "library_id", nullable = false)
    private Long libraryId;

    @Column(name = "library_name", nullable = false)
    private String libraryName;

    @Column(name = "chitalishte_id")
    private Long chitalishteId;

    @Column(name = "oblast_code")
    private String oblastCode;

    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Column(nullable = false)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind")
    private LinkKind linkKind;

    @Column(name = "link_id")
    private Long linkId;

    @Column(name = "link_label")
    private String linkLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportStatus status;

    @Column(name = "expert_id")
    private Long expertId;

    @Column(name = "expert_name")
    private String expertName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "first_answer_at")
    private Instant firstAnswerAt;

    @Column(name = "last_answer_at")
    private Instant lastAnswerAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "auto_closed", nullable = false)
    private boolean autoClosed;

    @Column(name = "first_response_minutes")
    private Long firstResponseMinutes;

    @Column(name = "resolution_minutes")
    private Long resolutionMinutes;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "publish_consent", nullable = false)
    private boolean publishConsent;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected SupportRequest() {}

    SupportRequest(
            Long askerId,
            String askerName,
            Long libraryId,
            String libraryName,
            Long chitalishteId,
            String oblastCode,
            Long topicId,
            String question,
            LinkKind linkKind,
            Long linkId,
            String linkLabel,
            Instant now,
            Instant dueAt,
            boolean demo) {
        this.askerId = askerId;
        this.askerName = askerName;
        this.libraryId = libraryId;
        this.libraryName = libraryName;
        this.chitalishteId = chitalishteId;
        this.oblastCode = oblastCode;
        this.topicId = topicId;
        this.question = question;
        this.linkKind = linkKind;
        this.linkId = linkId;
        this.linkLabel = linkLabel;
        this.status = SupportStatus.NEW;
        this.createdAt = now;
        this.dueAt = dueAt;
        this.lastActivityAt = now;
        this.demo = demo;
    }

    /** To an expert (again): a new or assigned request; an answered one keeps its status, only its expert changes. */
    void assign(Long expertId, String expertName, Instant now) {
        if (status == SupportStatus.CLOSED) {
            throw refused(SupportStatus.ASSIGNED);
        }
        this.expertId = expertId;
        this.expertName = expertName;
        this.assignedAt = now;
        this.lastActivityAt = now;
        if (status == SupportStatus.NEW) {
            status = SupportStatus.ASSIGNED;
        }
    }

    /** A message from the support side that the asker sees: the first one stops the first-response clock. */
    void answered(Instant now, WorkingHours hours) {
        requireOpen();
        if (firstAnswerAt == null) {
            firstAnswerAt = now;
            firstResponseMinutes = hours.between(createdAt, now).toMinutes();
        }
        lastAnswerAt = now;
        lastActivityAt = now;
        status = SupportStatus.ANSWERED;
    }

    /** A message from the asker: an answered or waiting request goes back to its expert. */
    void askerWrote(Instant now) {
        requireOpen();
        lastActivityAt = now;
        if (status == SupportStatus.ANSWERED || status == SupportStatus.WAITING_FOR_ASKER) {
            status = expertId == null ? SupportStatus.NEW : SupportStatus.ASSIGNED;
        }
    }

    void noted(Instant now) {
        lastActivityAt = now;
    }

    void waitForAsker(Instant now) {
        check(SupportStatus.WAITING_FOR_ASKER);
        status = SupportStatus.WAITING_FOR_ASKER;
        lastActivityAt = now;
    }

    void close(Instant now, boolean automatically, WorkingHours hours) {
        check(SupportStatus.CLOSED);
        status = SupportStatus.CLOSED;
        closedAt = now;
        autoClosed = automatically;
        resolutionMinutes = hours.between(createdAt, now).toMinutes();
        lastActivityAt = now;
    }

    /** Within 30 days of closing; back to its expert, or to the queue when it never had one. */
    void reopen(Instant now) {
        var target = expertId == null ? SupportStatus.NEW : SupportStatus.ASSIGNED;
        check(target);
        if (closedAt.plus(REOPEN_WITHIN).isBefore(now)) {
            throw new BadRequestException("status", "support.error.reopenTooLate", 30);
        }
        status = target;
        closedAt = null;
        autoClosed = false;
        resolutionMinutes = null;
        rating = null;
        ratingComment = null;
        ratedAt = null;
        lastActivityAt = now;
    }

    void rate(int score, String comment, Instant now) {
        if (status != SupportStatus.CLOSED) {
            throw new BadRequestException("score", "support.error.rateOnlyClosed");
        }
        this.rating = score;
        this.ratingComment = comment;
        this.ratedAt = now;
    }

    void consent(boolean consent) {
        this.publishConsent = consent;
    }

    boolean overdue(Instant now) {
        return firstAnswerAt == null && status != SupportStatus.CLOSED && dueAt.isBefore(now);
    }

    private void check(SupportStatus target) {
        if (!status.mayMoveTo(target)) {
            throw refused(target);
        }
    }

    private void requireOpen() {
        if (status == SupportStatus.CLOSED) {
            throw new BadRequestException("status", "support.error.closed");
        }
    }

    private BadRequestException refused(SupportStatus target) {
        return new BadRequestException("status", "support.error.transition", status.name(), target.name());
    }

    /**
     * The library or chitalishte it was asked for was a duplicate merged into {@code kept} in the directory; a change
     * like any other, so the version moves.
     */
    void followMerge(long kept, String keptName, long removed) {
        if (libraryId != null && libraryId == removed) {
            libraryId = kept;
            libraryName = keptName;
        }
        if (chitalishteId != null && chitalishteId == removed) {
            chitalishteId = kept;
        }
    }

    Long getId() {
        return id;
    }

    Long getAskerId() {
        return askerId;
    }

    String getAskerName() {
        return askerName;
    }

    Long getLibraryId() {
        return libraryId;
    }

    String getLibraryName() {
        return libraryName;
    }

    Long getChitalishteId() {
        return chitalishteId;
    }

    String getOblastCode() {
        return oblastCode;
    }

    Long getTopicId() {
        return topicId;
    }

    String getQuestion() {
        return question;
    }

    LinkKind getLinkKind() {
        return linkKind;
    }

    Long getLinkId() {
        return linkId;
    }

    String getLinkLabel() {
        return linkLabel;
    }

    SupportStatus getStatus() {
        return status;
    }

    Long getExpertId() {
        return expertId;
    }

    String getExpertName() {
        return expertName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    Instant getFirstAnswerAt() {
        return firstAnswerAt;
    }

    Instant getLastAnswerAt() {
        return lastAnswerAt;
    }

    Instant getLastActivityAt() {
        return lastActivityAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    boolean isAutoClosed() {
        return autoClosed;
    }

    Long getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    Long getResolutionMinutes() {
        return resolutionMinutes;
    }

    Integer getRating() {
        return rating;
    }

    String getRatingComment() {
        return ratingComment;
    }

    Instant getRatedAt() {
        return ratedAt;
    }

    boolean isPublishConsent() {
        return publishConsent;
    }

    boolean isDemo() {
        return demo;
    }

    long getVersion() {
        return version;
    }
}
