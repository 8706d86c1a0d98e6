package bg.libpartners.partnership;

import bg.libpartners.insight.InsightScope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboards' filters as SQL over the partnership table ({@code p}): oblast, municipality, the library or
 * chitalishte (the lead library or the holder), a partner type among the parties, and the year the partnership
 * started (or was created, while it has no start date).
 */
final class FigureQueries {

    static final String YEAR = "extract(year from coalesce(p.start_date, p.created_at))";

    final String where;
    final Map<String, Object> params = new HashMap<>();
    private final InsightScope scope;

    FigureQueries(InsightScope scope) {
        this.scope = scope;
        var sql = new StringBuilder(" where 1 = 1");
        if (scope.oblast() != null) {
            sql.append(" and p.oblast_code = :oblast");
            params.put("oblast", scope.oblast());
        }
        if (scope.municipality() != null) {
            sql.append(" and p.municipality_code = :municipality");
            params.put("municipality", scope.municipality());
        }
        if (scope.organisationId() != null) {
            sql.append(" and (p.lead_library_id = :organisation or p.holder_id = :organisation)");
            params.put("organisation", scope.organisationId());
        }
        if (scope.partnerType() != null) {
            sql.append(" and exists (select 1 from partnership_party t where t.partnership_id = p.id"
                    + " and t.partner_type = :type)");
            params.put("type", scope.partnerType());
        }
        if (scope.year() != null) {
            sql.append(" and ").append(YEAR).append(" = :year");
            params.put("year", scope.year());
        }
        this.where = sql.toString();
    }

    /** {@code select key, count} grouped, in the order the query gives. */
    Map<String, Number> counts(JdbcClient jdbc, String sql) {
        var out = new LinkedHashMap<String, Number>();
        jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> out.put(rs.getString(1) == null ? "-" : rs.getString(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** The partnership list with the filters it knows. */
    String link(String status) {
        var uri = UriComponentsBuilder.fromPath("/partnerships");
        if (status != null) {
            uri.queryParam("status", status);
        }
        if (scope.oblast() != null) {
            uri.queryParam("oblast", scope.oblast());
        }
        if (scope.organisationId() != null) {
            uri.queryParam("library", scope.organisationId());
        }
        if (scope.partnerType() != null) {
            uri.queryParam("partnerType", scope.partnerType());
        }
        return uri.build().encode().toUriString();
    }

    static Number add(Number a, Number b) {
        return a.longValue() + b.longValue();
    }

    /** The counts the largest first, then by code: as {@code order by 2 desc, 1}. */
    static Map<String, Number> mostFirst(Map<String, Number> counts) {
        var out = new LinkedHashMap<String, Number>();
        counts.entrySet().stream()
                .sorted(java.util.Comparator.comparing(
                                (Map.Entry<String, Number> e) -> -e.getValue().longValue())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static long sum(Map<String, Number> counts) {
        return counts.values().stream().mapToLong(Number::longValue).sum();
    }
}
