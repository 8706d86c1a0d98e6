package bg.libpartners.partnership;

import static bg.libpartners.insight.SqlDataset.column;

import bg.libpartners.insight.OpenDataset;
import bg.libpartners.insight.SqlDataset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The partnerships' open data: partnerships that are no longer drafts, their parties that are organisations (never an
 * individual, never a representative or any contact), and the benefit indicators summed by oblast and year. The
 * texts that people write (need, goals, responsibilities) stay out: they may name people.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipOpenData {

    private static final String UPDATED = "select max(updated_at) from partnership where status <> 'DRAFT'";

    @Bean
    OpenDataset partnershipsDataset(DataSource data, PlatformTransactionManager tx) {
        return new SqlDataset(data, tx, "partnerships", "select p.id, p.title, p.lead_library_id, p.holder_id,"
                + " p.oblast_code, p.municipality_code, p.status, p.start_date, p.end_date, p.renewals,"
                + " (select string_agg(f.code, ';' order by f.code) from partnership_field f"
                + " where f.partnership_id = p.id),"
                + " (select string_agg(g.code, ';' order by g.code) from partnership_target_group g"
                + " where g.partnership_id = p.id),"
                + " p.partner_types, p.updated_at from partnership p where p.status <> 'DRAFT' order by p.id",
                List.of(column("id", "integer"), column("title", "string"), column("library_id", "integer"),
                        column("holder_id", "integer"), column("oblast_code", "string"),
                        column("municipality_code", "string"), column("stage", "string"),
                        column("start_date", "date"), column("end_date", "date"), column("renewals", "integer"),
                        column("fields", "string"), column("target_groups", "string"),
                        column("partner_types", "string"), column("updated_at", "date")), UPDATED) {
            @Override
            protected List<Object> row(ResultSet rs) throws SQLException {
                var row = super.row(rs);
                // the types of the parties that are organisations only
                var types = (String) row.get(12);
                row.set(12, types == null ? null : String.join(";", java.util.Arrays.stream(types.split(","))
                        .filter(t -> !t.equals("INDIVIDUAL")).toList()));
                return row;
            }
        };
    }

    @Bean
    OpenDataset partnershipPartiesDataset(DataSource data, PlatformTransactionManager tx) {
        return new SqlDataset(data, tx, "partnership_parties", "select pp.partnership_id, pp.organisation_id,"
                + " pp.organisation_name, pp.partner_type, pp.contributions, pp.money_eur from partnership_party pp"
                + " join partnership p on p.id = pp.partnership_id where p.status <> 'DRAFT'"
                + " and (pp.partner_type is null or pp.partner_type <> 'INDIVIDUAL')"
                + " order by pp.partnership_id, pp.sort_order",
                List.of(column("partnership_id", "integer"), column("organisation_id", "integer"),
                        column("organisation_name", "string"), column("partner_type", "string"),
                        column("contributions", "string"), column("money_eur", "decimal")), UPDATED) {
            @Override
            protected List<Object> row(ResultSet rs) throws SQLException {
                var row = new ArrayList<Object>(super.row(rs));
                var contributions = (String) row.get(4);
                row.set(4, contributions == null ? null : contributions.replace(',', ';'));
                return row;
            }
        };
    }

    @Bean
    OpenDataset indicatorsDataset(DataSource data, PlatformTransactionManager tx) {
        return new SqlDataset(data, tx, "indicators", "select p.oblast_code, v.period_year, v.code, sum(v.amount),"
                + " count(distinct v.partnership_id) from indicator_value v join partnership p"
                + " on p.id = v.partnership_id where p.status <> 'DRAFT'"
                + " group by p.oblast_code, v.period_year, v.code order by p.oblast_code, v.period_year, v.code",
                List.of(column("oblast_code", "string"), column("year", "integer"), column("indicator", "string"),
                        column("benefit", "string"), column("amount", "decimal"), column("partnerships", "integer")),
                UPDATED) {
            @Override
            protected List<Object> row(ResultSet rs) throws SQLException {
                var code = rs.getString(3);
                var benefit = BenefitFigures.MEASURED_BY.entrySet().stream()
                        .filter(e -> e.getValue().name().equals(code)).map(e -> e.getKey().name()).findFirst()
                        .orElse(null);
                var row = new ArrayList<Object>(6);
                row.add(rs.getString(1));
                row.add(rs.getInt(2));
                row.add(code);
                row.add(benefit);
                row.add(rs.getBigDecimal(4));
                row.add(rs.getLong(5));
                return row;
            }
        };
    }
}
