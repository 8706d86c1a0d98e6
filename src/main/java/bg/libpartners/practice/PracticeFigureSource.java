package bg.libpartners.practice;

import static bg.libpartners.insight.SqlDataset.column;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.FiguresChanged;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.insight.OpenDataset;
import bg.libpartners.insight.SqlDataset;
import bg.libpartners.platform.SqlInstants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The catalogue's part of the dashboards (published good practices, by country or by year of publication, and those
 * waiting for moderation) and its open data (published practices only; never the author). The year filter reads the
 * year of publication; the catalogue has no municipality.
 */
@Configuration(proxyBeanMethods = false)
class PracticeFigureSource implements FigureSource {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PracticeFigureSource(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String section() {
        return "practice";
    }

    /** The catalogue has no municipality. */
    @Override
    public InsightScope scopeRead(InsightScope scope) {
        return new InsightScope(scope.oblast(), scope.organisationId(), scope.year(), null, scope.partnerType());
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        if (scope.oblast() != null) {
            where.append(" and g.oblast_code = :oblast");
            params.put("oblast", scope.oblast());
        }
        if (scope.organisationId() != null) {
            where.append(" and g.library_ref = :library");
            params.put("library", String.valueOf(scope.organisationId()));
        }
        if (scope.partnerType() != null) {
            where.append(" and exists (select 1 from practice_partner t where t.practice_id = g.id"
                    + " and t.partner_type = :type)");
            params.put("type", scope.partnerType());
        }
        var published = new StringBuilder(where).append(" and g.status = 'PUBLISHED'");
        if (scope.year() != null) {
            published.append(" and extract(year from g.published_at) = :year");
            params.put("year", scope.year());
        }
        var byCountry = counts(
                "select g.country, count(*) from good_practice g" + published
                        + " group by g.country order by 2 desc, 1",
                params);
        var byYear = counts(
                "select cast(extract(year from g.published_at) as integer), count(*) from good_practice g" + published
                        + " group by cast(extract(year from g.published_at) as integer) order by 1",
                params);
        long total = byCountry.values().stream().mapToLong(Number::longValue).sum();
        var link = UriComponentsBuilder.fromPath("/practices");
        if (scope.partnerType() != null) {
            link.queryParam("partnerType", scope.partnerType());
        }
        if (scope.year() != null) {
            link.queryParam("year", scope.year());
        }
        var out = new ArrayList<Figure>();
        out.add(new Figure(
                "published",
                total,
                Figure.Unit.COUNT,
                "country",
                byCountry,
                link.build().encode().toUriString()));
        out.add(new Figure(
                "publishedByYear",
                total,
                Figure.Unit.COUNT,
                "year",
                byYear,
                link.build().encode().toUriString()));
        out.add(Figure.count(
                "inReview",
                jdbc.sql("select count(*) from good_practice g" + where + " and g.status = 'IN_REVIEW'")
                        .params(params)
                        .query(Long.class)
                        .single(),
                "/practices/desk"));
        return out;
    }

    private Map<String, Number> counts(String sql, Map<String, Object> params) {
        var out = new LinkedHashMap<String, Number>();
        jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2)))
                .list();
        return out;
    }

    /** A plain listener, as {@code partnership.FigureChangeListener} explains: the dashboards only mark the section. */
    @EventListener
    void on(PracticeSearch.PracticesChanged changed) {
        events.publishEvent(new FiguresChanged(section()));
    }

    @Bean
    static OpenDataset practicesDataset(DataSource data, SqlInstants instants, PlatformTransactionManager tx) {
        return new SqlDataset(
                data,
                instants,
                tx,
                "practices",
                "select g.id, g.slug, g.title, g.summary, g.country, g.place,"
                        + " g.oblast_code, g.start_year, g.end_year,"
                        + " (select string_agg(f.field_code, ';' order by f.field_code) from practice_field f"
                        + " where f.practice_id = g.id),"
                        + " (select string_agg(t.group_code, ';' order by t.group_code) from practice_target_group t"
                        + " where t.practice_id = g.id),"
                        + " (select string_agg(distinct pp.partner_type, ';' order by pp.partner_type) from practice_partner pp"
                        + " where pp.practice_id = g.id),"
                        + " g.partnership_id, g.published_at from good_practice g where g.status = 'PUBLISHED' order by g.id",
                List.of(
                        column("id", "integer"),
                        column("slug", "string"),
                        column("title", "string"),
                        column("summary", "string"),
                        column("country", "string"),
                        column("place", "string"),
                        column("oblast_code", "string"),
                        column("start_year", "integer"),
                        column("end_year", "integer"),
                        column("fields", "string"),
                        column("target_groups", "string"),
                        column("partner_types", "string"),
                        column("partnership_id", "integer"),
                        column("published_at", "date")),
                "select max(published_at) from good_practice where status = 'PUBLISHED'");
    }
}
