package bg.libpartners.event;

import bg.libpartners.notification.Notice;
import bg.libpartners.platform.SqlInstants;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour (one node at a time, by ShedLock): a reminder the day before to everyone with a place at an event that
 * starts tomorrow (Europe/Sofia), and a reminder to the owner of each open follow-up action due within three days.
 * Each is claimed in {@code event_sent} (one row per recipient and stage) before it is published or mailed, in the
 * same transaction as the notice, so that a re-run, a restart or a second node never sends it twice.
 */
@Component
public class EventReminderJob {

    static final int ACTION_DAYS = 3;
    private static final Logger log = LoggerFactory.getLogger(EventReminderJob.class);

    private final Events events;
    private final Registrations registrations;
    private final FollowUps actions;
    private final EventNotifier notices;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate own;

    EventReminderJob(
            Events events,
            Registrations registrations,
            FollowUps actions,
            EventNotifier notices,
            ApplicationEventPublisher publisher,
            JdbcClient jdbc,
            SqlInstants instants,
            Clock clock,
            PlatformTransactionManager tm) {
        this.events = events;
        this.registrations = registrations;
        this.actions = actions;
        this.notices = notices;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
        this.tx = new TransactionTemplate(tm);
        this.own = new TransactionTemplate(tm);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(cron = "0 5 * * * *", zone = "Europe/Sofia")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "event.reminders")
    public void hourly() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Sent {} event reminders", sent);
        }
    }

    /** @return how many reminders this run claimed and sent */
    public int sendDue() {
        var today = LocalDate.now(clock.withZone(EventTimes.ZONE));
        var tomorrow = today.plusDays(1);
        var from = tomorrow.atStartOfDay(EventTimes.ZONE).toInstant();
        var to = tomorrow.plusDays(1).atStartOfDay(EventTimes.ZONE).toInstant();
        int sent = 0;
        for (var eventId : events.scheduledBetween(from, to)) {
            try {
                Integer n = tx.execute(status -> remindRegistrants(eventId, tomorrow));
                sent += n == null ? 0 : n;
            } catch (org.springframework.dao.DataIntegrityViolationException raced) {
                log.info("Reminders of event {} were claimed concurrently; left to the other run", eventId);
            }
        }
        for (var action :
                actions.findByStatusAndDueDateBetween(ActionStatus.OPEN, today, today.plusDays(ACTION_DAYS))) {
            var key = "action-due:" + action.getId() + ":" + action.getDueDate();
            Boolean done = tx.execute(status -> {
                if (!claim(key)) {
                    return false;
                }
                var title = events.findById(action.getEventId())
                        .map(Event::getTitle)
                        .orElse("");
                publisher.publishEvent(new Notice(
                        "event.action.due",
                        List.of(Notice.Audience.user(action.getOwnerId())),
                        "event.notice.actionDue",
                        List.of(action.getWhat(), action.getDueDate().toString(), title),
                        "/events/actions",
                        key));
                return true;
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }

    private int remindRegistrants(long eventId, LocalDate day) {
        var event = events.findById(eventId).orElseThrow();
        int n = 0;
        for (var r : registrations.findByEventIdAndStatusOrderByPosition(eventId, RegistrationStatus.REGISTERED)) {
            var key = "reminder:" + r.getId() + ":" + day;
            if (!claim(key)) {
                continue;
            }
            var args = List.of(event.getTitle(), EventTimes.format(event.getStartsAt()), notices.place(event));
            if (r.getUserId() != null) {
                publisher.publishEvent(new Notice(
                        "event.reminder",
                        List.of(Notice.Audience.user(r.getUserId())),
                        "event.notice.reminder",
                        args,
                        EventNotifier.link(eventId),
                        key));
            } else {
                var mailArgs = new java.util.ArrayList<>(args);
                mailArgs.add(r.getName());
                notices.mail(new EventNotifier.RegistrantMail(r.getEmail(), "event.mail.reminder", mailArgs, key));
            }
            n++;
        }
        return n;
    }

    /** In the surrounding transaction: the claim commits with the notice it guards, or neither does. */
    private boolean claim(String key) {
        return jdbc.sql("insert into event_sent (sent_key, sent_at) select :key, :at"
                                + " where not exists (select 1 from event_sent where sent_key = :key)")
                        .param("key", key)
                        .param("at", instants.bind(clock.instant()))
                        .update()
                == 1;
    }
}
