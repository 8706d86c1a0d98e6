package bg.libpartners.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * One event as its page and the API show it: times in Europe/Sofia ({@code start}, {@code end}) and as instants,
 * the counts of places, the minutes in their sanitised form, and what the asker may do.
 */
public record EventView(
        long id,
        EventKind kind,
        String title,
        String description,
        LocalDateTime start,
        LocalDateTime end,
        Instant startsAt,
        Instant endsAt,
        String ekatte,
        String settlementName,
        String oblastCode,
        String address,
        String onlineUrl,
        Integer capacity,
        LocalDateTime registrationDeadline,
        String organiserName,
        Long libraryId,
        boolean publicEvent,
        Set<String> oblasts,
        Set<String> roles,
        Long chitalishteId,
        Long partnershipId,
        EventStatus status,
        int sequence,
        List<AgendaItem> agenda,
        long registered,
        long waitlisted,
        long attended,
        String minutesHtml,
        String minutesMarkdown,
        Instant minutesAt,
        String minutesBy,
        Set<Long> materialIds,
        Set<Long> practiceIds,
        boolean registrationOpen,
        boolean mayManage,
        boolean demo,
        long version) {

    public Integer placesLeft() {
        return capacity == null ? null : (int) Math.max(0, capacity - registered);
    }
}
