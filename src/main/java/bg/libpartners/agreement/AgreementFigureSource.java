package bg.libpartners.agreement;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.partnership.PartnershipGraph;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.LongStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Agreements for the dashboards: cooperation agreements signed (a partnership counts once, whatever the number of
 * versions signed) split by the year of the first signature, and those approved by the board. The scope's oblast,
 * municipality, library and partner type are the partnership module's to read ({@link PartnershipGraph#inScope}); the
 * year is the signature's, read here.
 */
@Component
class AgreementFigureSource implements FigureSource {

    private final JdbcClient jdbc;
    private final PartnershipGraph graph;

    AgreementFigureSource(JdbcClient jdbc, PartnershipGraph graph) {
        this.jdbc = jdbc;
        this.graph = graph;
    }

    @Override
    public String section() {
        return "agreement";
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        long[] partnerships = graph.inScope(scope);
        if (partnerships != null) {
            where.append(" and v.partnership_id = any(:partnerships)");
            params.put(
                    "partnerships",
                    new SqlArrayValue(
                            "bigint", LongStream.of(partnerships).boxed().toArray()));
        }
        var year = "";
        if (scope.year() != null) {
            year = " where t.y = :year";
            params.put("year", scope.year());
        }
        var byYear = new LinkedHashMap<String, Number>();
        jdbc.sql("select t.y, count(*) from (select v.partnership_id, cast(extract(year from min(v.signed_at))"
                        + " as integer) y from agreement_version v" + where
                        + " and v.signed_at is not null group by v.partnership_id) t" + year
                        + " group by t.y order by 1")
                .params(params)
                .query((rs, n) -> byYear.put(rs.getString(1), rs.getLong(2)))
                .list();
        long signed = byYear.values().stream().mapToLong(Number::longValue).sum();
        long approved = jdbc.sql("select count(distinct v.partnership_id) from agreement_version v" + where
                        + " and v.status = 'APPROVED'"
                        + (scope.year() == null ? "" : " and extract(year from v.decided_at) = :year"))
                .params(params)
                .query(Long.class)
                .single();
        return List.of(
                new Figure("signed", signed, Figure.Unit.COUNT, "year", byYear, null),
                Figure.count("approved", approved, null));
    }
}
