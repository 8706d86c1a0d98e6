package bg.libpartners.geography;

import bg.libpartners.geography.TableSync.Result;
import bg.libpartners.geography.TableSync.Table;
import java.sql.Types;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped classifiers ({@code classpath:geodata/*.csv}) into the database when the application starts, in
 * one transaction. Runs while the context is built, not after it: {@link Geography} depends on this bean, so every
 * module that reads geography (an import, a demo seeder) finds it loaded. Idempotent: a second run changes nothing.
 */
@Component
class GeographyLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GeographyLoader.class);

    private static final int V = Types.VARCHAR;
    private static final Table OBLAST =
            new Table("oblast", List.of("code", "name_bg", "name_en", "ekatte", "nuts3"), new int[] {V, V, V, V, V});
    private static final Table MUNICIPALITY = new Table(
            "municipality", List.of("code", "oblast_code", "name_bg", "name_en", "ekatte"), new int[] {V, V, V, V, V});
    private static final Table SETTLEMENT = new Table(
            "settlement",
            List.of(
                    "ekatte",
                    "kind",
                    "name_bg",
                    "name_en",
                    "municipality_code",
                    "oblast_code",
                    "lat",
                    "lon",
                    "population",
                    "search_key"),
            new int[] {V, V, V, V, V, V, Types.DOUBLE, Types.DOUBLE, Types.INTEGER, V});

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    GeographyLoader(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterPropertiesSet() {
        load();
    }

    List<Result> load() {
        long start = System.nanoTime();
        var data = Geodata.fromClasspath();
        List<Result> results;
        try {
            results = transaction.execute(status -> sync(data));
        } catch (DataIntegrityViolationException e) {
            // another node loaded the same rows at the same moment: its rows are ours, so compare once more
            log.info("Geography was being loaded by another node; checking again");
            results = transaction.execute(status -> sync(data));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean changed = results.stream().anyMatch(Result::changed);
        log.info("Geography {} in {} ms: {}", changed ? "loaded" : "up to date", millis, results);
        return results;
    }

    private List<Result> sync(Geodata data) {
        return List.of(
                TableSync.sync(
                        jdbc,
                        OBLAST,
                        data.oblasts().stream()
                                .map(o -> new Object[] {o.code(), o.nameBg(), o.nameEn(), o.ekatte(), o.nuts3()})
                                .toList()),
                TableSync.sync(
                        jdbc,
                        MUNICIPALITY,
                        data.municipalities().stream()
                                .map(m -> new Object[] {m.code(), m.oblastCode(), m.nameBg(), m.nameEn(), m.ekatte()})
                                .toList()),
                TableSync.sync(
                        jdbc,
                        SETTLEMENT,
                        data.settlements().stream()
                                .map(s -> new Object[] {
                                    s.ekatte(),
                                    s.kind(),
                                    s.nameBg(),
                                    s.nameEn(),
                                    s.municipalityCode(),
                                    s.oblastCode(),
                                    s.lat(),
                                    s.lon(),
                                    s.population(),
                                    s.searchKey()
                                })
                                .toList()));
    }
}
