package bg.libpartners.notification;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.AccountService.Addressee;
import bg.libpartners.platform.LibPartnersProperties;
import bg.libpartners.platform.Mailer;
import bg.libpartners.platform.SqlInstants;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The e-mail side of notices, sent from the inbox rows (an outbox: no mail server is talked to inside a
 * transaction). A mail is claimed before it goes ({@code emailed_at} set where it was null, in its own
 * statement), so a second delivery attempt or another node never sends it twice; a mail server that is down costs
 * that one mail, never the inbox row.
 */
@Component
class NoticeMail {

    private final Mailer mailer;
    private final NoticeText text;
    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;
    private final LibPartnersProperties properties;
    private final Notifications notifications;
    private final AccountService accounts;

    NoticeMail(
            Mailer mailer,
            NoticeText text,
            JdbcClient jdbc,
            SqlInstants instants,
            Clock clock,
            LibPartnersProperties properties,
            Notifications notifications,
            AccountService accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.mailer = mailer;
        this.text = text;
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Every few seconds, the notices waiting for an immediate e-mail (oldest first, at most 200 a run); one node at a
     * time, and each mail claimed before it goes, so a run on another node or after a restart never sends it twice.
     */
    @Scheduled(fixedDelayString = "${libpartners.notification.mail-every:PT2S}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "notification.mail", lockAtMostFor = "PT5M")
    public void sendDue() {
        var due = notifications.findTop200ByDeliveryAndEmailedAtIsNullOrderByIdAsc(Delivery.IMMEDIATE);
        if (due.isEmpty()) {
            return;
        }
        var people = new java.util.HashMap<Long, Addressee>();
        accounts.activeUsers(
                        due.stream().map(Notification::getUserId).distinct().toList())
                .forEach(a -> people.put(a.id(), a));
        for (var n : due) {
            var to = people.get(n.getUserId());
            if (to == null) {
                claim(List.of(n.getId())); // disabled or erased since: nobody to write to
            } else {
                sendNow(to, n);
            }
        }
    }

    /** The notice's own e-mail, for a person who wants it at once. */
    void sendNow(Addressee to, Notification n) {
        if (!claim(List.of(n.getId()))) {
            return;
        }
        var body = text.body(n, to.locale());
        mailer.sendText(to.email(), to.locale(), text.subject(n, to.locale()), withLink(body, n));
    }

    /** One e-mail listing the person's waiting digest notices; they are claimed first, so none goes twice. */
    boolean sendDigest(Addressee to, List<Notification> items, String subject, String intro) {
        if (items.isEmpty() || !claim(items.stream().map(Notification::getId).toList())) {
            return false;
        }
        var out = new StringBuilder(intro).append("\n");
        for (var n : items) {
            out.append("\n• ").append(text.subject(n, to.locale()));
            if (n.getLink() != null) {
                out.append("\n  ").append(properties.baseUrl()).append(n.getLink());
            }
        }
        return mailer.sendText(to.email(), to.locale(), subject, out.toString());
    }

    private boolean claim(List<Long> ids) {
        return jdbc.sql("update notification set emailed_at = :now where id in (:ids) and emailed_at is null")
                        .param("now", instants.bind(clock.instant()))
                        .param("ids", ids)
                        .update()
                == ids.size();
    }

    private String withLink(String body, Notification n) {
        return n.getLink() == null ? body : body + "\n\n" + properties.baseUrl() + n.getLink();
    }
}
