package bg.libpartners.agreement;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agreements for the dashboards: cooperation agreements signed (a partnership counts once, whatever the number of
 * versions signed) split by the year of the first signature, and those approved by the board. The scope reads the
 * partnership's oblast, municipality and library, and the year of signature.
 */
@Component
class AgreementFigures implements FigureSource {

    private final JdbcClient jdbc;

    AgreementFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "agreement";
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        if (scope.oblast() != null) {
            where.append(" and p.oblast_code = :oblast");
            params.put("oblast", scope.oblast());
        }
        if (scope.municipality() != null) {
            where.append(" and p.municipality_code = :municipality");
            params.put("municipality", scope.municipality());
        }
        if (scope.organisationId() != null) {
            where.append(" and (p.lead_library_id = :organisation or p.holder_id = :organisation)");
            params.put("organisation", scope.organisationId());
        }
        if (scope.partnerType() != null) {
            where.append(" and exists (select 1 from partnership_party t where t.partnership_id = p.id"
                    + " and t.partner_type = :type)");
            params.put("type", scope.partnerType());
        }
        var year = "";
        if (scope.year() != null) {
            year = " where t.y = :year";
            params.put("year", scope.year());
        }
        var byYear = new LinkedHashMap<String, Number>();
        jdbc.sql("select t.y, count(*) from (select v.partnership_id, cast(extract(year from min(v.signed_at))"
                + " as integer) y from agreement_version v join partnership p on p.id = v.partnership_id" + where
                + " and v.signed_at is not null group by v.partnership_id) t" + year + " group by t.y order by 1")
                .params(params).query((rs, n) -> byYear.put(rs.getString(1), rs.getLong(2))).list();
        long signed = byYear.values().stream().mapToLong(Number::longValue).sum();
        long approved = jdbc.sql("select count(distinct v.partnership_id) from agreement_version v join partnership p"
                + " on p.id = v.partnership_id" + where + " and v.status = 'APPROVED'"
                + (scope.year() == null ? "" : " and extract(year from v.decided_at) = :year")).params(params)
                .query(Long.class).single();
        return List.of(new Figure("signed", signed, Figure.Unit.COUNT, "year", byYear, null),
                Figure.count("approved", approved, null));
    }
}
