package bg.libpartners.event;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A decision of the meeting, in its minutes. At a board meeting it may be the board's approval or return of a
 * cooperation agreement ({@code partnershipId}, {@code agreementNumber}, {@code outcome}).
 */
@Entity
@Table(name = "event_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_decision_seq")
    @SequenceGenerator(name = "event_decision_seq", sequenceName = "event_decision_seq", allocationSize = 50)
    private Long id;

    private long eventId;
    private int position;
    private String text;
    private Long partnershipId;
    private Integer agreementNumber;
    private String outcome;
    private Instant createdAt;

    protected Decision() {}

    Decision(
            long eventId,
            int position,
            String text,
            Long partnershipId,
            Integer agreementNumber,
            String outcome,
            Instant now) {
        this.eventId = eventId;
        this.position = position;
        this.text = text;
        this.partnershipId = partnershipId;
        this.agreementNumber = agreementNumber;
        this.outcome = outcome;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    long getEventId() {
        return eventId;
    }

    int getPosition() {
        return position;
    }

    String getText() {
        return text;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    Integer getAgreementNumber() {
        return agreementNumber;
    }

    String getOutcome() {
        return outcome;
    }
}
