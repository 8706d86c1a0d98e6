package bg.libpartners.funding;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.platform.SqlInstants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-financing on the dashboards: calls published, proposals submitted, projects won, grants awarded and
 * co-financing, the money split by oblast (or by year within an oblast), within the scope asked for.
 */
@Component
class FundingFigureSource implements FigureSource {

    private final JdbcClient jdbc;
    private final SqlInstants instants;

    FundingFigureSource(JdbcClient jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    @Override
    public String section() {
        return "funding";
    }

    /** Applications and grants have no partner type, and no municipality here: the oblast, the library, the year. */
    @Override
    public InsightScope scopeRead(InsightScope scope) {
        return new InsightScope(scope.oblast(), scope.organisationId(), scope.year());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(InsightScope scope) {
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scope.oblast() != null) {
            where.append(" and a.oblast_code = :oblast");
            params.put("oblast", scope.oblast());
        }
        if (scope.organisationId() != null) {
            where.append(" and a.library_id = :org");
            params.put("org", scope.organisationId());
        }
        var appWhere = new StringBuilder(where).append(" and a.status <> 'DRAFT'");
        if (scope.year() != null) {
            appWhere.append(" and a.submitted_at >= :from and a.submitted_at < :to");
            // the year in Sofia, as the deadlines are
            params.put(
                    "from",
                    instants.bind(LocalDate.of(scope.year(), 1, 1)
                            .atStartOfDay(CallInput.SOFIA)
                            .toInstant()));
            params.put(
                    "to",
                    instants.bind(LocalDate.of(scope.year() + 1, 1, 1)
                            .atStartOfDay(CallInput.SOFIA)
                            .toInstant()));
        }
        var grantWhere = new StringBuilder(where.toString().replace("a.", "g."));
        if (scope.year() != null) {
            grantWhere.append(" and g.award_year = :year");
            params.put("year", scope.year());
        }
        var figures = new ArrayList<Figure>();
        long calls = jdbc.sql("select count(*) from funding_call where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        figures.add(Figure.count("calls", calls, "/calls?all=true"));
        long applications = jdbc.sql("select count(*) from funding_application a" + appWhere)
                .params(params)
                .query(Long.class)
                .single();
        figures.add(Figure.count("applications", applications, null));
        String split = scope.oblast() == null ? "g.oblast_code" : "g.award_year";
        Map<String, Number> awardedBy = new LinkedHashMap<>();
        Map<String, Number> cofinancedBy = new LinkedHashMap<>();
        long[] grants = {0};
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        jdbc.sql("select " + split + ", count(*), coalesce(sum(g.amount), 0), coalesce(sum(g.cofinanced), 0)"
                        + " from funding_grant g" + grantWhere + " group by " + split + " order by 3 desc")
                .params(params)
                .query(rs -> {
                    var key = String.valueOf(rs.getObject(1));
                    grants[0] += rs.getLong(2);
                    sums[0] = sums[0].add(rs.getBigDecimal(3));
                    sums[1] = sums[1].add(rs.getBigDecimal(4));
                    awardedBy.put(key, rs.getBigDecimal(3));
                    cofinancedBy.put(key, rs.getBigDecimal(4));
                });
        String by = scope.oblast() == null ? "oblast" : "year";
        figures.add(Figure.count("grants", grants[0], "/funding/programme"));
        figures.add(new Figure("awarded", sums[0].setScale(2), Figure.Unit.EUR, by, awardedBy, "/funding/programme"));
        figures.add(
                new Figure("cofinanced", sums[1].setScale(2), Figure.Unit.EUR, by, cofinancedBy, "/funding/programme"));
        return figures;
    }
}
