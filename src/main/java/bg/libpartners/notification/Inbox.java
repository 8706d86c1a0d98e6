package bg.libpartners.notification;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notices in the application: newest first, read or not, in the language of whoever reads. Everyone sees
 * and marks only their own; someone else's notice is "not found".
 */
@Service
public class Inbox {

    /** One notice as the inbox and the API show it. */
    public record Item(
            long id,
            String kind,
            String kindLabel,
            String subject,
            String body,
            String link,
            Instant createdAt,
            Instant readAt,
            boolean read) {}

    private final Notifications notifications;
    private final NoticeText text;
    private final Clock clock;

    Inbox(Notifications notifications, NoticeText text, Clock clock) {
        this.notifications = notifications;
        this.text = text;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Item> list(CurrentUser me, boolean unreadOnly, int page, int size, Locale locale) {
        var request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 100));
        var found = unreadOnly
                ? notifications.findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(me.id(), request)
                : notifications.findByUserIdOrderByCreatedAtDescIdDesc(me.id(), request);
        return found.map(n -> item(n, locale));
    }

    @Transactional(readOnly = true)
    public long unread(CurrentUser me) {
        return notifications.countByUserIdAndReadAtIsNull(me.id());
    }

    /** The unread count of whoever is signed in, for the page header; 0 for a visitor (nothing is looked up). */
    @Transactional(readOnly = true)
    public long unreadOfCurrentUser() {
        return CurrentUser.get().map(this::unread).orElse(0L);
    }

    @Transactional
    public Item read(CurrentUser me, long id, Locale locale) {
        var n = notifications
                .findByIdAndUserId(id, me.id())
                .orElseThrow(() -> new NotFoundException("notification.error.notFound", id));
        n.read(clock.instant());
        return item(n, locale);
    }

    @Transactional
    public int readAll(CurrentUser me) {
        return notifications.markAllRead(me.id(), clock.instant());
    }

    private Item item(Notification n, Locale locale) {
        return new Item(
                n.getId(),
                n.getKind(),
                text.kind(n.getKind(), locale),
                text.subject(n, locale),
                text.body(n, locale),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt(),
                n.getReadAt() != null);
    }
}
