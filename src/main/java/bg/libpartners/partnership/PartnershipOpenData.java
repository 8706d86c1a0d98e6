package bg.libpartners.partnership;

import static bg.libpartners.insight.SqlDataset.column;

import bg.libpartners.insight.OpenDataset;
import bg.libpartners.insight.SqlDataset;
import bg.libpartners.platform.SqlInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
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
    OpenDataset partnershipsDataset(DataSource data, SqlInstants instants, PlatformTransactionManager tx) {
        return new SqlDataset(
                data,
                instants,
                tx,
                "partnerships",
                "select p.id, p.title, p.lead_library_id, p.holder_id,"
                        + " p.oblast_code, p.municipality_code, p.status, p.start_date, p.end_date, p.renewals,"
                        + " (select string_agg(f.code, ';' order by f.code) from partnership_field f"
                        + " where f.partnership_id = p.id),"
                        + " (select string_agg(g.code, ';' order by g.code) from partnership_target_group g"
                        + " where g.partnership_id = p.id),"
                        + " p.partner_types, p.updated_at from partnership p where p.status <> 'DRAFT' order by p.id",
                List.of(
                        column("id", "integer"),
                        column("title", "string"),
                        column("library_id", "integer"),
                        column("holder_id", "integer"),
                        column("oblast_code", "string"),
                        column("municipality_code", "string"),
                        column("stage", "string"),
                        column("start_date", "date"),
                        column("end_date", "date"),
                        column("renewals", "integer"),
                        column("fields", "string"),
                        column("target_groups", "string"),
                        column("partner_types", "string"),
                        column("updated_at", "date")),
                UPDATED) {
            @Override
            protected List<Object> row(ResultSet rs) throws SQLException {
                var row = super.row(rs);
                // the types of the parties that are organisations only
                var types = (String) row.get(12);
                row.set(
                        12,
                        types == null
                                ? null
                                : String.join(
                                        ";",
                                        java.util.Arrays.stream(types.split(","))
                                                .filter(t -> !t.equals("INDIVIDUAL"))
                                                .toList()));
                return row;
            }
        };
    }

    /**
     * HSDS 3 {@code service}: one row per partnership that is no longer a draft, as a programme of activities the lead
     * library offers with its partners (its {@code organization_id} is the library's row in {@code hsds_organization}).
     * The description and eligibility are composed from the taxonomy's labels (fields, partner types, target groups),
     * never from the texts people write; no e-mail, no contact, no individual. The status follows the stage:
     * active → {@code active}, suspended → {@code temporarily closed}, negotiation and agreed (not started yet) →
     * {@code inactive}, completed and terminated → {@code defunct}.
     */
    @Bean
    OpenDataset hsdsServiceDataset(
            DataSource data, SqlInstants instants, PlatformTransactionManager tx, MessageSource messages) {
        var bg = Locale.forLanguageTag("bg");
        return new SqlDataset(
                data,
                instants,
                tx,
                "hsds_service",
                "select p.id, p.lead_library_id, p.title, p.status,"
                        + " (select string_agg(f.code, ';' order by f.code) from partnership_field f"
                        + " where f.partnership_id = p.id),"
                        + " (select string_agg(g.code, ';' order by g.code) from partnership_target_group g"
                        + " where g.partnership_id = p.id),"
                        + " p.partner_types, p.start_date, p.end_date, p.updated_at from partnership p"
                        + " where p.status <> 'DRAFT' order by p.id",
                List.of(
                        column("id", "string"),
                        column("organization_id", "string"),
                        column("name", "string"),
                        column("alternate_name", "string"),
                        new OpenDataset.Column("description", "string", "insight.column.hsds_service.description"),
                        new OpenDataset.Column("status", "string", "insight.column.hsds_service.status"),
                        new OpenDataset.Column(
                                "eligibility_description",
                                "string",
                                "insight.column.hsds_service.eligibility_description"),
                        column("start_date", "date"),
                        column("end_date", "date"),
                        new OpenDataset.Column("last_modified", "date", "insight.column.updated_at")),
                UPDATED) {
            @Override
            protected List<Object> row(ResultSet rs) throws SQLException {
                var row = new ArrayList<Object>(10);
                row.add("svc-" + rs.getLong(1));
                row.add("org-" + rs.getLong(2));
                row.add(rs.getString(3));
                row.add(null);
                row.add(description(messages, bg, rs.getString(5), rs.getString(7)));
                row.add(hsdsStatus(rs.getString(4)));
                row.add(labels(messages, bg, "TargetGroup", rs.getString(6), ";"));
                row.add(rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate());
                row.add(rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate());
                row.add(date(rs, 10));
                return row;
            }
        };
    }

    static String hsdsStatus(String stage) {
        return switch (PartnershipStatus.valueOf(stage)) {
            case ACTIVE -> "active";
            case SUSPENDED -> "temporarily closed";
            case COMPLETED, TERMINATED -> "defunct";
            default -> "inactive";
        };
    }

    private static String description(MessageSource messages, Locale locale, String fields, String types) {
        var parts = new ArrayList<String>();
        var f = labels(messages, locale, "ActivityField", fields, ";");
        if (f != null) {
            parts.add(messages.getMessage("partnership.hsds.fields", new Object[] {f}, locale));
        }
        var t = types == null
                ? null
                : labels(
                        messages,
                        locale,
                        "PartnerType",
                        String.join(
                                ";",
                                java.util.Arrays.stream(types.split(","))
                                        .map(String::strip)
                                        .filter(x -> !x.isEmpty() && !x.equals("INDIVIDUAL"))
                                        .distinct()
                                        .toList()),
                        ";");
        if (t != null) {
            parts.add(messages.getMessage("partnership.hsds.partners", new Object[] {t}, locale));
        }
        return parts.isEmpty()
                ? messages.getMessage("partnership.hsds.partnership", null, locale)
                : messages.getMessage("partnership.hsds.partnership", null, locale) + " " + String.join(" ", parts);
    }

    private static String labels(
            MessageSource messages, Locale locale, String taxonomy, String codes, String separator) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return String.join(
                separator.equals(";") ? ", " : separator,
                java.util.Arrays.stream(codes.split(";"))
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .map(c -> messages.getMessage("taxonomy." + taxonomy + "." + c, null, c, locale))
                        .toList());
    }

    @Bean
    OpenDataset partnershipPartiesDataset(DataSource data, SqlInstants instants, PlatformTransactionManager tx) {
        return new SqlDataset(
                data,
                instants,
                tx,
                "partnership_parties",
                "select pp.partnership_id, pp.organisation_id,"
                        + " pp.organisation_name, pp.partner_type, pp.contributions, pp.money_eur from partnership_party pp"
                        + " join partnership p on p.id = pp.partnership_id where p.status <> 'DRAFT'"
                        + " and (pp.partner_type is null or pp.partner_type <> 'INDIVIDUAL')"
                        + " order by pp.partnership_id, pp.sort_order",
                List.of(
                        column("partnership_id", "integer"), column("organisation_id", "integer"),
                        column("organisation_name", "string"), column("partner_type", "string"),
                        column("contributions", "string"), column("money_eur", "decimal")),
                UPDATED) {
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
    OpenDataset indicatorsDataset(DataSource data, SqlInstants instants, PlatformTransactionManager tx) {
        return new SqlDataset(
                data,
                instants,
                tx,
                "indicators",
                "select p.oblast_code, v.period_year, v.code, sum(v.amount),"
                        + " count(distinct v.partnership_id) from indicator_value v join partnership p"
                        + " on p.id = v.partnership_id where p.status <> 'DRAFT'"
                        + " group by p.oblast_code, v.period_year, v.code order by p.oblast_code, v.period_year, v.code",
                List.of(
                        column("oblast_code", "string"),
                        column("year", "integer"),
                        column("indicator", "string"),
                        column("benefit", "string"),
                        column("amount", "decimal"),
                        column("partnerships", "integer")),
                UPDATED) {
            @Override
            protected List<Object> row(ResultSet rs) throws SQLException {
                var code = rs.getString(3);
                var benefit = BenefitFigureSource.MEASURED_BY.entrySet().stream()
                        .filter(e -> e.getValue().name().equals(code))
                        .map(e -> e.getKey().name())
                        .findFirst()
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
