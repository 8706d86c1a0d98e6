package bg.libpartners.event;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The start page's event tasks: the events of the next 60 days one is registered for or invited to, and one's open
 * follow-up actions (urgent when due within three days or overdue).
 */
@Component
class EventTaskSource implements TaskSource {

    private final EventReads reads;
    private final MinutesService minutes;
    private final RegistrationService registrations;
    private final Clock clock;

    EventTaskSource(EventReads reads, MinutesService minutes, RegistrationService registrations, Clock clock) {
        this.reads = reads;
        this.minutes = minutes;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(CurrentUser user) {
        if (user == null || user.id() == null) {
            return List.of();
        }
        var tasks = new ArrayList<Task>();
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(EventTimes.ZONE));
        for (var e : reads.personal(user, now, now.plus(Duration.ofDays(60)), 20)) {
            if (e.status() == EventStatus.CANCELLED) {
                continue;
            }
            var day = EventTimes.local(e.startsAt()).toLocalDate();
            var registered = registrations.mine(user, e.id()).isPresent();
            tasks.add(new Task(
                    registered ? "event.registered" : "event.invited",
                    List.of(e.title(), EventTimes.format(e.startsAt())),
                    "/events/" + e.id(),
                    day,
                    null,
                    !day.isAfter(today.plusDays(1))));
        }
        for (var a : minutes.mine(user)) {
            tasks.add(new Task(
                    "event.action",
                    List.of(a.what(), a.eventTitle() == null ? "" : a.eventTitle()),
                    "/events/actions",
                    a.dueDate(),
                    null,
                    !a.dueDate().isAfter(today.plusDays(EventReminderJob.ACTION_DAYS))));
        }
        return tasks;
    }
}
