package bg.libpartners.event;

import bg.libpartners.insight.OpenDataset;
import bg.libpartners.platform.SqlInstants;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open data: the public events — what, when, where, how many places, how many registered and attended. Never a
 * person's name or e-mail, nor the organiser, nor an event that is not public.
 */
@Component
class EventDataset implements OpenDataset {

    private static final List<Column> COLUMNS = Arrays.asList(
            new Column("id", "integer", "event.dataset.id"),
            new Column("kind", "string", "event.dataset.kind"),
            new Column("title", "string", "event.dataset.title"),
            new Column("starts_at", "string", "event.dataset.startsAt"),
            new Column("ends_at", "string", "event.dataset.endsAt"),
            new Column("oblast", "string", "event.dataset.oblast"),
            new Column("ekatte", "string", "event.dataset.ekatte"),
            new Column("settlement", "string", "event.dataset.settlement"),
            new Column("online", "boolean", "event.dataset.online"),
            new Column("capacity", "integer", "event.dataset.capacity"),
            new Column("registered", "integer", "event.dataset.registered"),
            new Column("attended", "integer", "event.dataset.attended"),
            new Column("status", "string", "event.dataset.status"));

    private final JdbcClient jdbc;
    private final SqlInstants instants;
    private final Events events;

    EventDataset(JdbcClient jdbc, SqlInstants instants, Events events) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.events = events;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    @Transactional(readOnly = true)
    public void rows(Consumer<List<Object>> sink) {
        jdbc.sql("select e.id, e.kind, e.title, e.starts_at, e.ends_at, e.oblast_code, e.ekatte, e.settlement_name,"
                        + " e.online_url is not null as online, e.capacity, e.status,"
                        + " (select count(*) from event_registration r where r.event_id = e.id and r.status = 'REGISTERED') as reg,"
                        + " (select count(*) from event_registration r where r.event_id = e.id and r.attended = true) as att"
                        + " from event e where e.public_event = true order by e.starts_at, e.id")
                .query(rs -> {
                    sink.accept(Arrays.asList(
                            rs.getLong("id"),
                            rs.getString("kind"),
                            rs.getString("title"),
                            iso(instants.read(rs, "starts_at")),
                            iso(instants.read(rs, "ends_at")),
                            rs.getString("oblast_code"),
                            rs.getString("ekatte"),
                            rs.getString("settlement_name"),
                            rs.getBoolean("online"),
                            (Integer) rs.getObject("capacity", Integer.class),
                            rs.getLong("reg"),
                            rs.getLong("att"),
                            rs.getString("status")));
                });
    }

    private static String iso(Instant t) {
        return t == null ? null : EventTimes.zoned(t).toOffsetDateTime().toString();
    }

    @Override
    public Instant lastUpdated() {
        return events.lastUpdated();
    }
}
