package bg.libpartners.event;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's place at an event, or on its waiting list: themselves (with an account) or someone named with an
 * e-mail. {@code position} is the order of registration within the event, which the waiting list follows. The cancel
 * link's secret is kept only as its SHA-256.
 */
@Entity
@Table(name = "event_registration")
class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_registration_seq")
    @SequenceGenerator(name = "event_registration_seq", sequenceName = "event_registration_seq", allocationSize = 50)
    private Long id;

    private long eventId;
    private Long userId;
    private String name;
    private String email;
    private String emailKey;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private int position;
    private String cancelTokenHash;
    private Instant registeredAt;
    private Long registeredBy;
    private Instant promotedAt;
    private Instant cancelledAt;
    private Boolean attended;

    protected Registration() {}

    Registration(long eventId, Long userId, String name, String email, Long registeredBy) {
        this.eventId = eventId;
        this.userId = userId;
        this.name = name;
        this.email = email.trim();
        this.emailKey = key(email);
        this.registeredBy = registeredBy;
    }

    static String key(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** (Re)opens the registration at the end of the queue. */
    void place(RegistrationStatus status, int position, String tokenHash, Instant now) {
        this.status = status;
        this.position = position;
        this.cancelTokenHash = tokenHash;
        this.registeredAt = now;
        this.cancelledAt = null;
        this.promotedAt = null;
        this.attended = null;
    }

    void reopenFor(Long userId, String name, Long registeredBy) {
        this.userId = userId;
        this.name = name;
        this.registeredBy = registeredBy;
    }

    void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    void promote(Instant now) {
        status = RegistrationStatus.REGISTERED;
        promotedAt = now;
    }

    void attended(boolean came) {
        attended = came;
    }

    Long getId() {
        return id;
    }

    long getEventId() {
        return eventId;
    }

    Long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    RegistrationStatus getStatus() {
        return status;
    }

    int getPosition() {
        return position;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    Instant getPromotedAt() {
        return promotedAt;
    }

    Instant getCancelledAt() {
        return cancelledAt;
    }

    Boolean getAttended() {
        return attended;
    }
}
