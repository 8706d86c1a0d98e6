package bg.libpartners.support;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes answered or waiting requests 14 days ({@code libpartners.support.auto-close-days}) after the last answer and
 * tells the asker, every hour on one node at a time. Each closing and its notice happen in one transaction with a
 * "sent" record keyed by the request and the answer it follows, so a run repeated after a crash or on another node
 * never closes or tells twice.
 */
@Component
class AutoClose {

    private static final Logger log = LoggerFactory.getLogger(AutoClose.class);

    private final SupportRequests requests;
    private final SupportService service;
    private final SentRecords sent;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SupportProperties properties;

    AutoClose(
            SupportRequests requests,
            SupportService service,
            SentRecords sent,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            SupportProperties properties) {
        this.requests = requests;
        this.service = service;
        this.sent = sent;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(cron = "${libpartners.support.auto-close-cron:0 20 * * * *}", zone = "Europe/Sofia")
    @SchedulerLock(name = "support.autoClose", lockAtMostFor = "PT30M")
    void scheduled() {
        int closed = run();
        if (closed > 0) {
            log.info("{} support requests closed 14 days after their last answer", closed);
        }
    }

    /** One pass; how many requests it closed. */
    int run() {
        var now = clock.instant();
        var before = now.minus(Duration.ofDays(properties.autoCloseDays()));
        int closed = 0;
        while (true) {
            var ids = requests.dueToClose(before, PageRequest.of(0, 200));
            if (ids.isEmpty()) {
                return closed;
            }
            int pass = 0;
            for (var id : ids) {
                Boolean done = transactions.execute(status -> {
                    var request = requests.findById(id).orElse(null);
                    if (request == null || request.getLastAnswerAt() == null) {
                        return false;
                    }
                    var key = "support.autoclose:" + id + ":"
                            + request.getLastAnswerAt().toEpochMilli();
                    if (!sent.claim(key, now) || !service.closeIfStale(id, now)) {
                        return false;
                    }
                    events.publishEvent(service.autoClosedNotice(id));
                    return true;
                });
                if (Boolean.TRUE.equals(done)) {
                    closed++;
                    pass++;
                }
            }
            if (pass == 0) {
                return closed;
            }
        }
    }
}
