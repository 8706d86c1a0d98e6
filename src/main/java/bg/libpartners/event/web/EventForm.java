package bg.libpartners.event.web;

import bg.libpartners.account.Role;
import bg.libpartners.event.AgendaItem;
import bg.libpartners.event.EventInput;
import bg.libpartners.event.EventKind;
import bg.libpartners.event.EventView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form: dates and times apart (as people type them), the place as a settlement name picked from the
 * suggestions (its EKATTE code travels in brackets), the chitalishte by name, up to eight agenda rows.
 */
public class EventForm {

    static final int AGENDA_ROWS = 8;

    private EventKind kind = EventKind.REGIONAL_MEETING;
    private String title;
    private String description;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime = LocalTime.of(10, 0);

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime = LocalTime.of(13, 0);

    private String place;
    private String address;
    private String onlineUrl;
    private Integer capacity;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadlineDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime deadlineTime;

    private Long libraryId;
    private Set<String> oblasts = new LinkedHashSet<>();
    private Set<Role> roles = new LinkedHashSet<>();
    private String chitalishte;
    private Long partnershipId;
    private boolean publicEvent;
    private List<AgendaRow> agenda = new ArrayList<>();
    private Long version;

    public static class AgendaRow {
        private String time;
        private String topic;
        private String speaker;

        public String getTime() {
            return time;
        }

        public void setTime(String time) {
            this.time = time;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getSpeaker() {
            return speaker;
        }

        public void setSpeaker(String speaker) {
            this.speaker = speaker;
        }
    }

    void pad() {
        while (agenda.size() < AGENDA_ROWS) {
            agenda.add(new AgendaRow());
        }
    }

    static EventForm of(EventView v, String chitalishteName) {
        var f = new EventForm();
        f.kind = v.kind();
        f.title = v.title();
        f.description = v.description();
        f.startDate = v.start().toLocalDate();
        f.startTime = v.start().toLocalTime();
        f.endDate = v.end().toLocalDate();
        f.endTime = v.end().toLocalTime();
        f.place = v.settlementName() == null ? null : v.settlementName() + " (" + v.ekatte() + ")";
        f.address = v.address();
        f.onlineUrl = v.onlineUrl();
        f.capacity = v.capacity();
        if (v.registrationDeadline() != null) {
            f.deadlineDate = v.registrationDeadline().toLocalDate();
            f.deadlineTime = v.registrationDeadline().toLocalTime();
        }
        f.libraryId = v.libraryId();
        f.oblasts = new LinkedHashSet<>(v.oblasts());
        v.roles().forEach(r -> f.roles.add(Role.valueOf(r)));
        f.chitalishte = chitalishteName;
        f.partnershipId = v.partnershipId();
        f.publicEvent = v.publicEvent();
        for (var item : v.agenda()) {
            var row = new AgendaRow();
            row.time = item.time();
            row.topic = item.topic();
            row.speaker = item.speaker();
            f.agenda.add(row);
        }
        f.version = v.version();
        return f;
    }

    EventInput toInput(String ekatte, Long chitalishteId) {
        return new EventInput(
                kind,
                title,
                description,
                at(startDate, startTime),
                at(endDate != null ? endDate : startDate, endTime),
                ekatte,
                address,
                onlineUrl,
                capacity,
                deadlineDate == null
                        ? null
                        : at(deadlineDate, deadlineTime != null ? deadlineTime : LocalTime.MIDNIGHT),
                libraryId,
                oblasts,
                roles,
                chitalishteId,
                partnershipId,
                publicEvent,
                agenda.stream()
                        .map(r -> new AgendaItem(r.time, r.topic, r.speaker))
                        .toList(),
                version);
    }

    private static LocalDateTime at(LocalDate date, LocalTime time) {
        return date == null ? null : date.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public LocalTime getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(LocalTime deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public Long getLibraryId() {
        return libraryId;
    }

    public void setLibraryId(Long libraryId) {
        this.libraryId = libraryId;
    }

    public Set<String> getOblasts() {
        return oblasts;
    }

    public void setOblasts(Set<String> oblasts) {
        this.oblasts = oblasts;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public String getChitalishte() {
        return chitalishte;
    }

    public void setChitalishte(String chitalishte) {
        this.chitalishte = chitalishte;
    }

    public Long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(Long partnershipId) {
        this.partnershipId = partnershipId;
    }

    public boolean isPublicEvent() {
        return publicEvent;
    }

    public void setPublicEvent(boolean publicEvent) {
        this.publicEvent = publicEvent;
    }

    public List<AgendaRow> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<AgendaRow> agenda) {
        this.agenda = agenda;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
