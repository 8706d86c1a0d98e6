package bg.libpartners.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A meeting: when and where, who is invited, how many places, its agenda and, afterwards, its minutes. Guarded by a
 * version column (a lost update is a 409); registrations lock its row so that places are never over-booked.
 */
@Entity
@Table(name = "event")
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private String title;
    private String description;
    private Instant startsAt;
    private Instant endsAt;
    private String ekatte;
    private String settlementName;
    private String oblastCode;
    private String address;
    private String onlineUrl;
    private Integer capacity;
    private Instant registrationDeadline;
    private Long organiserId;
    private String organiserName;
    private Long libraryId;
    private boolean publicEvent;
    private String audienceRoles;
    private Long chitalishteId;
    private Long partnershipId;

    @Enumerated(EnumType.STRING)
    private EventStatus status = EventStatus.SCHEDULED;

    private int icalSequence;
    private String minutesMarkdown;
    private String minutesHtml;
    private Instant minutesAt;
    private String minutesBy;
    private Instant createdAt;
    private Instant updatedAt;
    private boolean demo;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "event_oblast", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "oblast_code")
    private Set<String> audienceOblasts = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_audience", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "scope_key")
    private Set<String> audienceKeys = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_agenda_item", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_material", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "material_id")
    private Set<Long> materialIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_practice", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "practice_id")
    private Set<Long> practiceIds = new LinkedHashSet<>();

    protected Event() {}

    Event(Long organiserId, String organiserName, boolean demo, Instant now) {
        this.organiserId = organiserId;
        this.organiserName = organiserName;
        this.demo = demo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Writes the checked input; a change to a stored event raises the iCalendar SEQUENCE. */
    void apply(EventInput.Checked in, Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventException("status", "event.error.cancelled");
        }
        kind = in.kind();
        title = in.title();
        description = in.description();
        startsAt = in.startsAt();
        endsAt = in.endsAt();
        ekatte = in.ekatte();
        settlementName = in.settlementName();
        oblastCode = in.oblastCode();
        address = in.address();
        onlineUrl = in.onlineUrl();
        capacity = in.capacity();
        registrationDeadline = in.registrationDeadline();
        libraryId = in.libraryId();
        publicEvent = in.publicEvent();
        audienceRoles = in.roles().isEmpty()
                ? null
                : ","
                        + String.join(
                                ",",
                                in.roles().stream().map(Enum::name).sorted().toList()) + ",";
        chitalishteId = in.chitalishteId();
        partnershipId = in.partnershipId();
        audienceOblasts.clear();
        audienceOblasts.addAll(in.oblasts());
        audienceKeys.clear();
        audienceKeys.addAll(in.audienceKeys());
        agenda.clear();
        agenda.addAll(in.agenda());
        touch(now);
    }

    void cancel(Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventException("status", "event.error.cancelled");
        }
        status = EventStatus.CANCELLED;
        touch(now);
    }

    void recordMinutes(String markdown, String html, String by, Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new InvalidEventException("status", "event.error.cancelled");
        }
        minutesMarkdown = markdown;
        minutesHtml = html;
        minutesBy = by;
        minutesAt = now;
        status = EventStatus.COMPLETED;
        updatedAt = now;
    }

    void link(Set<Long> materials, Set<Long> practices, Instant now) {
        materialIds.clear();
        materialIds.addAll(materials);
        practiceIds.clear();
        practiceIds.addAll(practices);
        updatedAt = now;
    }

    /**
     * The library or chitalishte it is held for, or an organisation it invites, was a duplicate merged into
     * {@code kept} in the directory: a change like any other (the version, the time of change and the calendar
     * sequence move).
     */
    void followMerge(long kept, long removed, Instant now) {
        if (libraryId != null && libraryId == removed) {
            libraryId = kept;
        }
        if (chitalishteId != null && chitalishteId == removed) {
            chitalishteId = kept;
        }
        var keys = new ArrayList<String>(audienceKeys.size());
        for (var key : audienceKeys) {
            keys.add(
                    key.endsWith(":" + removed) && !key.startsWith("PARTY:")
                            ? key.substring(0, key.lastIndexOf(':') + 1) + kept
                            : key);
        }
        audienceKeys.clear();
        audienceKeys.addAll(keys);
        touch(now);
    }

    private void touch(Instant now) {
        if (id != null) {
            icalSequence++;
        }
        updatedAt = now;
    }

    /** Registration is open until the deadline, or until the start when there is none. */
    boolean registrationOpen(Instant now) {
        return status == EventStatus.SCHEDULED
                && now.isBefore(registrationDeadline != null ? registrationDeadline : startsAt);
    }

    boolean hasRole(String role) {
        return audienceRoles == null || audienceRoles.contains("," + role + ",");
    }

    Long getId() {
        return id;
    }

    EventKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    String getEkatte() {
        return ekatte;
    }

    String getSettlementName() {
        return settlementName;
    }

    String getOblastCode() {
        return oblastCode;
    }

    String getAddress() {
        return address;
    }

    String getOnlineUrl() {
        return onlineUrl;
    }

    Integer getCapacity() {
        return capacity;
    }

    Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    Long getOrganiserId() {
        return organiserId;
    }

    String getOrganiserName() {
        return organiserName;
    }

    Long getLibraryId() {
        return libraryId;
    }

    boolean isPublicEvent() {
        return publicEvent;
    }

    String getAudienceRoles() {
        return audienceRoles;
    }

    Long getChitalishteId() {
        return chitalishteId;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    EventStatus getStatus() {
        return status;
    }

    int getIcalSequence() {
        return icalSequence;
    }

    String getMinutesMarkdown() {
        return minutesMarkdown;
    }

    String getMinutesHtml() {
        return minutesHtml;
    }

    Instant getMinutesAt() {
        return minutesAt;
    }

    String getMinutesBy() {
        return minutesBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    boolean isDemo() {
        return demo;
    }

    long getVersion() {
        return version;
    }

    Set<String> getAudienceOblasts() {
        return audienceOblasts;
    }

    Set<String> getAudienceKeys() {
        return audienceKeys;
    }

    List<AgendaItem> getAgenda() {
        return agenda;
    }

    Set<Long> getMaterialIds() {
        return materialIds;
    }

    Set<Long> getPracticeIds() {
        return practiceIds;
    }
}
