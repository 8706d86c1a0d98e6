package bg.libpartners.insight;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.notification.Notice;
import bg.libpartners.platform.SqlInstants;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly report for those who ask for it: a subscription per person (to the dashboard that is theirs: the
 * programme for admins and coordinators, their library for librarians and boards), and on the first of each month a
 * {@link Notice} with the previous month and the links to the dashboard and its XLSX report. A "sent" row per person
 * and month makes a re-run (another node, a restart) send nothing twice.
 * <p>The insight module's repository of report subscriptions (tables {@code insight_subscription}, {@code insight_report_sent}).
 */
@Service
public class Subscriptions {

    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    Subscriptions(
            JdbcClient jdbc,
            SqlInstants instants,
            ApplicationEventPublisher events,
            org.springframework.transaction.PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public boolean subscribed(CurrentUser me) {
        return me != null
                && jdbc.sql("select count(*) from insight_subscription where user_id = :user")
                                .param("user", me.id())
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** Turns the monthly report on or off for the user; only those who have a dashboard may ask for it. */
    @Transactional
    public void set(CurrentUser me, boolean monthly) {
        var home = DashboardService.homeOf(me);
        if (home == null) {
            throw new AccessDeniedException("no dashboard");
        }
        jdbc.sql("delete from insight_subscription where user_id = :user")
                .param("user", me.id())
                .update();
        if (monthly) {
            jdbc.sql("insert into insight_subscription (user_id, link, created_at) values (:user, :link, :at)")
                    .param("user", me.id())
                    .param("link", home)
                    .param("at", instants.bind(clock.instant()))
                    .update();
        }
    }

    /** On the first of each month, on one node at a time (ShedLock locks only methods that return nothing). */
    @Scheduled(cron = "${libpartners.insight.monthly-cron:0 0 7 1 * *}", zone = "Europe/Sofia")
    @SchedulerLock(name = "insight.monthly", lockAtMostFor = "PT30M")
    public void monthly() {
        sendMonthly();
    }

    /** The month just ended, to everyone subscribed who has not had it yet. @return how many were sent now */
    public int sendMonthly() {
        var period = YearMonth.now(clock.withZone(SOFIA)).minusMonths(1);
        record Subscriber(long user, String link) {}
        List<Subscriber> subscribers = jdbc.sql("select s.user_id, s.link from insight_subscription s"
                        + " where not exists (select 1 from insight_report_sent r where r.user_id = s.user_id"
                        + " and r.period = :period) order by s.user_id")
                .param("period", period.toString())
                .query((rs, n) -> new Subscriber(rs.getLong(1), rs.getString(2)))
                .list();
        int sent = 0;
        for (var s : subscribers) {
            Boolean done = tx.execute(status -> {
                try {
                    jdbc.sql("insert into insight_report_sent (user_id, period, sent_at) values (:user, :period, :at)")
                            .param("user", s.user())
                            .param("period", period.toString())
                            .param("at", instants.bind(clock.instant()))
                            .update();
                } catch (DuplicateKeyException already) {
                    return false;
                }
                var report = s.link()
                        .replaceFirst("^/insight/libraries/(\\d+)$", "/insight/report.xlsx?library=$1")
                        .replaceFirst("^/insight$", "/insight/report.xlsx");
                events.publishEvent(new Notice(
                        "insight.monthly",
                        List.of(Notice.Audience.user(s.user())),
                        "insight.notice.monthly",
                        List.of(period.toString(), report),
                        s.link(),
                        "insight.monthly:" + s.user() + ":" + period));
                return true;
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }
}
