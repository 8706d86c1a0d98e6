package bg.libpartners.event;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.platform.SqlInstants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events' section of the dashboards: events held or planned (not cancelled) and people who attended, each by
 * oblast and by kind, in the scope asked for (oblast, organising library, year of the start).
 */
@Component
class EventFigureSource implements FigureSource {

    private final JdbcClient jdbc;
    private final SqlInstants instants;

    EventFigureSource(JdbcClient jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    @Override
    public String section() {
        return "event";
    }

    /** Events have no partner type, and no municipality here: the oblast, the organising library and the year. */
    @Override
    public InsightScope scopeRead(InsightScope scope) {
        return new InsightScope(scope.oblast(), scope.organisationId(), scope.year());
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        var where = new StringBuilder(" where e.status <> 'CANCELLED'");
        var params = new LinkedHashMap<String, Object>();
        if (scope.oblast() != null) {
            where.append(" and e.oblast_code = :oblast");
            params.put("oblast", scope.oblast());
        }
        if (scope.organisationId() != null) {
            where.append(" and e.library_id = :org");
            params.put("org", scope.organisationId());
        }
        if (scope.year() != null) {
            where.append(" and e.starts_at >= :from and e.starts_at < :to");
            params.put(
                    "from",
                    instants.bind(java.time.LocalDate.of(scope.year(), 1, 1)
                            .atStartOfDay(EventTimes.ZONE)
                            .toInstant()));
            params.put(
                    "to",
                    instants.bind(java.time.LocalDate.of(scope.year() + 1, 1, 1)
                            .atStartOfDay(EventTimes.ZONE)
                            .toInstant()));
        }
        var events = "select %s, count(*) from event e" + where + " group by %s order by %s";
        var attended = "select %s, count(*) from event_registration r join event e on e.id = r.event_id" + where
                + " and r.attended = true group by %s order by %s";
        var byOblast = grouped(events, "coalesce(e.oblast_code, '-')", params);
        var byKind = grouped(events, "e.kind", params);
        var attendedByOblast = grouped(attended, "coalesce(e.oblast_code, '-')", params);
        var attendedByKind = grouped(attended, "e.kind", params);
        var list = new ArrayList<Figure>();
        list.add(new Figure("events-by-oblast", sum(byOblast), Figure.Unit.COUNT, "oblast", byOblast, "/events"));
        list.add(new Figure("events-by-kind", sum(byKind), Figure.Unit.COUNT, "kind", byKind, "/events"));
        list.add(new Figure(
                "attendance-by-oblast", sum(attendedByOblast), Figure.Unit.COUNT, "oblast", attendedByOblast, null));
        list.add(
                new Figure("attendance-by-kind", sum(attendedByKind), Figure.Unit.COUNT, "kind", attendedByKind, null));
        return list;
    }

    private Map<String, Number> grouped(String template, String column, Map<String, Object> params) {
        var map = new LinkedHashMap<String, Number>();
        var sql = jdbc.sql(template.formatted(column, column, column));
        for (var p : params.entrySet()) {
            sql = sql.param(p.getKey(), p.getValue());
        }
        sql.query((rs, i) -> map.put(rs.getString(1), rs.getLong(2))).list();
        return map;
    }

    private static long sum(Map<String, Number> map) {
        return map.values().stream().mapToLong(Number::longValue).sum();
    }
}
