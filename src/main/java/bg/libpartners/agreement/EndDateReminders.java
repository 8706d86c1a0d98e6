package bg.libpartners.agreement;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.AccountService.Recipient;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.platform.Mailer;
import bg.libpartners.partnership.EndingPartnership;
import bg.libpartners.partnership.PartnershipCatalog;
import bg.libpartners.platform.LibPartnersProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, e-mails the lead library's staff and the chitalishte board when a partnership ends in 60, 30 or 7
 * days — once per threshold and end date. The reminder is recorded before the mail goes out: the primary key
 * (partnership, threshold, end date) lets exactly one node or run claim it, so restarts and several nodes never
 * send it twice (a lost mail is the price, and the next threshold still comes). A renewal moves the end date, and
 * so the reminders start again.
 */
@Component
public class EndDateReminders {

    /** Days before the end, most urgent first. */
    static final List<Integer> THRESHOLDS = List.of(7, 30, 60);

    private static final Logger log = LoggerFactory.getLogger(EndDateReminders.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PartnershipCatalog partnerships;
    private final AccountService accounts;
    private final Directory directory;
    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final LibPartnersProperties properties;

    EndDateReminders(PartnershipCatalog partnerships, AccountService accounts, Directory directory, Mailer mailer,
            JdbcClient jdbc, Clock clock, LibPartnersProperties properties) {
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.directory = directory;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = AgreementScheduling.ZONE)
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "agreement.end-date-reminders")
    public void daily() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Sent {} reminders of partnerships ending soon", sent);
        }
    }

    /** @return how many reminders this run claimed and sent */
    public int sendDue() {
        var today = LocalDate.now(clock);
        int sent = 0;
        for (var p : partnerships.endingBetween(today, today.plusDays(THRESHOLDS.get(THRESHOLDS.size() - 1)))) {
            long days = ChronoUnit.DAYS.between(today, p.endDate());
            int threshold = THRESHOLDS.stream().filter(t -> days <= t).findFirst().orElseThrow();
            if (claim(p, threshold)) {
                send(p, days);
                sent++;
            }
        }
        return sent;
    }

    /** Inserts the reminder row in its own (auto-committed) statement; a duplicate key means it is taken. */
    private boolean claim(EndingPartnership p, int threshold) {
        try {
            return jdbc.sql("insert into agreement_reminder (partnership_id, days_before, end_date, sent_at)"
                    + " values (:id, :days, :end, :at)").param("id", p.id()).param("days", threshold)
                    .param("end", p.endDate()).param("at", Timestamp.from(clock.instant())).update() == 1;
        } catch (DataIntegrityViolationException taken) {
            return false;
        }
    }

    private void send(EndingPartnership p, long days) {
        var recipients = new LinkedHashMap<String, Recipient>();
        accounts.usersWithScope(ScopeKind.LIBRARY, String.valueOf(p.leadLibraryId()))
                .forEach(r -> recipients.putIfAbsent(r.email(), r));
        var holder = directory.holderOf(p.leadLibraryId()).map(OrganisationSummary::id).orElse(p.holderId());
        if (holder != null) {
            accounts.usersWithScope(ScopeKind.CHITALISHTE, String.valueOf(holder))
                    .forEach(r -> recipients.putIfAbsent(r.email(), r));
        }
        var link = properties.baseUrl() + "/partnerships/" + p.id();
        for (var r : recipients.values()) {
            mailer.send(r.email(), r.locale(), "agreement.mail.endReminder", p.title(), days,
                    DATE.format(p.endDate()), link);
        }
    }
}
