package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.platform.SqlInstants;
import bg.libpartners.workspace.Task;
import bg.libpartners.workspace.TaskSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What waits in partnerships on a start page: for a library's staff their drafts, the running partnerships to renew
 * (ending within 60 days, urgent within 30) and new comments; for a partner the partnerships to confirm and new
 * comments. Indexed queries, at most 20 rows each.
 */
@Component
class PartnershipTaskSource implements TaskSource {

    static final int RENEW_DAYS = 60;
    static final int URGENT_DAYS = 30;
    static final int COMMENT_DAYS = 14;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Clock clock;

    PartnershipTaskSource(JdbcClient jdbc, SqlInstants instants, Clock clock) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(CurrentUser me) {
        var tasks = new ArrayList<Task>();
        var libraries = ids(me.refs(ScopeKind.LIBRARY));
        var organisations = ids(me.refs(ScopeKind.ORGANISATION));
        var parties = ids(me.refs(ScopeKind.PARTY));
        if (!libraries.isEmpty()) {
            drafts(libraries, tasks);
            toRenew(libraries, tasks);
            comments(me, "p.lead_library_id in (:libs)", libraries, List.of(-1L), List.of(-1L), tasks);
        }
        if (!organisations.isEmpty() || !parties.isEmpty()) {
            toConfirm(organisations, parties, tasks);
            comments(
                    me,
                    "exists (select 1 from partnership_party x where x.partnership_id = p.id and"
                            + " (x.organisation_id in (:orgs) or x.id in (:parties)))",
                    List.of(-1L),
                    orNone(organisations),
                    orNone(parties),
                    tasks);
        }
        return tasks;
    }

    private void drafts(List<Long> libraries, List<Task> tasks) {
        jdbc
                .sql(
                        "select id, title, updated_at from partnership where lead_library_id in (:ids) and status = 'DRAFT'"
                                + " order by updated_at desc fetch first 20 rows only")
                .param("ids", libraries)
                .query((rs, i) -> new Task(
                        "partnership.draft",
                        List.of(rs.getString(2)),
                        "/partnerships/" + rs.getLong(1),
                        null,
                        instants.read(rs, 3),
                        false))
                .list()
                .stream()
                .limit(20)
                .forEach(tasks::add);
    }

    private void toRenew(List<Long> libraries, List<Task> tasks) {
        var today = LocalDate.now(clock);
        jdbc
                .sql("select id, title, end_date from partnership where lead_library_id in (:ids) and status = 'ACTIVE'"
                        + " and end_date between :from and :to order by end_date fetch first 20 rows only")
                .param("ids", libraries)
                .param("from", today)
                .param("to", today.plusDays(RENEW_DAYS))
                .query((rs, i) -> {
                    var end = rs.getDate(3).toLocalDate();
                    long days = ChronoUnit.DAYS.between(today, end);
                    return new Task(
                            "partnership.renew",
                            List.of(rs.getString(2), DATE.format(end), String.valueOf(days)),
                            "/partnerships/" + rs.getLong(1),
                            end,
                            null,
                            days <= URGENT_DAYS);
                })
                .list()
                .stream()
                .limit(20)
                .forEach(tasks::add);
    }

    private void toConfirm(List<Long> organisations, List<Long> parties, List<Task> tasks) {
        jdbc
                .sql("select p.id, p.title, x.organisation_name, p.updated_at from partnership p"
                        + " join partnership_party x on x.partnership_id = p.id where p.status = 'NEGOTIATION'"
                        + " and x.confirmed_at is null and (x.organisation_id in (:orgs) or x.id in (:parties))"
                        + " order by p.updated_at desc fetch first 20 rows only")
                .param("orgs", orNone(organisations))
                .param("parties", orNone(parties))
                .query((rs, i) -> new Task(
                        "partnership.to-confirm",
                        List.of(rs.getString(2), rs.getString(3)),
                        "/partnerships/" + rs.getLong(1),
                        null,
                        instants.read(rs, 4),
                        true))
                .list()
                .stream()
                .limit(20)
                .forEach(tasks::add);
    }

    /** Comments of the last two weeks by others on the partnerships {@code where} selects. */
    private void comments(
            CurrentUser me, String where, List<Long> libs, List<Long> orgs, List<Long> parties, List<Task> tasks) {
        var since = clock.instant().minus(COMMENT_DAYS, ChronoUnit.DAYS);
        jdbc
                .sql("select c.partnership_id, p.title, c.author_name, c.created_at from partnership_comment c"
                        + " join partnership p on p.id = c.partnership_id where c.created_at > :since"
                        + " and (c.author_id is null or c.author_id <> :me) and " + where
                        + " order by c.created_at desc fetch first 10 rows only")
                .param("since", instants.bind(since))
                .param("me", me.id())
                .param("libs", libs)
                .param("orgs", orgs)
                .param("parties", parties)
                .query((rs, i) -> new Task(
                        "partnership.comment",
                        List.of(rs.getString(2), rs.getString(3)),
                        "/partnerships/" + rs.getLong(1),
                        null,
                        instants.read(rs, 4),
                        false))
                .list()
                .stream()
                .limit(10)
                .forEach(tasks::add);
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    static List<Long> ids(Collection<String> refs) {
        var out = new ArrayList<Long>();
        for (var r : refs) {
            try {
                out.add(Long.parseLong(r));
            } catch (NumberFormatException ignored) {
                // not a record id
            }
        }
        return out;
    }
}
