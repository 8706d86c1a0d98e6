package bg.libpartners.notification;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.AccountService.Addressee;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers every {@link Notice} after the change that raised it committed (an {@code @ApplicationModuleListener}, so
 * recorded in the event publication registry and resubmitted if a node stops): the audience resolved to the active
 * people it names, one inbox row each unless the person already has this once-key. The rows are the outbox of the
 * e-mails: {@link NoticeMail} sends the immediate ones a moment later, {@link DailyDigest} the others each morning.
 */
@Component
class NoticeDelivery {

    private final AccountService accounts;
    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final NoticeText text;
    private final Clock clock;

    NoticeDelivery(
            AccountService accounts,
            Notifications notifications,
            NotificationPreferences preferences,
            NoticeText text,
            Clock clock) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.preferences = preferences;
        this.text = text;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(Notice notice) {
        deliver(notice);
    }

    /** @return how many people got it in their inbox now (those who had it already do not count) */
    int deliver(Notice notice) {
        var now = clock.instant();
        var args = text.argsOf(notice.args());
        int delivered = 0;
        for (var person : audience(notice).values()) {
            if (notifications.existsByUserIdAndOnceKey(person.id(), notice.onceKey())) {
                continue;
            }
            var delivery = preferences.of(person.id(), notice.kind());
            notifications.save(new Notification(person.id(), notice, args, delivery, now));
            delivered++;
        }
        return delivered;
    }

    /** Every active person the notice names, each once. */
    private Map<Long, Addressee> audience(Notice notice) {
        var people = new LinkedHashMap<Long, Addressee>();
        var ids = new ArrayList<Long>();
        for (var a : notice.audience()) {
            if (a.userId() != null) {
                ids.add(a.userId());
            } else {
                accounts.activeUsers(a.role(), a.scopeKind(), a.scopeRef()).forEach(p -> people.putIfAbsent(p.id(), p));
            }
        }
        accounts.activeUsers(ids).forEach(p -> people.putIfAbsent(p.id(), p));
        return people;
    }
}
