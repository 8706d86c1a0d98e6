package bg.libpartners.directory;

import bg.libpartners.platform.ChangeMark;
import bg.libpartners.taxonomy.PartnerType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * {@link OrganisationPoints} by one streamed query (a large fetch size: millions of rows at world scale), and its
 * questions each by one statement.
 */
@Component
class JdbcOrganisationPoints implements OrganisationPoints {

    private static final String PUBLIC =
            "(o.partner_type is null or o.partner_type <> 'INDIVIDUAL')" + " and o.status <> 'CLOSED'";
    private static final String POINT = "o.id, o.name, o.kind,"
            + " coalesce(o.partner_type, 'LIBRARY_' || o.library_kind, o.kind), o.lat, o.lon, o.settlement_name,"
            + " o.municipality_code, o.oblast_code, o.strategic, o.position_source";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcOrganisationPoints(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void stream(Row row) {
        jdbc.query("""
                select o.id, o.kind, o.partner_type, o.lat, o.lon, o.oblast_code, o.municipality_code
                from organisation o where o.lat is not null and o.lon is not null
                and (o.partner_type is null or o.partner_type <> 'INDIVIDUAL') and o.status <> 'CLOSED'
                order by o.id""", (RowCallbackHandler) rs -> {
            String type = rs.getString(3);
            row.accept(
                    rs.getLong(1),
                    OrganisationKind.valueOf(rs.getString(2)),
                    type == null ? null : PartnerType.valueOf(type),
                    rs.getDouble(4),
                    rs.getDouble(5),
                    rs.getString(6),
                    rs.getString(7));
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

    @Override
    public List<Point> points(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return named.query(
                "select " + POINT + " from organisation o where o.id = any(:ids) and " + PUBLIC,
                Map.of("ids", array(ids.stream().mapToLong(Long::longValue).toArray())),
                JdbcOrganisationPoints::point);
    }

    @Override
    public List<Cell> cells(Area area, double cell) {
        var params = new HashMap<String, Object>();
        // the cell size is a number, not user text, so it may be written into the SQL as a literal: PostgreSQL would
        // not match a grouping expression holding a bind parameter; its exact decimal expansion (a binary fraction),
        // so that floor(lon / c) is the atlas index's own
        String c = new BigDecimal(cell).toPlainString();
        return named.query(
                "select count(*), sum(case when t.kind = 'PARTNER' then 0 else 1 end), avg(t.lat),"
                        + " avg(t.lon), min(t.id) from (select floor(o.lon / " + c + ") cx, floor(o.lat / " + c
                        + ") cy,"
                        + " o.kind, o.lat, o.lon, o.id from organisation o where " + where(area, params) + ") t"
                        + " group by t.cx, t.cy",
                params,
                (rs, i) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5)));
    }

    @Override
    public List<Point> points(Area area, int limit) {
        var params = new HashMap<String, Object>();
        params.put("limit", limit);
        return named.query(
                "select " + POINT + " from organisation o where " + where(area, params) + " order by o.id limit :limit",
                params,
                JdbcOrganisationPoints::point);
    }

    @Override
    public long count(Area area) {
        var params = new HashMap<String, Object>();
        return named.queryForObject(
                "select count(*) from organisation o where " + where(area, params), params, Long.class);
    }

    @Override
    public long[] ids(Area area) {
        var params = new HashMap<String, Object>();
        var ids = LongStream.builder();
        named.query("select o.id from organisation o where " + where(area, params), params, (RowCallbackHandler)
                rs -> ids.add(rs.getLong(1)));
        return ids.build().toArray();
    }

    private static String where(Area a, Map<String, Object> params) {
        var sql = new StringBuilder("o.lat between :south and :north and o.lon between :west and :east and ")
                .append(PUBLIC)
                .append(" and o.kind in (:kinds)");
        params.put("south", a.south());
        params.put("north", a.north());
        params.put("west", a.west());
        params.put("east", a.east());
        params.put("kinds", names(a.kinds()));
        if (a.oblastCode() != null) {
            sql.append(" and o.oblast_code = :oblast");
            params.put("oblast", a.oblastCode());
        }
        if (a.municipalityCode() != null) {
            sql.append(" and o.municipality_code = :municipality");
            params.put("municipality", a.municipalityCode());
        }
        if (!a.partnerTypes().isEmpty()) {
            sql.append(" and (o.kind <> 'PARTNER' or o.partner_type in (:types))");
            params.put("types", names(a.partnerTypes()));
        }
        if (a.libraries() != null) {
            sql.append(" and (o.kind = 'PARTNER' or o.id = any(:libraries))");
            params.put("libraries", array(a.libraries()));
        }
        if (a.only() != null) {
            sql.append(" and o.id = any(:only)");
            params.put("only", array(a.only()));
        }
        return sql.toString();
    }

    private static Point point(ResultSet rs, int i) throws SQLException {
        return new Point(
                rs.getLong(1),
                rs.getString(2),
                OrganisationKind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getDouble(5),
                rs.getDouble(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11));
    }

    private static SqlArrayValue array(long[] ids) {
        return new SqlArrayValue("bigint", LongStream.of(ids).boxed().toArray());
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        var names = new LinkedHashSet<String>();
        values.forEach(v -> names.add(v.name()));
        return List.copyOf(names);
    }
}
