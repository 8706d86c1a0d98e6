package bg.libpartners.survey;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.insight.OpenDataset;
import bg.libpartners.platform.SqlInstants;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The survey's figures for the dashboards (organisations invited and answered, response rate by oblast) and its open
 * dataset: per campaign and oblast only the counts and the rate — no names, no contacts, no answers.
 */
@Component
class SurveyFigureSource implements FigureSource, OpenDataset {

    private final JdbcTemplate jdbc;
    private final SqlInstants instants;

    SurveyFigureSource(JdbcTemplate jdbc, SqlInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    @Override
    public String section() {
        return "survey";
    }

    /** Invitations are counted by oblast and campaign year only. */
    @Override
    public InsightScope scopeRead(InsightScope scope) {
        return new InsightScope(scope.oblast(), null, scope.year());
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        String oblast = scope == null ? null : scope.oblast();
        Integer year = scope == null ? null : scope.year();
        var invitedBy = new LinkedHashMap<String, Number>();
        var rateBy = new LinkedHashMap<String, Number>();
        long[] totals = new long[2];
        jdbc.query(
                "select i.oblast_code, count(*), sum(case when i.status = 'SUBMITTED' then 1 else 0 end)"
                        + " from survey_invitation i join survey_campaign c on c.id = i.campaign_id"
                        + " where (cast(? as varchar(3)) is null or i.oblast_code = cast(? as varchar(3)))"
                        + " and (cast(? as integer) is null or extract(year from c.closes_on) = cast(? as integer))"
                        + " group by i.oblast_code order by i.oblast_code",
                rs -> {
                    String o = rs.getString(1) == null ? "-" : rs.getString(1);
                    long invited = rs.getLong(2);
                    long answered = rs.getLong(3);
                    invitedBy.put(o, invited);
                    rateBy.put(o, invited == 0 ? 0 : Math.round(answered * 1000.0 / invited) / 10.0);
                    totals[0] += invited;
                    totals[1] += answered;
                },
                oblast,
                oblast,
                year,
                year);
        double rate = totals[0] == 0 ? 0 : Math.round(totals[1] * 1000.0 / totals[0]) / 10.0;
        return List.of(
                new Figure("invited", totals[0], Figure.Unit.COUNT, "oblast", invitedBy, "/surveys"),
                new Figure("submitted", totals[1], Figure.Unit.COUNT, null, null, "/surveys"),
                new Figure("responseRate", rate, Figure.Unit.PERCENT, "oblast", rateBy, "/surveys"));
    }

    @Override
    public String name() {
        return "survey-response-rates";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                new Column("campaign_id", "integer", "insight.dataset.survey-response-rates.campaign_id"),
                new Column("campaign", "string", "insight.dataset.survey-response-rates.campaign"),
                new Column("closes_on", "date", "insight.dataset.survey-response-rates.closes_on"),
                new Column("oblast", "string", "insight.dataset.survey-response-rates.oblast"),
                new Column("invited", "integer", "insight.dataset.survey-response-rates.invited"),
                new Column("submitted", "integer", "insight.dataset.survey-response-rates.submitted"),
                new Column("response_rate", "decimal", "insight.dataset.survey-response-rates.response_rate"));
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        jdbc.query(
                "select c.id, c.title, c.closes_on, i.oblast_code, count(*),"
                        + " sum(case when i.status = 'SUBMITTED' then 1 else 0 end) from survey_invitation i"
                        + " join survey_campaign c on c.id = i.campaign_id where c.status <> 'DRAFT'"
                        + " group by c.id, c.title, c.closes_on, i.oblast_code order by c.id, i.oblast_code",
                rs -> {
                    long invited = rs.getLong(5);
                    long submitted = rs.getLong(6);
                    sink.accept(java.util.Arrays.asList(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getDate(3).toLocalDate(),
                            rs.getString(4),
                            invited,
                            submitted,
                            invited == 0 ? 0.0 : Math.round(submitted * 1000.0 / invited) / 10.0));
                });
    }

    @Override
    public Instant lastUpdated() {
        return jdbc.query("select max(submitted_at) from survey_invitation", (rs, n) -> instants.read(rs, 1))
                .get(0);
    }

    static Map<String, Number> empty() {
        return Map.of();
    }
}
