package bg.libpartners.directory;

import bg.libpartners.insight.OpenDataset;
import bg.libpartners.insight.OpenDataset.Column;
import bg.libpartners.insight.SqlDataset;
import bg.libpartners.platform.SqlInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The registry's open data: libraries and chitalishta, partner organisations that are not individuals, and both in
 * the Open Referral HSDS shape ({@code organization}, {@code location}). Public fields only: never the chair, the
 * secretary, e-mails, phones or the free-text description (which may name people). Rows are streamed from the
 * database with a fetch size, in one read-only transaction, so the heap stays flat over millions of organisations.
 * Where the coordinates come from is a column beside them ({@code position_source}: SETTLEMENT for a settlement's
 * centre, an approximate place; IMPORT or PIN for an exact point).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryOpenData {

    static final String PUBLIC = " status <> 'CLOSED' and (partner_type is null or partner_type <> 'INDIVIDUAL')";

    @Bean
    OpenDataset librariesDataset(DataSource data, SqlInstants instants, PlatformTransactionManager tx) {
        return new SqlDataset(
                data,
                instants,
                tx,
                "libraries",
                "select id, kind, name, register_no, status, eik, library_kind,"
                        + " parent_id, address, ekatte, settlement_name, municipality_code, oblast_code, lat, lon,"
                        + " position_source, website, updated_at from organisation where kind in ('LIBRARY', 'CHITALISHTE') and"
                        + PUBLIC
                        + " order by id",
                List.of(
                        col("id", "integer"),
                        col("kind", "string"),
                        col("name", "string"),
                        col("register_no", "integer"),
                        col("status", "string"),
                        col("eik", "string"),
                        col("library_kind", "string"),
                        col("holder_id", "integer"),
                        col("address", "string"),
                        col("ekatte", "string"),
                        col("settlement", "string"),
                        col("municipality_code", "string"),
                        col("oblast_code", "string"),
                        col("latitude", "decimal"),
                        col("longitude", "decimal"),
                        col("position_source", "string"),
                        col("website", "string"),
                        col("updated_at", "date")),
                updated("kind in ('LIBRARY', 'CHITALISHTE')"));
    }

    @Bean
    OpenDataset partnersDataset(DataSource data, SqlInstants instants, PlatformTransactionManager tx) {
        return new SqlDataset(
                data,
                instants,
                tx,
                "partners",
                "select id, name, partner_type, partner_subtype, eik, country,"
                        + " address, ekatte, settlement_name, municipality_code, oblast_code, lat, lon, position_source,"
                        + " website, strategic, updated_at from organisation where kind = 'PARTNER' and partner_type is not null and"
                        + PUBLIC
                        + " order by id",
                List.of(
                        col("id", "integer"),
                        col("name", "string"),
                        col("partner_type", "string"),
                        col("partner_subtype", "string"),
                        col("eik", "string"),
                        col("country", "string"),
                        col("address", "string"),
                        col("ekatte", "string"),
                        col("settlement", "string"),
                        col("municipality_code", "string"),
                        col("oblast_code", "string"),
                        col("latitude", "decimal"),
                        col("longitude", "decimal"),
                        col("position_source", "string"),
                        col("website", "string"),
                        col("strategic", "string"),
                        col("updated_at", "date")),
                updated("kind = 'PARTNER'"));
    }

    /** HSDS 3 {@code organization}: every public organisation, libraries and partners alike. */
    @Bean
    OpenDataset hsdsOrganizationDataset(DataSource data, SqlInstants instants, PlatformTransactionManager tx) {
        return new SqlDataset(
                data,
                instants,
                tx,
                "hsds_organization",
                "select id, name, kind, website, eik, coalesce(library_kind,"
                        + " partner_type), parent_id, updated_at from organisation where" + PUBLIC + " order by id",
                List.of(
                        col("id", "string"),
                        col("name", "string"),
                        col("alternate_name", "string"),
                        col("description", "string"),
                        col("website", "string"),
                        col("tax_id", "string"),
                        col("organization_type", "string"),
                        col("parent_organization_id", "string")),
                updated(null)) {
            @Override
            protected List<Object> row(ResultSet rs) throws SQLException {
                var row = new ArrayList<Object>(8);
                row.add("org-" + rs.getLong(1));
                row.add(rs.getString(2));
                row.add(null);
                row.add(null);
                row.add(rs.getString(4));
                row.add(rs.getString(5));
                row.add(rs.getString(3) + (rs.getString(6) == null ? "" : "/" + rs.getString(6)));
                row.add(rs.getObject(7) == null ? null : "org-" + rs.getLong(7));
                return row;
            }
        };
    }

    /** HSDS 3 {@code location} (with the {@code address} fields folded in): where each public organisation is. */
    @Bean
    OpenDataset hsdsLocationDataset(DataSource data, SqlInstants instants, PlatformTransactionManager tx) {
        return new SqlDataset(
                data,
                instants,
                tx,
                "hsds_location",
                "select id, name, address, settlement_name, oblast_code, country,"
                        + " lat, lon, ekatte from organisation where" + PUBLIC + " order by id",
                List.of(
                        col("id", "string"),
                        col("organization_id", "string"),
                        col("location_type", "string"),
                        col("name", "string"),
                        col("address_1", "string"),
                        col("city", "string"),
                        col("state_province", "string"),
                        col("country", "string"),
                        col("latitude", "decimal"),
                        col("longitude", "decimal"),
                        col("external_identifier", "string"),
                        col("external_identifier_type", "string")),
                updated(null)) {
            @Override
            protected List<Object> row(ResultSet rs) throws SQLException {
                var row = new ArrayList<Object>(12);
                row.add("loc-" + rs.getLong(1));
                row.add("org-" + rs.getLong(1));
                row.add("physical");
                row.add(rs.getString(2));
                row.add(rs.getString(3));
                row.add(rs.getString(4));
                row.add(rs.getString(5));
                row.add(rs.getString(6) == null ? "BG" : rs.getString(6));
                row.add(rs.getObject(7));
                row.add(rs.getObject(8));
                row.add(rs.getString(9));
                row.add(rs.getString(9) == null ? null : "EKATTE");
                return row;
            }
        };
    }

    private static Column col(String name, String type) {
        return SqlDataset.column(name, type);
    }

    private static String updated(String where) {
        return "select max(updated_at) from organisation" + (where == null ? "" : " where " + where);
    }
}
