package bg.libpartners.partnership;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.taxonomy.Benefit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed's six benefits as the partnerships' quarterly indicators summed over time (split by year), plus the two
 * indicators the seed does not name as a benefit (new users, media mentions). The year filter reads the indicators'
 * own year, not the partnership's.
 *
 * <p>How the indicators map to the seed's benefits: new fields of activity = new services; the round table = round
 * table invitations; staff growth = staff trained; new visitors = new visitors; financial resources = funds raised
 * (euro); more advocates and support through the network = new supporters from the network of social services.
 * New users, volunteers' hours and media mentions are shown beside them ({@link Indicator#benefit()} says which
 * benefit each of them supports).
 */
@Component
class BenefitFigureSource implements FigureSource {

    static final Map<Benefit, Indicator> MEASURED_BY = new EnumMap<>(Map.of(
            Benefit.NEW_FIELDS, Indicator.NEW_SERVICES,
            Benefit.ROUND_TABLE, Indicator.ROUND_TABLE_INVITATIONS,
            Benefit.STAFF_GROWTH, Indicator.STAFF_TRAINED,
            Benefit.ADVOCATES, Indicator.NEW_SUPPORTERS,
            Benefit.NEW_VISITORS, Indicator.NEW_VISITORS,
            Benefit.FINANCIAL_RESOURCES, Indicator.FUNDS_EUR));

    private static final List<Indicator> UNMAPPED =
            List.of(Indicator.NEW_USERS, Indicator.VOLUNTEER_HOURS, Indicator.MEDIA_MENTIONS);

    private final JdbcClient jdbc;

    BenefitFigureSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "benefits";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(InsightScope scope) {
        var q = new FigureQueries(scope.allYears());
        var params = new HashMap<>(q.params);
        var year = "";
        if (scope.year() != null) {
            year = " and v.period_year = :periodYear";
            params.put("periodYear", scope.year());
        }
        var byCode = new HashMap<String, Map<String, Number>>();
        jdbc.sql("select v.code, v.period_year, sum(v.amount) from indicator_value v join partnership p"
                        + " on p.id = v.partnership_id" + q.where + year + " group by v.code, v.period_year")
                .params(params)
                .query((rs, n) -> byCode.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put(String.valueOf(rs.getInt(2)), rs.getBigDecimal(3)))
                .list();
        var out = new ArrayList<Figure>();
        MEASURED_BY.forEach((benefit, indicator) -> out.add(figure(benefit.name(), indicator, byCode, q)));
        UNMAPPED.forEach(indicator -> out.add(figure(indicator.name(), indicator, byCode, q)));
        return out;
    }

    private static Figure figure(
            String key, Indicator indicator, Map<String, Map<String, Number>> byCode, FigureQueries q) {
        var byYear = new LinkedHashMap<>(byCode.getOrDefault(indicator.name(), Map.of()));
        var total = byYear.values().stream().map(n -> (BigDecimal) n).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figure(
                key,
                indicator.money() ? total : Long.valueOf(total.longValue()),
                indicator.money() ? Figure.Unit.EUR : Figure.Unit.COUNT,
                "year",
                byYear,
                q.link(null));
    }

    /** Each oblast's totals in one grouped query (the partnership's oblast; the year is the indicators'). */
    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<String, Number>> valuesByOblast(InsightScope scope) {
        var q = new FigureQueries(new InsightScope(null, null, null, null, scope.partnerType()));
        var params = new HashMap<>(q.params);
        var year = "";
        if (scope.year() != null) {
            year = " and v.period_year = :periodYear";
            params.put("periodYear", scope.year());
        }
        var byOblast = new TreeMap<String, Map<String, BigDecimal>>();
        jdbc.sql("select p.oblast_code, v.code, sum(v.amount) from indicator_value v join partnership p"
                        + " on p.id = v.partnership_id" + q.where + year + " and p.oblast_code is not null"
                        + " group by p.oblast_code, v.code")
                .params(params)
                .query((rs, n) -> byOblast.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        var out = new TreeMap<String, Map<String, Number>>();
        byOblast.forEach((oblast, sums) -> {
            var values = new LinkedHashMap<String, Number>();
            MEASURED_BY.forEach((benefit, indicator) -> values.put(benefit.name(), value(indicator, sums)));
            UNMAPPED.forEach(indicator -> values.put(indicator.name(), value(indicator, sums)));
            out.put(oblast, values);
        });
        return out;
    }

    private static Number value(Indicator indicator, Map<String, BigDecimal> sums) {
        var total = sums.getOrDefault(indicator.name(), BigDecimal.ZERO);
        return indicator.money() ? total : Long.valueOf(total.longValue());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Number> libraryMedians(InsightScope scope) {
        var params = new HashMap<String, Object>();
        var year = "";
        if (scope.year() != null) {
            year = " where v.period_year = :periodYear";
            params.put("periodYear", scope.year());
        }
        var byCode = new HashMap<String, Number>();
        jdbc.sql("select t.code, percentile_cont(0.5) within group (order by t.s) from (select p.lead_library_id,"
                        + " v.code, sum(v.amount) s from indicator_value v join partnership p on p.id = v.partnership_id"
                        + year + " group by p.lead_library_id, v.code) t group by t.code")
                .params(params)
                .query((rs, n) -> byCode.put(rs.getString(1), rs.getDouble(2)))
                .list();
        var out = new LinkedHashMap<String, Number>();
        MEASURED_BY.forEach((benefit, indicator) -> out.put(benefit.name(), byCode.getOrDefault(indicator.name(), 0)));
        UNMAPPED.forEach(indicator -> out.put(indicator.name(), byCode.getOrDefault(indicator.name(), 0)));
        return out;
    }
}
