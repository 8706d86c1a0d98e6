package bg.libpartners.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only queries over the classifier tables, answered as the module's public records. */
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
    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OblastRef> oblasts() {
        return jdbc.sql(OBLAST + " order by name_bg").query(OblastRef.class).list();
    }

    Optional<OblastRef> oblast(String code) {
        return jdbc.sql(OBLAST + " where code = ?").param(code).query(OblastRef.class).optional();
    }

    List<MunicipalityRef> municipalities(String oblastCode) {
        if (oblastCode == null) {
            return jdbc.sql(MUNICIPALITY + " order by m.name_bg, m.code").query(MunicipalityRef.class).list();
        }
        return jdbc.sql(MUNICIPALITY + " where m.oblast_code = ? order by m.name_bg, m.code").param(oblastCode)
                .query(MunicipalityRef.class).list();
    }

    Optional<MunicipalityRef> municipality(String code) {
        return jdbc.sql(MUNICIPALITY + " where m.code = ?").param(code).query(MunicipalityRef.class).optional();
    }

    Optional<SettlementRef> settlement(String ekatte) {
        return jdbc.sql(SETTLEMENT + " where s.ekatte = ?").param(ekatte).query(SettlementRef.class).optional();
    }

    List<SettlementRef> settlements(Collection<String> ekatte) {
        if (ekatte.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SETTLEMENT + " where s.ekatte in (:ekatte) order by s.ekatte").param("ekatte", ekatte)
                .query(SettlementRef.class).list();
    }

    List<SettlementRef> allSettlements() {
        return jdbc.sql(SETTLEMENT).query(SettlementRef.class).list();
    }
}
