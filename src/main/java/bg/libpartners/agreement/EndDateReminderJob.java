package bg.libpartners.agreement;

import bg.libpartners.partnership.EndingPartnership;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.platform.SqlInstants;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning, tells the lead library's staff and the chitalishte board when a partnership ends in 60, 30 or 7
 * days — once per threshold and end date — as a notice ({@code partnership.ending}) that the notification module
 * puts in their inbox and e-mails as each person chose. The reminder row and the notice are written in one
 * transaction: the primary key (partnership, threshold, end date) lets exactly one node or run claim it, so restarts
 * and several nodes never raise it twice, and the event publication registry delivers it even if the node stops
 * right after. A renewal moves the end date, and so the reminders start again.
 */
@Component
public class EndDateReminderJob {

    /** Days before the end, most urgent first. */
    static final List<Integer> THRESHOLDS = List.of(7, 30, 60);

    private static final Logger log = LoggerFactory.getLogger(EndDateReminderJob.class);

    private final PartnershipCatalog partnerships;
    private final AgreementNotifier notices;
    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EndDateReminderJob(
            PartnershipCatalog partnerships,
            AgreementNotifier notices,
            JdbcClient jdbc,
            SqlInstants instants,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.partnerships = partnerships;
        this.notices = notices;
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Sofia")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "agreement.end-date-reminders")
    public void daily() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Raised {} notices of partnerships ending soon", sent);
        }
    }

    /** @return how many reminders this run claimed and raised */
    public int sendDue() {
        var today = LocalDate.now(clock);
        int sent = 0;
        for (var p : partnerships.endingBetween(today, today.plusDays(THRESHOLDS.get(THRESHOLDS.size() - 1)))) {
            long days = ChronoUnit.DAYS.between(today, p.endDate());
            int threshold =
                    THRESHOLDS.stream().filter(t -> days <= t).findFirst().orElseThrow();
            if (claimAndRaise(p, threshold, days)) {
                sent++;
            }
        }
        return sent;
    }

    /** Inserts the reminder row and publishes the notice in one transaction; a duplicate key means it is taken. */
    private boolean claimAndRaise(EndingPartnership p, int threshold, long days) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                jdbc.sql("insert into agreement_reminder (partnership_id, days_before, end_date, sent_at)"
                                + " values (:id, :days, :end, :at)")
                        .param("id", p.id())
                        .param("days", threshold)
                        .param("end", p.endDate())
                        .param("at", instants.bind(clock.instant()))
                        .update();
                notices.ending(p.id(), p.title(), p.leadLibraryId(), p.holderId(), p.endDate(), days, threshold);
                return true;
            }));
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }
}
