package bg.libpartners.partnership;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The dashboards' figures are a few large grouped joins (hundreds of thousands to millions of rows at world scale),
 * which PostgreSQL's JIT compiles at each statement: 0.05–0.3 s each, more than it saves here (an oblast's figures
 * with a partner type 1.33 s with it, 1.15 s without; every oblast's 4.0 s and 3.6 s). {@link #analytic()} turns it
 * off for the rest of the caller's transaction only ({@code set local}). (More memory per sort or hash, work_mem 64 MB
 * instead of 4 MB, was measured too and did not help.) Nothing on H2.
 */
@Component
class FigureSession {

    private final JdbcClient jdbc;
    private final boolean postgres;

    FigureSession(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    /** Inside a transaction: the setting above until it ends. */
    void analytic() {
        if (postgres) {
            jdbc.sql("set local jit = off").update();
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String name = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return name != null && name.toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            return false;
        }
    }
}
