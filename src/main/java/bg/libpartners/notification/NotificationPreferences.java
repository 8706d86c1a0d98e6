package bg.libpartners.notification;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.BadRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's choice of e-mail per kind of notice: immediately (the default), in the morning digest, or none (the
 * inbox keeps every notice whatever the choice). A person sets only their own.
 * <p>The notification module's repository of e-mail preferences (table {@code notification_preference}).
 */
@Service
public class NotificationPreferences {

    /** The kinds the existing modules raise; a kind seen in a person's inbox or chosen before is listed too. */
    static final List<String> KNOWN_KINDS = List.of(
            "agreement.submitted",
            "agreement.approved",
            "agreement.returned",
            "partnership.invited",
            "partnership.confirmed",
            "partnership.commented",
            "partnership.ending",
            "practice.submitted",
            "practice.returned",
            "practice.published",
            AccountNotifier.ERASURE_REQUESTED,
            AccountNotifier.ERASURE_DECLINED);

    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,79}");

    /** One kind of notice, its label in the asker's language and the person's choice. */
    public record Choice(String kind, String label, Delivery delivery) {}

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final NoticeText text;

    NotificationPreferences(JdbcClient jdbc, Notifications notifications, NoticeText text) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.text = text;
    }

    @Transactional(readOnly = true)
    public List<Choice> of(CurrentUser me, Locale locale) {
        var chosen = stored(me.id());
        var kinds = new TreeSet<>(KNOWN_KINDS);
        kinds.addAll(notifications.kindsOf(me.id()));
        kinds.addAll(chosen.keySet());
        return kinds.stream()
                .map(k -> new Choice(k, text.kind(k, locale), chosen.getOrDefault(k, Delivery.IMMEDIATE)))
                .sorted(java.util.Comparator.comparing(Choice::label))
                .toList();
    }

    /** Saves the person's choices; every kind is checked before anything is written. */
    @Transactional
    public void set(CurrentUser me, Map<String, Delivery> choices) {
        for (var e : choices.entrySet()) {
            if (e.getKey() == null || !KIND.matcher(e.getKey()).matches()) {
                throw new BadRequestException("kind", "notification.error.kind", String.valueOf(e.getKey()));
            }
            if (e.getValue() == null) {
                throw new BadRequestException("delivery", "notification.error.delivery", e.getKey());
            }
        }
        choices.forEach((kind, delivery) -> choose(me.id(), kind, delivery));
    }

    @Transactional
    void choose(long userId, String kind, Delivery delivery) {
        jdbc.sql("delete from notification_preference where user_id = :u and kind = :k")
                .param("u", userId)
                .param("k", kind)
                .update();
        if (delivery != Delivery.IMMEDIATE) {
            jdbc.sql("insert into notification_preference (user_id, kind, delivery) values (:u, :k, :d)")
                    .param("u", userId)
                    .param("k", kind)
                    .param("d", delivery.name())
                    .update();
        }
    }

    Delivery of(long userId, String kind) {
        return jdbc.sql("select delivery from notification_preference where user_id = :u and kind = :k")
                .param("u", userId)
                .param("k", kind)
                .query(String.class)
                .optional()
                .map(Delivery::valueOf)
                .orElse(Delivery.IMMEDIATE);
    }

    private Map<String, Delivery> stored(long userId) {
        var map = new LinkedHashMap<String, Delivery>();
        jdbc.sql("select kind, delivery from notification_preference where user_id = :u")
                .param("u", userId)
                .query((rs, i) -> Map.entry(rs.getString(1), Delivery.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
