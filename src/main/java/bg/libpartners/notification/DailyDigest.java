package bg.libpartners.notification;

import bg.libpartners.account.AccountService;
import bg.libpartners.platform.SqlInstants;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning at 6:00 (Sofia), one e-mail per person with the notices they chose to get as a digest. The day's
 * digest is claimed per person before it is written ({@code notification_digest}, keyed by person and date), so
 * restarts and several nodes never send it twice; notices that come after the run wait for the next morning.
 */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final Notifications notifications;
    private final AccountService accounts;
    private final NoticeMail mail;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;

    DailyDigest(
            Notifications notifications,
            AccountService accounts,
            NoticeMail mail,
            MessageSource messages,
            JdbcClient jdbc,
            SqlInstants instants,
            Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 6 * * *", zone = "Europe/Sofia")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "notification.digest")
    public void daily() {
        int sent = send();
        if (sent > 0) {
            log.info("Sent {} daily digests of notices", sent);
        }
    }

    /** @return how many digests this run claimed and sent */
    public int send() {
        var today = LocalDate.now(clock);
        var before = clock.instant();
        int sent = 0;
        for (var userId : notifications.digestRecipients(before)) {
            var person = accounts.activeUsers(List.of(userId)).stream().findFirst();
            if (person.isEmpty()) {
                continue;
            }
            var items = notifications.digestFor(userId, before);
            if (items.isEmpty() || !claim(userId, today, items.size())) {
                continue;
            }
            var locale = person.get().locale();
            var subject = messages.getMessage("notification.digest.subject", new Object[] {items.size()}, locale);
            var intro = messages.getMessage("notification.digest.intro", new Object[] {items.size()}, locale);
            if (mail.sendDigest(person.get(), items, subject, intro)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long userId, LocalDate day, int items) {
        try {
            return jdbc.sql("insert into notification_digest (user_id, digest_date, sent_at, items)"
                                    + " values (:u, :d, :at, :n)")
                            .param("u", userId)
                            .param("d", day)
                            .param("at", instants.bind(clock.instant()))
                            .param("n", items)
                            .update()
                    == 1;
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }
}
