package bg.libpartners.platform;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Instants in plain SQL as Hibernate keeps them in a {@code timestamp} column, so that a query over JDBC reads and
 * compares the same moments as the entities: on PostgreSQL the UTC clock time, on H2 an {@link Instant} through the
 * session's zone. Whatever the JVM's zone is.
 */
@Component
public class SqlInstants {

    private final boolean h2;

    public SqlInstants(DataSource dataSource) {
        this.h2 = isH2(dataSource);
    }

    /** The instant in that column (null when it is null). */
    public Instant read(ResultSet rs, String column) throws SQLException {
        return read(rs, rs.findColumn(column));
    }

    /** The instant in that column, by position (null when it is null). */
    public Instant read(ResultSet rs, int column) throws SQLException {
        if (h2) {
            return rs.getObject(column, Instant.class);
        }
        var t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** The value to bind for a comparison with such a column. */
    public Object bind(Instant instant) {
        return instant == null || h2 ? instant : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            String name = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return name != null && name.toUpperCase(Locale.ROOT).contains("H2");
        } catch (MetaDataAccessException e) {
            return false;
        }
    }
}
