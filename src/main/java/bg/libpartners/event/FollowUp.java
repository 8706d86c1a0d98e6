package bg.libpartners.event;

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
import java.time.LocalDate;

/** A follow-up action from the minutes: what, who owns it (a user), by when, and whether it is done. */
@Entity
@Table(name = "event_action")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_action_seq")
    @SequenceGenerator(name = "event_action_seq", sequenceName = "event_action_seq", allocationSize = 50)
    private Long id;

    private long eventId;
    private String what;
    private long ownerId;
    private String ownerName;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.OPEN;

    private Instant createdAt;
    private Instant doneAt;

    @Version
    private long version;

    protected FollowUp() {}

    FollowUp(long eventId, String what, long ownerId, String ownerName, LocalDate dueDate, Instant now) {
        this.eventId = eventId;
        this.what = what;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
        this.createdAt = now;
    }

    void setStatus(ActionStatus status, Instant now) {
        this.status = status;
        this.doneAt = status == ActionStatus.DONE ? now : null;
    }

    Long getId() {
        return id;
    }

    long getEventId() {
        return eventId;
    }

    String getWhat() {
        return what;
    }

    long getOwnerId() {
        return ownerId;
    }

    String getOwnerName() {
        return ownerName;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    ActionStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    long getVersion() {
        return version;
    }
}
