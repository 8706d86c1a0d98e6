package bg.libpartners.event;

import bg.libpartners.account.AccountService;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.Commits;
import bg.libpartners.platform.NotFoundException;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.platform.cache.AnswerCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar files: one event's {@code .ics}, and each person's subscribable feed of the events they are invited to or
 * registered for, at a secret URL. Only the secret's hash is kept; a new secret replaces the old one and revoking
 * deletes it, so an old URL stops working at once.
 */
@Service
public class CalendarFeedService {

    static final int FEED_LIMIT = 500;

    private final Events events;
    private final EventReads reads;
    private final CalendarFileRenderer files;
    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final AccountService users;
    private final Clock clock;
    /** Written feeds by their secret's hash, kept until anything is written (a calendar asks for its feed often). */
    private final AnswerCache<String, String> written;

    CalendarFeedService(
            Events events,
            EventReads reads,
            CalendarFileRenderer files,
            JdbcClient jdbc,
            SqlInstants instants,
            AccountService users,
            Clock clock,
            EventProperties properties) {
        this.written = new AnswerCache<>(properties.feedsKept(), properties.feedKept(), Commits::generation);
        this.events = events;
        this.reads = reads;
        this.files = files;
        this.jdbc = jdbc;
        this.instants = instants;
        this.users = users;
        this.clock = clock;
    }

    /** One event as iCalendar, when {@code me} may see it. */
    @Transactional(readOnly = true)
    public String eventIcs(CurrentUser me, long id) {
        var view = reads.view(me, id);
        return files.write(List.of(events.findById(view.id()).orElseThrow()), view.title());
    }

    /** A new secret feed URL path for the person (the old one stops working). */
    @Transactional
    public String renew(CurrentUser me) {
        var secret = Secrets.newSecret();
        jdbc.sql("delete from event_feed where user_id = :u")
                .param("u", me.id())
                .update();
        jdbc.sql("insert into event_feed (user_id, secret_hash, created_at) values (:u, :h, :at)")
                .param("u", me.id())
                .param("h", Secrets.hash(secret))
                .param("at", instants.bind(clock.instant()))
                .update();
        return "/api/v1/calendar/" + secret + ".ics";
    }

    @Transactional
    public void revoke(CurrentUser me) {
        jdbc.sql("delete from event_feed where user_id = :u")
                .param("u", me.id())
                .update();
    }

    @Transactional(readOnly = true)
    public boolean hasFeed(CurrentUser me) {
        return jdbc.sql("select count(*) from event_feed where user_id = :u")
                        .param("u", me.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The feed of the person the secret belongs to: a month back and a year ahead, at most 500 events. Kept as
     * written until anything is written on any node (a new secret, a revoked one, a changed event or registration),
     * for at most {@code libpartners.calendar.feed-kept}.
     */
    public String feed(String secret) {
        if (secret == null) {
            throw new NotFoundException("event.error.feedNotFound");
        }
        var hash = Secrets.hash(secret);
        return written.get(hash, () -> write(hash));
    }

    private String write(String secretHash) {
        Optional<Long> user = jdbc.sql("select user_id from event_feed where secret_hash = :h")
                .param("h", secretHash)
                .query(Long.class)
                .optional();
        var account = user.map(users::get)
                .filter(AccountService.UserView::enabled)
                .orElseThrow(() -> new NotFoundException("event.error.feedNotFound"));
        var me = new CurrentUser(
                account.id(),
                account.email(),
                account.displayName(),
                account.role(),
                account.scopes(),
                null,
                true,
                false,
                java.util.Locale.forLanguageTag("bg"));
        var now = clock.instant();
        var rows = reads.personal(me, now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(366)), FEED_LIMIT);
        var list = rows.isEmpty()
                ? new java.util.ArrayList<Event>()
                : events.findAllByIdIn(rows.stream().map(EventRow::id).toList());
        list.sort(java.util.Comparator.comparing(Event::getStartsAt));
        return files.write(list, "LibPartners");
    }
}
