package bg.libpartners.insight;

import bg.libpartners.platform.SqlInstants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An {@link OpenDataset} read by one SQL query, for the modules to declare theirs as beans: the rows are streamed
 * with a fetch size in one read-only transaction (PostgreSQL streams only inside a transaction), so the heap stays
 * flat however many rows there are. Each column is what the database gives, timestamps as the date in Sofia of the
 * instant Hibernate wrote ({@link SqlInstants}); override {@link #row(ResultSet)} to shape them.
 */
public class SqlDataset implements OpenDataset {

    /** The zone of the dates the timestamps become. */
    public static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    private final JdbcTemplate jdbc;
    private final SqlInstants instants;
    private final TransactionTemplate tx;
    private final String name;
    private final String sql;
    private final List<Column> columns;
    private final String lastUpdatedSql;

    /**
     * @param lastUpdatedSql a query for one timestamp (when the data last changed), or null when unknown
     */
    public SqlDataset(
            DataSource data,
            SqlInstants instants,
            PlatformTransactionManager transactions,
            String name,
            String sql,
            List<Column> columns,
            String lastUpdatedSql) {
        this.jdbc = new JdbcTemplate(data);
        this.instants = instants;
        this.jdbc.setFetchSize(1000);
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
        this.name = name;
        this.sql = sql;
        this.columns = List.copyOf(columns);
        this.lastUpdatedSql = lastUpdatedSql;
    }

    /** A column whose description is the message {@code insight.column.<name>}. */
    public static Column column(String name, String type) {
        return new Column(name, type, "insight.column." + name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        tx.executeWithoutResult(status -> jdbc.query(sql, rs -> {
            sink.accept(row(rs));
        }));
    }

    /** One row in the order of the columns. */
    protected List<Object> row(ResultSet rs) throws SQLException {
        var row = new ArrayList<Object>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
            var value = rs.getObject(i);
            row.add(value instanceof Timestamp ? date(rs, i) : value);
        }
        return row;
    }

    /** The date in Sofia of the instant in that {@code timestamp} column (null when it is null). */
    protected LocalDate date(ResultSet rs, int column) throws SQLException {
        var at = instants.read(rs, column);
        return at == null ? null : LocalDate.ofInstant(at, SOFIA);
    }

    @Override
    public Instant lastUpdated() {
        if (lastUpdatedSql == null) {
            return null;
        }
        return jdbc.query(lastUpdatedSql, (rs, n) -> instants.read(rs, 1)).get(0);
    }
}
