package bg.libpartners.directory;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registry's part of the dashboards: working libraries and chitalishta by oblast (or by municipality inside an
 * oblast), libraries by kind, partner organisations by type. One grouped count over the organisation table, which its
 * (oblast_code, kind) index answers. The registry has no year: the year filter does not change these figures, and a
 * library's own dashboard has no registry section.
 */
@Component
class DirectoryFigureSource implements FigureSource {

    private final JdbcClient jdbc;

    DirectoryFigureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "directory";
    }

    /** The registry has no year. */
    @Override
    public InsightScope scopeRead(InsightScope scope) {
        return new InsightScope(
                scope.oblast(), scope.organisationId(), null, scope.municipality(), scope.partnerType());
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        if (scope.organisationId() != null) {
            return List.of();
        }
        var where = new StringBuilder(" where status = 'ACTIVE'");
        var params = new HashMap<String, Object>();
        if (scope.oblast() != null) {
            where.append(" and oblast_code = :oblast");
            params.put("oblast", scope.oblast());
        }
        if (scope.municipality() != null) {
            where.append(" and municipality_code = :municipality");
            params.put("municipality", scope.municipality());
        }
        String place = scope.oblast() == null && scope.municipality() == null ? "oblast_code" : "municipality_code";
        String by = scope.oblast() == null && scope.municipality() == null ? "oblast" : "municipality";
        var libraries = new TreeMap<String, Number>();
        var chitalishta = new TreeMap<String, Number>();
        var partners = new TreeMap<String, Number>();
        var kinds = new TreeMap<String, Number>();
        long[] totals = new long[3];
        jdbc.sql("select kind, " + place + ", coalesce(library_kind, partner_type), count(*) from organisation" + where
                        + " group by kind, " + place + ", coalesce(library_kind, partner_type)")
                .params(params)
                .query((rs, n) -> {
                    var kind = rs.getString(1);
                    var region = rs.getString(2) == null ? "-" : rs.getString(2);
                    var type = rs.getString(3) == null ? "-" : rs.getString(3);
                    long count = rs.getLong(4);
                    switch (kind) {
                        case "LIBRARY" -> {
                            libraries.merge(region, count, DirectoryFigureSource::add);
                            kinds.merge(type, count, DirectoryFigureSource::add);
                            totals[0] += count;
                        }
                        case "CHITALISHTE" -> {
                            chitalishta.merge(region, count, DirectoryFigureSource::add);
                            totals[1] += count;
                        }
                        default -> {
                            if (scope.partnerType() == null
                                    || scope.partnerType().equals(type)) {
                                partners.merge(type, count, DirectoryFigureSource::add);
                                totals[2] += count;
                            }
                        }
                    }
                    return null;
                })
                .list();
        var out = new ArrayList<Figure>();
        out.add(new Figure("libraries", totals[0], Figure.Unit.COUNT, by, libraries, link(scope, "LIBRARY", null)));
        out.add(new Figure(
                "chitalishta", totals[1], Figure.Unit.COUNT, by, chitalishta, link(scope, "CHITALISHTE", null)));
        out.add(new Figure(
                "librariesByKind", totals[0], Figure.Unit.COUNT, "libraryKind", kinds, link(scope, "LIBRARY", null)));
        out.add(new Figure(
                "partners",
                totals[2],
                Figure.Unit.COUNT,
                "partnerType",
                ordered(partners),
                link(scope, "PARTNER", scope.partnerType())));
        return out;
    }

    /**
     * Each oblast's values in one grouped query: its active libraries (twice: by place and by kind), chitalishta and
     * partners (of the scope's partner type only, when it has one).
     */
    @Override
    public Map<String, Map<String, Number>> valuesByOblast(InsightScope scope) {
        var out = new TreeMap<String, Map<String, Number>>();
        jdbc.sql("select oblast_code, kind, coalesce(library_kind, partner_type), count(*) from organisation"
                        + " where status = 'ACTIVE' and oblast_code is not null"
                        + " group by oblast_code, kind, coalesce(library_kind, partner_type)")
                .query(rs -> {
                    var values = out.computeIfAbsent(rs.getString(1), k -> {
                        var zero = new LinkedHashMap<String, Number>();
                        for (var key : List.of("libraries", "chitalishta", "librariesByKind", "partners")) {
                            zero.put(key, 0L);
                        }
                        return zero;
                    });
                    var kind = rs.getString(2);
                    var type = rs.getString(3) == null ? "-" : rs.getString(3);
                    long count = rs.getLong(4);
                    switch (kind) {
                        case "LIBRARY" -> {
                            values.merge("libraries", count, DirectoryFigureSource::add);
                            values.merge("librariesByKind", count, DirectoryFigureSource::add);
                        }
                        case "CHITALISHTE" -> values.merge("chitalishta", count, DirectoryFigureSource::add);
                        default -> {
                            if (scope.partnerType() == null
                                    || scope.partnerType().equals(type)) {
                                values.merge("partners", count, DirectoryFigureSource::add);
                            }
                        }
                    }
                });
        return out;
    }

    private static Number add(Number a, Number b) {
        return a.longValue() + b.longValue();
    }

    private static Map<String, Number> ordered(Map<String, Number> byType) {
        var out = new LinkedHashMap<String, Number>();
        byType.entrySet().stream()
                .sorted((a, b) ->
                        Long.compare(b.getValue().longValue(), a.getValue().longValue()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The directory's search page with the same filters: what the figure counts. */
    private static String link(InsightScope scope, String kind, String type) {
        var uri = UriComponentsBuilder.fromPath("/organisations")
                .queryParam("kind", kind)
                .queryParam("status", "ACTIVE");
        if (type != null) {
            uri.queryParam("type", type);
        }
        if (scope.oblast() != null) {
            uri.queryParam("oblast", scope.oblast());
        }
        if (scope.municipality() != null) {
            uri.queryParam("municipality", scope.municipality());
        }
        return uri.build().encode().toUriString();
    }
}
