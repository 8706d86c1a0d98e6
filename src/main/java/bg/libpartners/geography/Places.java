package bg.libpartners.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries over the classifier tables, answered as the module's public records. Rows are mapped by column
 * position, explicitly: a property-by-name mapper asks the result set for columns that are not there, and H2 writes a
 * stack trace to its trace file for each miss (25 s for the first map of all settlements).
 */
@Repository
class Places {

    private static final String OBLAST = "select code, name_bg, name_en, ekatte, nuts3 from oblast";
    private static final String MUNICIPALITY = """
            select m.code, m.name_bg, m.name_en, m.ekatte, m.oblast_code, o.name_bg as oblast_name_bg
            from municipality m join oblast o on o.code = m.oblast_code""";
    private static final String SETTLEMENT = """
            select s.ekatte, s.kind, s.name_bg, s.name_en, s.municipality_code, m.name_bg as municipality_name_bg,
                   s.oblast_code, o.name_bg as oblast_name_bg, s.lat, s.lon, s.population
            from settlement s join municipality m on m.code = s.municipality_code
                              join oblast o on o.code = s.oblast_code""";
    private static final RowMapper<OblastRef> OBLAST_ROW = (rs, i) ->
            new OblastRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    private static final RowMapper<MunicipalityRef> MUNICIPALITY_ROW = (rs, i) -> new MunicipalityRef(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    private static final RowMapper<SettlementRef> SETTLEMENT_ROW = (rs, i) -> new SettlementRef(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            rs.getObject(9, Double.class),
            rs.getObject(10, Double.class),
            rs.getObject(11, Integer.class));

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OblastRef> oblasts() {
        return jdbc.sql(OBLAST + " order by name_bg").query(OBLAST_ROW).list();
    }

    Optional<OblastRef> oblast(String code) {
        return jdbc.sql(OBLAST + " where code = ?")
                .param(code)
                .query(OBLAST_ROW)
                .optional();
    }

    List<MunicipalityRef> municipalities(String oblastCode) {
        if (oblastCode == null) {
            return jdbc.sql(MUNICIPALITY + " order by m.name_bg, m.code")
                    .query(MUNICIPALITY_ROW)
                    .list();
        }
        return jdbc.sql(MUNICIPALITY + " where m.oblast_code = ? order by m.name_bg, m.code")
                .param(oblastCode)
                .query(MUNICIPALITY_ROW)
                .list();
    }

    Optional<MunicipalityRef> municipality(String code) {
        return jdbc.sql(MUNICIPALITY + " where m.code = ?")
                .param(code)
                .query(MUNICIPALITY_ROW)
                .optional();
    }

    Optional<SettlementRef> settlement(String ekatte) {
        return jdbc.sql(SETTLEMENT + " where s.ekatte = ?")
                .param(ekatte)
                .query(SETTLEMENT_ROW)
                .optional();
    }

    List<SettlementRef> settlements(Collection<String> ekatte) {
        if (ekatte.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SETTLEMENT + " where s.ekatte in (:ekatte) order by s.ekatte")
                .param("ekatte", ekatte)
                .query(SETTLEMENT_ROW)
                .list();
    }

    List<SettlementRef> allSettlements() {
        return jdbc.sql(SETTLEMENT).query(SETTLEMENT_ROW).list();
    }
}
