package bg.libpartners.partnership;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships' part of the dashboards: by stage, partner type, field, target group, oblast (or municipality
 * inside an oblast) and year, and the partner organisations involved. Grouped counts over the partnership tables;
 * the dashboards cache them, and {@link FigureChangeListener} tells them when a partnership changed.
 */
@Component
class PartnershipFigureSource implements FigureSource {

    private final JdbcClient jdbc;
    private final FigureSession session;

    PartnershipFigureSource(JdbcClient jdbc, FigureSession session) {
        this.jdbc = jdbc;
        this.session = session;
    }

    @Override
    public String section() {
        return "partnership";
    }

    /** A row of the figures' statement: which count, its code (status, type, field, group), place, year, count. */
    private record Row(String kind, String code, String place, Integer year, long count) {}

    /**
     * The partnerships of the scope as one relation {@code s} (id, lead library, status, place, year), and what is
     * counted over it. A library's partnerships, or an oblast's (a municipality's) with a partner type, are read once,
     * as a common table expression, and everything is counted in one statement: at world scale an oblast's NGO
     * partnerships in 1.0–1.2 s, where the seven statements took 2.5 s, each finding them again. Without a partner type
     * (hundreds of thousands of rows in an oblast, millions in the country) the branches are run one by one with the
     * relation inlined: PostgreSQL then plans each as a parallel grouped join, 3.6 s for an oblast where the common
     * table expression, read by one process, took 7.5 s.
     */
    private static final List<String> BRANCHES = List.of(
            "select 'stage', s.status, s.place, s.y, count(*) from %s group by s.status, s.place, s.y",
            "select 'type', pp.partner_type, cast(null as varchar(5)), cast(null as integer), count(distinct s.id)"
                    + " from %s join partnership_party pp on pp.partnership_id = s.id"
                    + " where pp.partner_type is not null group by pp.partner_type",
            "select 'field', f.code, cast(null as varchar(5)), cast(null as integer), count(*)"
                    + " from %s join partnership_field f on f.partnership_id = s.id group by f.code",
            "select 'group', g.code, cast(null as varchar(5)), cast(null as integer), count(*)"
                    + " from %s join partnership_target_group g on g.partnership_id = s.id group by g.code",
            "select 'partners', cast(null as varchar(24)), cast(null as varchar(5)), cast(null as integer),"
                    + " count(distinct pp.organisation_id) from %s join partnership_party pp"
                    + " on pp.partnership_id = s.id where pp.organisation_id <> s.lead_library_id");

    /**
     * The types, fields and target groups of every partnership, for the programme without any filter: straight from
     * their tables (the indexes by code hold them), without the join to the partnerships that a filter needs.
     */
    private static final List<String> EVERY_PARTNERSHIP = List.of(
            "select 'type', pp.partner_type, cast(null as varchar(5)), cast(null as integer),"
                    + " count(distinct pp.partnership_id) from partnership_party pp where pp.partner_type is not null"
                    + " group by pp.partner_type",
            "select 'field', f.code, cast(null as varchar(5)), cast(null as integer), count(*)"
                    + " from partnership_field f group by f.code",
            "select 'group', g.code, cast(null as varchar(5)), cast(null as integer), count(*)"
                    + " from partnership_target_group g group by g.code");

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(InsightScope scope) {
        session.analytic();
        var q = new FigureQueries(scope);
        boolean national = scope.oblast() == null && scope.municipality() == null;
        var place = national ? "p.oblast_code" : "p.municipality_code";
        var scoped = "select p.id, p.lead_library_id, p.status, " + place + " place, cast(" + FigureQueries.YEAR
                + " as integer) y from partnership p" + q.where;
        var rows = new ArrayList<Row>();
        if (q.params.isEmpty()) { // the whole programme: no filter at all
            rows.addAll(rows(BRANCHES.get(0).formatted("(" + scoped + ") s"), q.params));
            for (var branch : EVERY_PARTNERSHIP) {
                rows.addAll(rows(branch, q.params));
            }
            rows.addAll(rows(BRANCHES.get(4).formatted("(" + scoped + ") s"), q.params));
        } else if (scope.organisationId() == null && (scope.partnerType() == null || national)) {
            for (var branch : BRANCHES) {
                rows.addAll(rows(branch.formatted("(" + scoped + ") s"), q.params));
            }
        } else {
            var union = String.join(
                    " union all ", BRANCHES.stream().map(b -> b.formatted("s")).toList());
            rows.addAll(rows("with s as (" + scoped + ") " + union, q.params));
        }
        var stages = new LinkedHashMap<String, Number>();
        Arrays.stream(PartnershipStatus.values()).forEach(st -> stages.put(st.name(), 0L));
        var places = new TreeMap<String, Number>(
                Comparator.comparing((String k) -> k.equals("-")).thenComparing(k -> k));
        var years = new TreeMap<Integer, Number>();
        var types = new LinkedHashMap<String, Number>();
        var fields = new LinkedHashMap<String, Number>();
        var groups = new LinkedHashMap<String, Number>();
        long partners = 0;
        for (var row : rows) {
            switch (row.kind()) {
                case "stage" -> {
                    stages.merge(row.code(), row.count(), FigureQueries::add);
                    places.merge(row.place() == null ? "-" : row.place(), row.count(), FigureQueries::add);
                    years.merge(row.year(), row.count(), FigureQueries::add);
                }
                case "type" -> types.put(row.code(), row.count());
                case "field" -> fields.put(row.code(), row.count());
                case "group" -> groups.put(row.code(), row.count());
                default -> partners = row.count();
            }
        }
        long total = FigureQueries.sum(stages);
        var byYear = new LinkedHashMap<String, Number>();
        years.forEach((year, n) -> byYear.put(String.valueOf(year), n));
        var out = new ArrayList<Figure>();
        out.add(new Figure("byStage", total, Figure.Unit.COUNT, "status", stages, q.link(null)));
        out.add(new Figure(
                "byPartnerType",
                total,
                Figure.Unit.COUNT,
                "partnerType",
                FigureQueries.mostFirst(types),
                q.link(null)));
        out.add(new Figure(
                "byField", total, Figure.Unit.COUNT, "field", FigureQueries.mostFirst(fields), q.link(null)));
        out.add(new Figure(
                "byTargetGroup",
                total,
                Figure.Unit.COUNT,
                "targetGroup",
                FigureQueries.mostFirst(groups),
                q.link(null)));
        if (scope.organisationId() == null) {
            out.add(new Figure(
                    national ? "byOblast" : "byMunicipality",
                    total,
                    Figure.Unit.COUNT,
                    national ? "oblast" : "municipality",
                    new LinkedHashMap<>(places),
                    q.link(null)));
        }
        out.add(new Figure("byYear", total, Figure.Unit.COUNT, "year", byYear, q.link(null)));
        out.add(Figure.count("active", stages.get("ACTIVE").longValue(), q.link("ACTIVE")));
        out.add(Figure.count("partners", partners, q.link(null)));
        return out;
    }

    private List<Row> rows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    int read = rs.getInt(4);
                    Integer year = rs.wasNull() ? null : read; // asked right after its own column, not the place's
                    return new Row(rs.getString(1).trim(), rs.getString(2), rs.getString(3), year, rs.getLong(5));
                })
                .list();
    }

    /**
     * Each oblast's values: every figure but two is the oblast's number of partnerships, then the active ones and the
     * partner organisations involved. With a partner type the type's partnerships are found once (a common table
     * expression) for both counts; without, both are grouped scans of every partnership.
     */
    /** The figures whose value for an oblast is its number of partnerships. */
    private static final List<String> OBLAST_TOTALS =
            List.of("byStage", "byPartnerType", "byField", "byTargetGroup", "byMunicipality", "byYear");

    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<String, Number>> valuesByOblast(InsightScope scope) {
        session.analytic();
        var q = new FigureQueries(new InsightScope(null, null, scope.year(), null, scope.partnerType()));
        var scoped = "select p.id, p.lead_library_id, p.status, p.oblast_code from partnership p" + q.where
                + " and p.oblast_code is not null";
        var counts = "select s.oblast_code, 'all', count(*), sum(case when s.status = 'ACTIVE' then 1 else 0 end)"
                + " from %s group by s.oblast_code";
        var partners = "select s.oblast_code, 'partners', count(distinct pp.organisation_id), 0 from %s"
                + " join partnership_party pp on pp.partnership_id = s.id"
                + " where pp.organisation_id <> s.lead_library_id group by s.oblast_code";
        var out = new TreeMap<String, Map<String, Number>>();
        RowCallbackHandler row = rs -> {
            var values = out.computeIfAbsent(rs.getString(1), k -> {
                var empty = new LinkedHashMap<String, Number>();
                for (var key : OBLAST_TOTALS) {
                    empty.put(key, 0L);
                }
                empty.put("active", 0L);
                empty.put("partners", 0L);
                return empty;
            });
            if (rs.getString(2).trim().equals("all")) {
                for (var key : OBLAST_TOTALS) {
                    values.put(key, rs.getLong(3));
                }
                values.put("active", rs.getLong(4));
            } else {
                values.put("partners", rs.getLong(3));
            }
        };
        if (scope.partnerType() != null) {
            jdbc.sql("with s as (" + scoped + ") " + counts.formatted("s") + " union all " + partners.formatted("s"))
                    .params(q.params)
                    .query(row);
        } else {
            jdbc.sql(counts.formatted("(" + scoped + ") s")).params(q.params).query(row);
            jdbc.sql(partners.formatted("(" + scoped + ") s")).params(q.params).query(row);
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Number> libraryMedians(InsightScope scope) {
        var q = new FigureQueries(new InsightScope(null, null, scope.year()));
        Number median = jdbc.sql("select percentile_cont(0.5) within group (order by c) from (select count(*) c"
                        + " from partnership p" + q.where + " group by p.lead_library_id) t")
                .params(q.params)
                .query((rs, n) -> rs.getObject(1) == null ? 0 : rs.getDouble(1))
                .single();
        return Map.of("byStage", median);
    }
}
