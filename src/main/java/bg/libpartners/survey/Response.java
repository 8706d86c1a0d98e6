package bg.libpartners.survey;

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
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One organisation's answer to a campaign; its answers are rows of {@code survey_answer}. Every save goes through
 * {@link #expectVersion} and bumps the version, so of two tabs saving the same answer the later one gets a 409.
 */
@Entity
@Table(name = "survey_response")
class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    private Long id;

    private long invitationId;
    private long campaignId;
    private long questionnaireId;

    @Enumerated(EnumType.STRING)
    private ResponseStatus status = ResponseStatus.DRAFT;

    private Instant startedAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private int submissions;
    private int saves;

    @Version
    private long version;

    protected Response() {}

    Response(long invitationId, long campaignId, long questionnaireId, Instant now) {
        this.invitationId = invitationId;
        this.campaignId = campaignId;
        this.questionnaireId = questionnaireId;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** The version the client last read; null is taken as "new" only while nothing was saved (version 0). */
    void expectVersion(Long seen) {
        long expected = seen == null ? 0 : seen;
        if (expected != version) {
            throw new ObjectOptimisticLockingFailureException(Response.class, id);
        }
    }

    /** Every save changes the row, so its version moves on even within one clock tick. */
    void saved(Instant now) {
        updatedAt = now;
        saves++;
    }

    void submit(Instant now) {
        status = ResponseStatus.SUBMITTED;
        submittedAt = now;
        submissions++;
        saves++;
        updatedAt = now;
    }

    void reopen(Instant now) {
        status = ResponseStatus.DRAFT;
        saves++;
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getInvitationId() {
        return invitationId;
    }

    long getCampaignId() {
        return campaignId;
    }

    long getQuestionnaireId() {
        return questionnaireId;
    }

    ResponseStatus getStatus() {
        return status;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    int getSubmissions() {
        return submissions;
    }

    long getVersion() {
        return version;
    }
}
