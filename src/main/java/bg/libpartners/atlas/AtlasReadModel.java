package bg.libpartners.atlas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The atlas read model over directory + partnership (ARCHITECTURE.md: "atlas — map and network read models over
 * directory + partnership"). The map clusters millions of rows by bounding box, which neither module's public API can
 * do without loading every row, so this one class reads their tables read-only by SQL; it never writes and nothing
 * else in atlas touches those tables. Individuals (partner type INDIVIDUAL) are personal data and are left out of
 * every query here.
 */
@Repository
class AtlasReadModel {

    static final String PUBLIC_ORG = " (o.partner_type is null or o.partner_type <> 'INDIVIDUAL')"
            + " and o.status <> 'CLOSED'";

    private final JdbcClient jdbc;

    AtlasReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Cluster(long count, long libraries, double lat, double lon, long anyId) {}

    /** {@code position}: where the point comes from (the directory's SETTLEMENT, IMPORT or PIN; null if unknown). */
    record Point(long id, String name, String kind, String type, double lat, double lon, String settlement,
            String municipality, String oblast, String strategic, String position) {}

    record Line(long partnership, String title, String partnerType, long library, long partner, double fromLat,
            double fromLon, double toLat, double toLon) {}

    record Edge(long library, long partner, int partnerships) {}

    record Candidate(long id, String name, String type, String strategic, String oblast, int libraries,
            int partnerships) {}

    /** Organisations in the box grouped into square cells of {@code cell} degrees, in the database. */
    List<Cluster> clusters(Bbox box, AtlasFilter filter, double cell) {
        var q = new Query(box, filter);
        // the cell size is a number computed from the validated zoom, so it may be written into the SQL as a literal:
        // PostgreSQL would not match a grouping expression holding a bind parameter
        // its exact decimal expansion (a binary fraction), so that floor(lon / c) is the index's own
        String c = new java.math.BigDecimal(cell).toPlainString();
        String sql = "select count(*), sum(case when t.kind = 'PARTNER' then 0 else 1 end), avg(t.lat), avg(t.lon),"
                + " min(t.id) from (select floor(o.lon / " + c + ") cx, floor(o.lat / " + c + ") cy, o.kind, o.lat,"
                + " o.lon, o.id from organisation o where " + q.where + ") t group by t.cx, t.cy";
        return jdbc.sql(sql).params(q.params).query((rs, i) -> new Cluster(rs.getLong(1), rs.getLong(2),
                rs.getDouble(3), rs.getDouble(4), rs.getLong(5))).list();
    }

    /** Organisations in the box, by id, at most {@code limit}. */
    List<Point> points(Bbox box, AtlasFilter filter, int limit) {
        var q = new Query(box, filter);
        q.params.put("limit", limit);
        return jdbc.sql("select " + POINT + " from organisation o where " + q.where + " order by o.id limit :limit")
                .params(q.params).query(AtlasReadModel::point).list();
    }

    List<Point> points(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + POINT + " from organisation o where o.id in (:ids) and" + PUBLIC_ORG)
                .param("ids", ids).query(AtlasReadModel::point).list();
    }

    long count(Bbox box, AtlasFilter filter) {
        var q = new Query(box, filter);
        return jdbc.sql("select count(*) from organisation o where " + q.where).params(q.params)
                .query(Long.class).single();
    }

    /**
     * Lines library → partner of the matching (by default current) partnerships whose library lies in the box, by
     * partnership and partner id, at most {@code limit}.
     */
    List<Line> lines(Bbox box, AtlasFilter filter, int limit) {
        var params = new HashMap<String, Object>();
        var sql = new StringBuilder("select p.id, p.title, pp.partner_type, l.id, o.id, l.lat, l.lon, o.lat, o.lon ")
                .append(linesFrom(box, filter, params)).append(" order by p.id, o.id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Line(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8),
                rs.getDouble(9))).list();
    }

    long lineCount(Bbox box, AtlasFilter filter) {
        var params = new HashMap<String, Object>();
        return jdbc.sql("select count(*) " + linesFrom(box, filter, params)).params(params).query(Long.class)
                .single();
    }

    /** Both ends public and on the map (a closed library has no point to draw a line from). */
    private static String linesFrom(Bbox box, AtlasFilter filter, Map<String, Object> params) {
        var sql = new StringBuilder("from partnership p join organisation l on l.id = p.lead_library_id"
                + " join partnership_party pp on pp.partnership_id = p.id"
                + " join organisation o on o.id = pp.organisation_id where o.id <> l.id and o.lat is not null"
                + " and o.lon is not null and" + PUBLIC_ORG
                + " and (l.partner_type is null or l.partner_type <> 'INDIVIDUAL') and l.status <> 'CLOSED'"
                + " and l.lat between :south and :north and l.lon between :west and :east");
        box(params, box);
        partnershipCriteria(sql, params, filter, true);
        place(sql, params, filter, "l");
        if (!filter.types().isEmpty()) {
            sql.append(" and pp.partner_type in (:types)");
            params.put("types", AtlasFilter.names(filter.types()));
        }
        return sql.toString();
    }

    /** Partnership titles by id. */
    Map<Long, String> titles(Collection<Long> ids) {
        var titles = new HashMap<Long, String>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, title from partnership where id in (:ids)").param("ids", ids)
                    .query(rs -> {
                        titles.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return titles;
    }

    /** Partnerships per oblast or municipality of their library. */
    Map<String, Long> regionCounts(boolean municipality, AtlasFilter filter) {
        String column = municipality ? "p.municipality_code" : "p.oblast_code";
        Map<String, Object> params = new HashMap<>();
        var sql = new StringBuilder("select " + column + ", count(*) from partnership p where " + column
                + " is not null");
        partnershipCriteria(sql, params, filter, false);
        partnerTypes(sql, params, filter);
        if (filter.oblast() != null) {
            sql.append(" and p.oblast_code = :oblast");
            params.put("oblast", filter.oblast());
        }
        if (filter.municipality() != null) {
            sql.append(" and p.municipality_code = :municipality");
            params.put("municipality", filter.municipality());
        }
        sql.append(" group by ").append(column);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** Library–partner pairs with the number of matching partnerships joining them, the busiest first. */
    List<Edge> edges(AtlasFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        var sql = new StringBuilder("select p.lead_library_id, pp.organisation_id, count(*) from partnership p"
                + " join partnership_party pp on pp.partnership_id = p.id"
                + " join organisation o on o.id = pp.organisation_id where pp.organisation_id <> p.lead_library_id"
                + " and" + PUBLIC_ORG);
        partnershipCriteria(sql, params, filter, false);
        if (!filter.types().isEmpty()) {
            sql.append(" and pp.partner_type in (:types)");
            params.put("types", AtlasFilter.names(filter.types()));
        }
        place(sql, params, filter, "p");
        sql.append(" group by p.lead_library_id, pp.organisation_id order by count(*) desc,"
                + " p.lead_library_id, pp.organisation_id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new Edge(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
    }

    /** Organisations that are parties to partnerships with at least {@code minLibraries} different libraries. */
    List<Candidate> candidates(AtlasFilter filter, int minLibraries, int limit) {
        Map<String, Object> params = new HashMap<>();
        var sql = new StringBuilder("select o.id, o.name, o.partner_type, o.strategic, o.oblast_code,"
                + " count(distinct p.lead_library_id), count(distinct p.id) from partnership p"
                + " join partnership_party pp on pp.partnership_id = p.id"
                + " join organisation o on o.id = pp.organisation_id where o.kind = 'PARTNER' and" + PUBLIC_ORG);
        partnershipCriteria(sql, params, filter, false);
        if (!filter.types().isEmpty()) {
            sql.append(" and pp.partner_type in (:types)");
            params.put("types", AtlasFilter.names(filter.types()));
        }
        place(sql, params, filter, "p");
        sql.append(" group by o.id, o.name, o.partner_type, o.strategic, o.oblast_code"
                + " having count(distinct p.lead_library_id) >= :min"
                + " order by count(distinct p.lead_library_id) desc, o.id limit :limit");
        params.put("min", minLibraries);
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Candidate(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7)))
                .list();
    }

    private static final String POINT = "o.id, o.name, o.kind, coalesce(o.partner_type, 'LIBRARY_' || o.library_kind, o.kind),"
            + " o.lat, o.lon, o.settlement_name, o.municipality_code, o.oblast_code, o.strategic, o.position_source";

    private static Point point(ResultSet rs, int i) throws SQLException {
        return new Point(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11));
    }

    /** The organisation criteria of a filter (box, public, kinds, place, types, partnerships) over {@code o}. */
    static Query where(Bbox box, AtlasFilter filter) {
        return new Query(box, filter);
    }

    /** The organisation criteria of a filter, as a where clause over {@code organisation o}. */
    static final class Query {
        final Map<String, Object> params = new HashMap<>();
        final String where;

        Query(Bbox box, AtlasFilter filter) {
            var sql = new StringBuilder("o.lat between :south and :north and o.lon between :west and :east and")
                    .append(PUBLIC_ORG).append(" and o.kind in (:kinds)");
            box(params, box);
            params.put("kinds", AtlasFilter.names(filter.kinds()));
            place(sql, params, filter, "o");
            if (!filter.types().isEmpty()) {
                // partners of these types, and the libraries that work with such partners
                var inner = new StringBuilder("select p.lead_library_id from partnership p join partnership_party tp"
                        + " on tp.partnership_id = p.id where tp.partner_type in (:types)");
                partnershipCriteria(inner, params, filter, false);
                sql.append(" and ((o.kind = 'PARTNER' and o.partner_type in (:types)) or (o.kind <> 'PARTNER'"
                        + " and o.id in (").append(inner).append(")))");
                params.put("types", AtlasFilter.names(filter.types()));
            }
            if (filter.filtersPartnerships()) {
                var lead = new StringBuilder("select p.lead_library_id from partnership p where 1 = 1");
                partnershipCriteria(lead, params, filter, false);
                var party = new StringBuilder("select pp.organisation_id from partnership_party pp join partnership p"
                        + " on p.id = pp.partnership_id where 1 = 1");
                partnershipCriteria(party, params, filter, false);
                sql.append(" and (o.id in (").append(lead).append(") or o.id in (").append(party).append("))");
            }
            where = sql.toString();
        }
    }

    private static void box(Map<String, Object> params, Bbox box) {
        params.put("south", box.south());
        params.put("north", box.north());
        params.put("west", box.west());
        params.put("east", box.east());
    }

    private static void place(StringBuilder sql, Map<String, Object> params, AtlasFilter filter, String alias) {
        if (filter.oblast() != null) {
            sql.append(" and ").append(alias).append(".oblast_code = :oblast");
            params.put("oblast", filter.oblast());
        }
        if (filter.municipality() != null) {
            sql.append(" and ").append(alias).append(".municipality_code = :municipality");
            params.put("municipality", filter.municipality());
        }
    }

    /**
     * Criteria on {@code partnership p}: only statuses the visitor may see (never drafts); status, field, target
     * group and year when given.
     */
    private static void partnershipCriteria(StringBuilder sql, Map<String, Object> params, AtlasFilter filter,
            boolean currentByDefault) {
        if (!filter.statuses().isEmpty()) {
            sql.append(" and p.status in (:statuses)");
            params.put("statuses", AtlasFilter.names(filter.statuses()));
        } else if (currentByDefault) {
            sql.append(" and p.status in ('ACTIVE', 'AGREED')");
        } else if (filter.visible().equals(AtlasFilter.SIGNED_IN_STATUSES)) {
            sql.append(" and p.status <> 'DRAFT'"); // the same rows, and cheaper for H2 than a list
        } else {
            sql.append(" and p.status in (:visibleStatuses)");
            params.put("visibleStatuses", AtlasFilter.names(filter.visible()));
        }
        if (!filter.fields().isEmpty()) {
            sql.append(" and exists (select 1 from partnership_field f where f.partnership_id = p.id"
                    + " and f.code in (:fields))");
            params.put("fields", AtlasFilter.names(filter.fields()));
        }
        if (!filter.groups().isEmpty()) {
            sql.append(" and exists (select 1 from partnership_target_group g where g.partnership_id = p.id"
                    + " and g.code in (:groups))");
            params.put("groups", AtlasFilter.names(filter.groups()));
        }
        if (filter.year() != null) {
            sql.append(" and (p.start_date is null or p.start_date <= :yearEnd)"
                    + " and (p.end_date is null or p.end_date >= :yearStart)");
            params.put("yearStart", LocalDate.of(filter.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(filter.year(), 12, 31));
        }
    }

    private static void partnerTypes(StringBuilder sql, Map<String, Object> params, AtlasFilter filter) {
        if (!filter.types().isEmpty()) {
            sql.append(" and exists (select 1 from partnership_party tp where tp.partnership_id = p.id"
                    + " and tp.partner_type in (:types))");
            params.put("types", AtlasFilter.names(filter.types()));
        }
    }
}
