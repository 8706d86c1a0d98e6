package bg.libpartners.partnership;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Partnerships by stage, in an oblast or the whole programme: the start pages' "at a glance" and the dashboards. */
@Component
class PartnershipFigures implements FigureSource {

    private final JdbcClient jdbc;

    PartnershipFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "partnership";
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        var byStatus = new LinkedHashMap<String, Number>();
        for (var s : PartnershipStatus.values()) {
            byStatus.put(s.name(), 0L);
        }
        var sql = "select status, count(*) from partnership"
                + (scope.oblast() == null ? "" : " where oblast_code = :oblast") + " group by status";
        var statement = jdbc.sql(sql);
        if (scope.oblast() != null) {
            statement = statement.param("oblast", scope.oblast());
        }
        long total = 0;
        for (var row : statement.query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)}).list()) {
            byStatus.put((String) row[0], (Long) row[1]);
            total += (Long) row[1];
        }
        var link = "/partnerships" + (scope.oblast() == null ? "" : "?oblast=" + scope.oblast());
        return List.of(new Figure("byStatus", total, Figure.Unit.COUNT, "status", byStatus, link),
                Figure.count("active", byStatus.get("ACTIVE").longValue(), link + (scope.oblast() == null ? "?" : "&")
                        + "status=ACTIVE"),
                Figure.count("negotiation", byStatus.get("NEGOTIATION").longValue(), link
                        + (scope.oblast() == null ? "?" : "&") + "status=NEGOTIATION"));
    }
}
