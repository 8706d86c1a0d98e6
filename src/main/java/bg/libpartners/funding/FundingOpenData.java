package bg.libpartners.funding;

import bg.libpartners.insight.OpenDataset;
import bg.libpartners.platform.SqlInstants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Co-financing's open data: the open calls, and the grants awarded by library — public bodies' money is public. No
 * person appears: no reviewer, no applicant's staff, no drafts, no scores.
 */
@Configuration(proxyBeanMethods = false)
class FundingOpenData {

    @Bean
    OpenDataset fundingCalls(JdbcClient jdbc, SqlInstants instants, Clock clock, PlatformTransactionManager tx) {
        return new Dataset(
                readOnly(tx),
                "funding-calls",
                List.of(
                        new OpenDataset.Column("id", "integer", "funding.dataset.call.id"),
                        new OpenDataset.Column("title", "string", "funding.dataset.call.title"),
                        new OpenDataset.Column("budget", "decimal", "funding.dataset.call.budget"),
                        new OpenDataset.Column("min_grant", "decimal", "funding.dataset.call.min_grant"),
                        new OpenDataset.Column("max_grant", "decimal", "funding.dataset.call.max_grant"),
                        new OpenDataset.Column(
                                "cofinancing_share", "decimal", "funding.dataset.call.cofinancing_share"),
                        new OpenDataset.Column("opens_at", "string", "funding.dataset.call.opens_at"),
                        new OpenDataset.Column("closes_at", "string", "funding.dataset.call.closes_at")),
                sink -> jdbc.sql(
                                "select id, title, budget, min_grant, max_grant, cofinancing_share, opens_at, closes_at"
                                        + " from funding_call where status = 'PUBLISHED' and closes_at >= :now order by closes_at")
                        .param("now", instants.bind(clock.instant()))
                        .query(rs -> {
                            sink.accept(List.of(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getBigDecimal(3),
                                    rs.getBigDecimal(4),
                                    rs.getBigDecimal(5),
                                    rs.getBigDecimal(6),
                                    CallInput.local(instants.read(rs, 7)).toString(),
                                    CallInput.local(instants.read(rs, 8)).toString()));
                        }),
                () -> jdbc.sql("select max(updated_at) from funding_call where status = 'PUBLISHED'")
                        .query((rs, n) -> instants.read(rs, 1))
                        .optional()
                        .orElse(null));
    }

    @Bean
    OpenDataset fundingGrants(JdbcClient jdbc, SqlInstants instants, PlatformTransactionManager tx) {
        return new Dataset(
                readOnly(tx),
                "funding-grants",
                List.of(
                        new OpenDataset.Column("number", "string", "funding.dataset.grant.number"),
                        new OpenDataset.Column("library_id", "integer", "funding.dataset.grant.library_id"),
                        new OpenDataset.Column("library_name", "string", "funding.dataset.grant.library_name"),
                        new OpenDataset.Column("oblast", "string", "funding.dataset.grant.oblast"),
                        new OpenDataset.Column("call_title", "string", "funding.dataset.grant.call_title"),
                        new OpenDataset.Column("project_title", "string", "funding.dataset.grant.project_title"),
                        new OpenDataset.Column("amount", "decimal", "funding.dataset.grant.amount"),
                        new OpenDataset.Column("cofinanced", "decimal", "funding.dataset.grant.cofinanced"),
                        new OpenDataset.Column("year", "integer", "funding.dataset.grant.year"),
                        new OpenDataset.Column("starts_on", "date", "funding.dataset.grant.starts_on"),
                        new OpenDataset.Column("ends_on", "date", "funding.dataset.grant.ends_on")),
                sink -> jdbc.sql(
                                "select g.number, g.library_id, g.library_name, g.oblast_code, c.title, a.title, g.amount,"
                                        + " g.cofinanced, g.award_year, g.starts_on, g.ends_on from funding_grant g"
                                        + " join funding_call c on c.id = g.call_id join funding_application a on a.id = g.application_id"
                                        + " order by g.id")
                        .query(rs -> {
                            sink.accept(java.util.Arrays.asList(
                                    rs.getString(1),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getBigDecimal(7),
                                    rs.getBigDecimal(8),
                                    rs.getInt(9),
                                    rs.getDate(10).toLocalDate(),
                                    rs.getDate(11).toLocalDate()));
                        }),
                () -> jdbc.sql("select max(created_at) from funding_grant")
                        .query((rs, n) -> instants.read(rs, 1))
                        .optional()
                        .orElse(null));
    }

    static TransactionTemplate readOnly(PlatformTransactionManager tx) {
        var template = new TransactionTemplate(tx);
        template.setReadOnly(true);
        return template;
    }

    /** A dataset read in one read-only transaction. */
    record Dataset(
            TransactionTemplate tx,
            String name,
            List<Column> columns,
            Consumer<Consumer<List<Object>>> reader,
            java.util.function.Supplier<Instant> updated)
            implements OpenDataset {

        @Override
        public void rows(Consumer<List<Object>> sink) {
            tx.executeWithoutResult(status -> reader.accept(sink));
        }

        @Override
        public Instant lastUpdated() {
            return updated.get();
        }
    }
}
