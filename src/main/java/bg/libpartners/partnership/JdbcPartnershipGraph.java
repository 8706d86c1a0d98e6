package bg.libpartners.partnership;

import bg.libpartners.platform.ChangeMark;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * {@link PartnershipGraph} by streamed queries, one per table (a large fetch size: millions of rows at world scale),
 * and its questions each by one statement over this module's tables.
 */
@Component
class JdbcPartnershipGraph implements PartnershipGraph {

    private static final Set<PartnershipStatus> NOT_DRAFT =
            Set.copyOf(EnumSet.complementOf(EnumSet.of(PartnershipStatus.DRAFT)));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcPartnershipGraph(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void partnerships(PartnershipRow row) {
        jdbc.query("""
                select p.id, p.lead_library_id, p.status, p.start_date, p.end_date, p.oblast_code, p.municipality_code
                from partnership p where p.status <> 'DRAFT' order by p.id""", (RowCallbackHandler) rs -> row.accept(
                rs.getLong(1),
                rs.getLong(2),
                PartnershipStatus.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                rs.getString(7)));
    }

    @Override
    public void fields(CodeRow<ActivityField> row) {
        jdbc.query("select f.partnership_id, f.code from partnership_field f", (RowCallbackHandler)
                rs -> row.accept(rs.getLong(1), ActivityField.valueOf(rs.getString(2))));
    }

    @Override
    public void targetGroups(CodeRow<TargetGroup> row) {
        jdbc.query("select g.partnership_id, g.code from partnership_target_group g", (RowCallbackHandler)
                rs -> row.accept(rs.getLong(1), TargetGroup.valueOf(rs.getString(2))));
    }

    @Override
    public void parties(PartyRow row) {
        jdbc.query(
                "select pp.partnership_id, pp.organisation_id, pp.partner_type from partnership_party pp",
                (RowCallbackHandler) rs -> {
                    String type = rs.getString(3);
                    row.accept(rs.getLong(1), rs.getLong(2), type == null ? null : PartnerType.valueOf(type));
                });
    }

    @Override
    public ChangeMark lastChange() {
        return jdbc.query("select max(updated_at), max(id) from partnership", rs -> {
            rs.next();
            Object latest = rs.getObject(1);
            long id = rs.getLong(2);
            return new ChangeMark(latest == null ? null : latest.toString(), rs.wasNull() ? null : id);
        });
    }

    @Override
    public long[] leadLibraries(Criteria criteria) {
        var params = new HashMap<String, Object>();
        return ids(
                "select distinct p.lead_library_id from partnership p where " + where(criteria, params, null), params);
    }

    @Override
    public long[] organisations(Criteria criteria) {
        var params = new HashMap<String, Object>();
        String where = where(criteria, params, null);
        return ids(
                "select p.lead_library_id from partnership p where " + where + " union select pp.organisation_id"
                        + " from partnership_party pp join partnership p on p.id = pp.partnership_id where " + where,
                params);
    }

    @Override
    public Map<String, Long> countByRegion(Criteria criteria, boolean municipality) {
        String column = municipality ? "p.municipality_code" : "p.oblast_code";
        var params = new HashMap<String, Object>();
        var counts = new HashMap<String, Long>();
        named.query(
                "select " + column + ", count(*) from partnership p where " + column + " is not null and "
                        + where(criteria, params, null) + " group by " + column,
                params,
                (RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    @Override
    public void lines(Criteria criteria, long[] leadLibraries, LineRow row) {
        var params = new HashMap<String, Object>();
        params.put("leads", array(leadLibraries));
        named.query(
                "select p.id, p.lead_library_id, pp.organisation_id, pp.partner_type from partnership p"
                        + " join partnership_party pp on pp.partnership_id = p.id where p.lead_library_id = any(:leads)"
                        + " and pp.organisation_id <> p.lead_library_id and " + where(criteria, params, "pp")
                        + " order by p.id, pp.organisation_id",
                params,
                (RowCallbackHandler)
                        rs -> row.accept(rs.getLong(1), rs.getLong(2), rs.getLong(3), type(rs.getString(4))));
    }

    @Override
    public void pairs(Criteria criteria, PairRow row) {
        var params = new HashMap<String, Object>();
        named.query(
                "select p.lead_library_id, pp.organisation_id, count(*) from partnership p"
                        + " join partnership_party pp on pp.partnership_id = p.id where pp.organisation_id <> p.lead_library_id"
                        + " and " + where(criteria, params, "pp") + " group by p.lead_library_id, pp.organisation_id"
                        + " order by count(*) desc, p.lead_library_id, pp.organisation_id",
                params,
                (RowCallbackHandler) rs -> row.accept(rs.getLong(1), rs.getLong(2), rs.getInt(3)));
    }

    @Override
    public void partiesOfManyLibraries(Criteria criteria, int minLibraries, PartyCountRow row) {
        var params = new HashMap<String, Object>();
        params.put("min", minLibraries);
        named.query(
                "select pp.organisation_id, count(distinct p.lead_library_id), count(distinct p.id)"
                        + " from partnership p join partnership_party pp on pp.partnership_id = p.id where "
                        + where(criteria, params, "pp") + " group by pp.organisation_id"
                        + " having count(distinct p.lead_library_id) >= :min"
                        + " order by count(distinct p.lead_library_id) desc, pp.organisation_id",
                params,
                (RowCallbackHandler) rs -> row.accept(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        var titles = new HashMap<Long, String>();
        if (!ids.isEmpty()) {
            named.query(
                    "select id, title from partnership where id = any(:ids)",
                    Map.of("ids", array(ids.stream().mapToLong(Long::longValue).toArray())),
                    (RowCallbackHandler) rs -> titles.put(rs.getLong(1), rs.getString(2)));
        }
        return titles;
    }

    /** How many ids {@link #oblastsInScope} binds to one statement. */
    private static final int BATCH = 10_000;

    @Override
    public Map<Long, String> oblastsInScope(bg.libpartners.insight.InsightScope scope, long[] among) {
        var q = new FigureQueries(new bg.libpartners.insight.InsightScope(
                scope.oblast(), scope.organisationId(), null, scope.municipality(), scope.partnerType()));
        var out = new HashMap<Long, String>();
        for (int from = 0; from < among.length; from += BATCH) {
            var params = new HashMap<>(q.params);
            params.put("among", array(java.util.Arrays.copyOfRange(among, from, Math.min(among.length, from + BATCH))));
            named.query(
                    "select p.id, p.oblast_code from partnership p" + q.where + " and p.id = any(:among)",
                    params,
                    (RowCallbackHandler) rs -> out.put(rs.getLong(1), rs.getString(2)));
        }
        return out;
    }

    /**
     * The criteria over {@code partnership p}; the partner types on the party {@code party} when given (an answer
     * per party), else as "has a party of such a type".
     */
    private static String where(Criteria c, Map<String, Object> params, String party) {
        var sql = new StringBuilder();
        if (c.statuses().equals(NOT_DRAFT)) {
            sql.append("p.status <> 'DRAFT'"); // the same rows, and cheaper for H2 than a list
        } else {
            sql.append("p.status in (:statuses)");
            params.put("statuses", names(c.statuses()));
        }
        if (!c.fields().isEmpty()) {
            sql.append(" and exists (select 1 from partnership_field f where f.partnership_id = p.id"
                    + " and f.code in (:fields))");
            params.put("fields", names(c.fields()));
        }
        if (!c.groups().isEmpty()) {
            sql.append(" and exists (select 1 from partnership_target_group g where g.partnership_id = p.id"
                    + " and g.code in (:groups))");
            params.put("groups", names(c.groups()));
        }
        if (c.year() != null) {
            sql.append(" and (p.start_date is null or p.start_date <= :yearEnd)"
                    + " and (p.end_date is null or p.end_date >= :yearStart)");
            params.put("yearStart", LocalDate.of(c.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(c.year(), 12, 31));
        }
        if (!c.partyTypes().isEmpty()) {
            sql.append(
                    party != null
                            ? " and " + party + ".partner_type in (:types)"
                            : " and exists (select 1 from partnership_party tp where tp.partnership_id = p.id"
                                    + " and tp.partner_type in (:types))");
            params.put("types", names(c.partyTypes()));
        }
        if (c.oblastCode() != null) {
            sql.append(" and p.oblast_code = :oblast");
            params.put("oblast", c.oblastCode());
        }
        if (c.municipalityCode() != null) {
            sql.append(" and p.municipality_code = :municipality");
            params.put("municipality", c.municipalityCode());
        }
        return sql.toString();
    }

    private long[] ids(String sql, Map<String, Object> params) {
        var ids = LongStream.builder();
        named.query(sql, params, (RowCallbackHandler) rs -> ids.add(rs.getLong(1)));
        return ids.build().toArray();
    }

    private static SqlArrayValue array(long[] ids) {
        return new SqlArrayValue("bigint", LongStream.of(ids).boxed().toArray());
    }

    private static PartnerType type(String name) {
        return name == null ? null : PartnerType.valueOf(name);
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        var names = new LinkedHashSet<String>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }
}
