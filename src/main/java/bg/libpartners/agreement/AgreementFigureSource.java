package bg.libpartners.agreement;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import bg.libpartners.partnership.PartnershipGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements for the dashboards: cooperation agreements signed (a partnership counts once, whatever the number of
 * versions signed) split by the year of the first signature, and those approved by the board. The year is the
 * signature's (the decision's for the approved ones), read here; the scope's oblast, municipality, library and partner
 * type are the partnership module's to read: this module reads its own records once, one row per partnership with an
 * agreement signed or approved, and asks {@link PartnershipGraph#oblastsInScope} which of those partnerships are in
 * the scope and in which oblast — a pass over the agreements, not over every partnership of the scope.
 */
@Component
class AgreementFigureSource implements FigureSource {

    private final JdbcClient jdbc;
    private final PartnershipGraph graph;

    AgreementFigureSource(JdbcClient jdbc, PartnershipGraph graph) {
        this.jdbc = jdbc;
        this.graph = graph;
    }

    @Override
    public String section() {
        return "agreement";
    }

    /**
     * A partnership with an agreement signed or approved: the year of its first signature (null if none is signed)
     * and whether a version was approved (in the year asked, when one is).
     */
    private record Signed(long partnershipId, Integer year, boolean approved) {

        boolean signedIn(Integer asked) {
            return year != null && (asked == null || asked.equals(year));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(InsightScope scope) {
        var rows = rows(scope.year());
        Map<Long, String> inScope = null;
        if (scope.oblast() != null
                || scope.municipality() != null
                || scope.organisationId() != null
                || scope.partnerType() != null) {
            inScope = graph.oblastsInScope(scope, ids(rows));
        }
        var years = new TreeMap<Integer, Long>();
        long approved = 0;
        for (var row : rows) {
            if (inScope != null && !inScope.containsKey(row.partnershipId())) {
                continue;
            }
            if (row.signedIn(scope.year())) {
                years.merge(row.year(), 1L, Long::sum);
            }
            if (row.approved()) {
                approved++;
            }
        }
        var byYear = new LinkedHashMap<String, Number>();
        years.forEach((year, n) -> byYear.put(String.valueOf(year), n));
        long signed = years.values().stream().mapToLong(Long::longValue).sum();
        return List.of(
                new Figure("signed", signed, Figure.Unit.COUNT, "year", byYear, null),
                Figure.count("approved", approved, null));
    }

    /** Each oblast's signed and approved agreements from the same pass, for the scope's year and partner type. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<String, Number>> valuesByOblast(InsightScope scope) {
        var rows = rows(scope.year());
        var oblasts = graph.oblastsInScope(new InsightScope(null, null, null, null, scope.partnerType()), ids(rows));
        var out = new TreeMap<String, Map<String, Number>>();
        for (var row : rows) {
            var oblast = oblasts.get(row.partnershipId());
            if (oblast == null) {
                continue;
            }
            var values = out.computeIfAbsent(oblast, k -> {
                var empty = new LinkedHashMap<String, Number>();
                empty.put("signed", 0L);
                empty.put("approved", 0L);
                return empty;
            });
            if (row.signedIn(scope.year())) {
                values.merge("signed", 1L, (a, b) -> a.longValue() + b.longValue());
            }
            if (row.approved()) {
                values.merge("approved", 1L, (a, b) -> a.longValue() + b.longValue());
            }
        }
        return out;
    }

    private List<Signed> rows(Integer year) {
        var params = new HashMap<String, Object>();
        var decided = "";
        if (year != null) {
            decided = " and extract(year from v.decided_at) = :year";
            params.put("year", year);
        }
        var rows = new ArrayList<Signed>();
        jdbc.sql("select v.partnership_id, cast(extract(year from min(v.signed_at)) as integer),"
                        + " max(case when v.status = 'APPROVED'" + decided + " then 1 else 0 end)"
                        + " from agreement_version v where v.signed_at is not null or v.status = 'APPROVED'"
                        + " group by v.partnership_id")
                .params(params)
                .query(rs -> {
                    int read = rs.getInt(2);
                    Integer y = rs.wasNull() ? null : read; // asked right after its own column, not the id's
                    rows.add(new Signed(rs.getLong(1), y, rs.getInt(3) == 1));
                });
        return rows;
    }

    private static long[] ids(List<Signed> rows) {
        return rows.stream().mapToLong(Signed::partnershipId).toArray();
    }
}
