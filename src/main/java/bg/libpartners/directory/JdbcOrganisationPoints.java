package bg.libpartners.directory;

import bg.libpartners.platform.ChangeMark;
import bg.libpartners.taxonomy.PartnerType;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** {@link OrganisationPoints} by one streamed query (a large fetch size: millions of rows at world scale). */
@Component
class JdbcOrganisationPoints implements OrganisationPoints {

    private final JdbcTemplate jdbc;

    JdbcOrganisationPoints(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
    }

    @Override
    public void stream(Row row) {
        jdbc.query("""
                select o.id, o.kind, o.partner_type, o.lat, o.lon, o.oblast_code, o.municipality_code
                from organisation o where o.lat is not null and o.lon is not null
                and (o.partner_type is null or o.partner_type <> 'INDIVIDUAL') and o.status <> 'CLOSED'
                order by o.id""", (RowCallbackHandler) rs -> {
                    String type = rs.getString(3);
                    row.accept(rs.getLong(1), OrganisationKind.valueOf(rs.getString(2)),
                            type == null ? null : PartnerType.valueOf(type),
                            rs.getDouble(4), rs.getDouble(5), rs.getString(6), rs.getString(7));
                });
    }

    @Override
    public ChangeMark lastChange() {
        return jdbc.query("select max(updated_at), max(id) from organisation", rs -> {
            rs.next();
            Object latest = rs.getObject(1);
            long id = rs.getLong(2);
            return new ChangeMark(latest == null ? null : latest.toString(), rs.wasNull() ? null : id);
        });
    }
}
