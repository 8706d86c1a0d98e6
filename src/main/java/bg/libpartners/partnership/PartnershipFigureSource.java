package bg.libpartners.partnership;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    PartnershipFigureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "partnership";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(InsightScope scope) {
        var q = new FigureQueries(scope);
        var byStatus = q.counts(jdbc, "select p.status, count(*) from partnership p" + q.where + " group by p.status");
        var stages = new LinkedHashMap<String, Number>();
        Arrays.stream(PartnershipStatus.values())
                .forEach(s -> stages.put(s.name(), byStatus.getOrDefault(s.name(), 0L)));
        long total = FigureQueries.sum(stages);
        var out = new ArrayList<Figure>();
        out.add(new Figure("byStage", total, Figure.Unit.COUNT, "status", stages, q.link(null)));
        out.add(new Figure(
                "byPartnerType",
                total,
                Figure.Unit.COUNT,
                "partnerType",
                q.counts(
                        jdbc,
                        "select pp.partner_type, count(distinct p.id) from partnership p join partnership_party pp"
                                + " on pp.partnership_id = p.id" + q.where + " and pp.partner_type is not null"
                                + " group by pp.partner_type order by 2 desc, 1"),
                q.link(null)));
        out.add(new Figure(
                "byField",
                total,
                Figure.Unit.COUNT,
                "field",
                q.counts(
                        jdbc,
                        "select f.code, count(*) from partnership p join partnership_field f on f.partnership_id = p.id"
                                + q.where + " group by f.code order by 2 desc, 1"),
                q.link(null)));
        out.add(new Figure(
                "byTargetGroup",
                total,
                Figure.Unit.COUNT,
                "targetGroup",
                q.counts(
                        jdbc,
                        "select g.code, count(*) from partnership p join partnership_target_group g"
                                + " on g.partnership_id = p.id" + q.where + " group by g.code order by 2 desc, 1"),
                q.link(null)));
        if (scope.organisationId() == null) {
            boolean national = scope.oblast() == null && scope.municipality() == null;
            var place = national ? "p.oblast_code" : "p.municipality_code";
            out.add(new Figure(
                    national ? "byOblast" : "byMunicipality",
                    total,
                    Figure.Unit.COUNT,
                    national ? "oblast" : "municipality",
                    q.counts(
                            jdbc,
                            "select " + place + ", count(*)" + " from partnership p" + q.where + " group by " + place
                                    + " order by 1"),
                    q.link(null)));
        }
        out.add(new Figure(
                "byYear",
                total,
                Figure.Unit.COUNT,
                "year",
                q.counts(
                        jdbc,
                        "select cast("
                                + FigureQueries.YEAR + " as integer), count(*) from partnership p" + q.where
                                + " group by cast(" + FigureQueries.YEAR + " as integer) order by 1"),
                q.link(null)));
        out.add(Figure.count("active", stages.get("ACTIVE").longValue(), q.link("ACTIVE")));
        out.add(Figure.count(
                "partners",
                jdbc.sql("select count(distinct pp.organisation_id) from partnership p"
                                + " join partnership_party pp on pp.partnership_id = p.id" + q.where
                                + " and pp.organisation_id <> p.lead_library_id")
                        .params(q.params)
                        .query(Long.class)
                        .single(),
                q.link(null)));
        return out;
    }

    /**
     * Each oblast's values in two grouped queries: every figure but two is the oblast's number of partnerships, then
     * the active ones and the partner organisations involved.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<String, Number>> valuesByOblast(InsightScope scope) {
        var q = new FigureQueries(new InsightScope(null, null, scope.year(), null, scope.partnerType()));
        var out = new java.util.TreeMap<String, Map<String, Number>>();
        jdbc.sql("select p.oblast_code, count(*), sum(case when p.status = 'ACTIVE' then 1 else 0 end)"
                        + " from partnership p" + q.where + " and p.oblast_code is not null group by p.oblast_code")
                .params(q.params)
                .query(rs -> {
                    var values = new LinkedHashMap<String, Number>();
                    for (var key : List.of(
                            "byStage", "byPartnerType", "byField", "byTargetGroup", "byMunicipality", "byYear")) {
                        values.put(key, rs.getLong(2));
                    }
                    values.put("active", rs.getLong(3));
                    values.put("partners", 0L);
                    out.put(rs.getString(1), values);
                });
        jdbc.sql("select p.oblast_code, count(distinct pp.organisation_id) from partnership p"
                        + " join partnership_party pp on pp.partnership_id = p.id" + q.where
                        + " and pp.organisation_id <> p.lead_library_id and p.oblast_code is not null"
                        + " group by p.oblast_code")
                .params(q.params)
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put("partners", rs.getLong(2));
                });
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
