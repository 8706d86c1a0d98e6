package bg.libpartners.event;

import bg.libpartners.platform.SqlInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar's rows in SQL, the viewer's visibility written out for who they are: nothing for an administrator,
 * public events for a visitor, and for a signed-in person only the branches that can match them (their oblasts, their
 * libraries, their audience keys, their registrations).
 * <p>
 * Not in HQL on purpose: Hibernate does not cache the plan of a query with a list parameter ({@code in :oblasts}), so
 * the same query was translated again at every request, a quarter of the CPU of a calendar page at 20 clients. And a
 * condition left out is one the database does not have to weigh for every event of the window.
 */
@Component
class CalendarRows {

    /** Who sees which events (see {@link EventAccess}); empty lists are branches that do not apply. */
    record Viewer(boolean all, Long me, List<String> oblasts, List<Long> libraries, List<String> keys, String role) {}

    private static final String COLUMNS = "select e.id, e.kind, e.title, e.starts_at, e.ends_at, e.settlement_name,"
            + " e.oblast_code, e.online_url, e.capacity, e.status, e.public_event from event e";

    private final JdbcClient jdbc;
    private final SqlInstants instants;

    CalendarRows(JdbcClient jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    /** A page of the events starting in [from, to) that the viewer may see, in order of start. */
    Page<EventRow> page(Viewer v, Instant from, Instant to, String oblast, EventKind kind, Pageable pageable) {
        var content = rows(v, from, to, oblast, kind, pageable.getOffset(), pageable.getPageSize());
        LongSupplier total = () -> where(
                        jdbc.sql("select count(*) from event e" + where(v, oblast, kind)), v, from, to, oblast, kind)
                .query(Long.class)
                .single();
        return PageableExecutionUtils.getPage(content, pageable, total);
    }

    /** Per event and status, how many registrations: {@code [eventId, status, count]} (plain SQL, see above). */
    List<Object[]> countsByEvent(java.util.Collection<Long> ids) {
        return jdbc.sql("select event_id, status, count(*) from event_registration where event_id in (:ids)"
                        + " group by event_id, status")
                .param("ids", ids)
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), RegistrationStatus.valueOf(rs.getString(2)), rs.getLong(3)})
                .list();
    }

    /** At most {@code limit} of those events from {@code offset} on, uncounted. */
    List<EventRow> rows(Viewer v, Instant from, Instant to, String oblast, EventKind kind, long offset, int limit) {
        var sql = COLUMNS + where(v, oblast, kind) + " order by e.starts_at, e.id offset :offset rows"
                + " fetch first :limit rows only";
        return where(jdbc.sql(sql), v, from, to, oblast, kind)
                .param("offset", offset)
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    /**
     * Events starting in [from, to) that the person is invited to by one of their audience keys (and their role), at
     * most {@code limit}: the keys' events first (an index lookup), then the window, so a year of others is not read.
     */
    List<EventRow> invitedTo(List<String> keys, String role, Instant from, Instant to, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        COLUMNS
                                + " where e.id in (select a.event_id from event_audience a where a.scope_key in (:keys))"
                                + " and (e.audience_roles is null or e.audience_roles like :role)"
                                + " and e.starts_at >= :from and e.starts_at < :to order by e.starts_at, e.id fetch first :limit rows only")
                .param("keys", keys)
                .param("role", role)
                .param("from", instants.bind(from))
                .param("to", instants.bind(to))
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    /** Events starting in [from, to) that the person is registered for (not cancelled), at most {@code limit}. */
    List<EventRow> registeredFor(long me, Instant from, Instant to, int limit) {
        return jdbc.sql(COLUMNS + " where e.id in (select r.event_id from event_registration r where r.user_id = :me"
                        + " and r.status <> 'CANCELLED') and e.starts_at >= :from and e.starts_at < :to"
                        + " order by e.starts_at, e.id fetch first :limit rows only")
                .param("me", me)
                .param("from", instants.bind(from))
                .param("to", instants.bind(to))
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    private static String where(Viewer v, String oblast, EventKind kind) {
        var sql = new StringBuilder(" where e.starts_at >= :from and e.starts_at < :to");
        if (oblast != null) {
            sql.append(" and e.oblast_code = :oblast");
        }
        if (kind != null) {
            sql.append(" and e.kind = :kind");
        }
        if (v.all()) {
            return sql.toString();
        }
        sql.append(" and (e.public_event = true");
        if (v.me() != null) {
            sql.append(" or e.organiser_id = :me");
            sql.append(" or exists (select 1 from event_registration r where r.event_id = e.id and r.user_id = :me"
                    + " and r.status <> 'CANCELLED')");
        }
        if (!v.oblasts().isEmpty()) {
            sql.append(" or e.oblast_code in (:oblasts)");
        }
        if (!v.libraries().isEmpty()) {
            sql.append(" or e.library_id in (:libraries)");
        }
        if (!v.keys().isEmpty()) {
            sql.append(" or (exists (select 1 from event_audience a where a.event_id = e.id and a.scope_key in (:keys))"
                    + " and (e.audience_roles is null or e.audience_roles like :role))");
        }
        return sql.append(')').toString();
    }

    private JdbcClient.StatementSpec where(
            JdbcClient.StatementSpec spec, Viewer v, Instant from, Instant to, String oblast, EventKind kind) {
        spec.param("from", instants.bind(from)).param("to", instants.bind(to));
        if (oblast != null) {
            spec.param("oblast", oblast);
        }
        if (kind != null) {
            spec.param("kind", kind.name());
        }
        if (!v.all()) {
            if (v.me() != null) {
                spec.param("me", v.me());
            }
            if (!v.oblasts().isEmpty()) {
                spec.param("oblasts", v.oblasts());
            }
            if (!v.libraries().isEmpty()) {
                spec.param("libraries", v.libraries());
            }
            if (!v.keys().isEmpty()) {
                spec.param("keys", v.keys()).param("role", v.role());
            }
        }
        return spec;
    }

    private EventRow row(ResultSet rs, int n) throws SQLException {
        return new EventRow(
                rs.getLong("id"),
                EventKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                instants.read(rs, "starts_at"),
                instants.read(rs, "ends_at"),
                rs.getString("settlement_name"),
                rs.getString("oblast_code"),
                rs.getString("online_url"),
                rs.getObject("capacity", Integer.class),
                EventStatus.valueOf(rs.getString("status")),
                rs.getBoolean("public_event"));
    }
}
