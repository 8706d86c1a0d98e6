package bg.libpartners.geography;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings one classifier table in line with the shipped rows: inserts what is missing and updates what changed, in
 * JDBC batches. Never deletes: other modules keep EKATTE codes, and a settlement that NSI abolishes stays readable.
 */
final class TableSync {

    /** A table whose first column is its key; {@code sqlTypes} are java.sql.Types, one per column. */
    record Table(String name, List<String> columns, int[] sqlTypes) {}

    record Result(String table, int inserted, int updated, int unchanged, int extra) {

        boolean changed() {
            return inserted + updated > 0;
        }
    }

    private TableSync() {}

    static Result sync(JdbcTemplate jdbc, Table table, List<Object[]> rows) {
        var existing = new HashMap<Object, Object[]>(rows.size() * 2);
        jdbc.query("select " + String.join(", ", table.columns()) + " from " + table.name(), rs -> {
            var values = new Object[table.columns().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getObject(i + 1);
            }
            existing.put(values[0], values);
        });
        var inserts = new ArrayList<Object[]>();
        var updates = new ArrayList<Object[]>();
        for (Object[] row : rows) {
            Object[] current = existing.remove(row[0]);
            if (current == null) {
                inserts.add(row);
            } else if (!sameValues(current, row)) {
                updates.add(rotateKeyToEnd(row));
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(insertSql(table), inserts, table.sqlTypes());
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(updateSql(table), updates, rotateKeyToEnd(table.sqlTypes()));
        }
        return new Result(
                table.name(),
                inserts.size(),
                updates.size(),
                rows.size() - inserts.size() - updates.size(),
                existing.size());
    }

    private static boolean sameValues(Object[] stored, Object[] shipped) {
        for (int i = 0; i < stored.length; i++) {
            if (!Objects.equals(normalise(stored[i]), normalise(shipped[i]))) {
                return false;
            }
        }
        return true;
    }

    /** Drivers answer integer columns as Integer or Long and double precision as Double or BigDecimal. */
    private static Object normalise(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Number n) {
            return n instanceof Integer || n instanceof Long ? (Object) n.longValue() : (Object) n.doubleValue();
        }
        return value;
    }

    private static String insertSql(Table table) {
        return "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") values ("
                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private static String updateSql(Table table) {
        var columns = table.columns();
        return "update " + table.name() + " set "
                + columns.subList(1, columns.size()).stream()
                        .map(c -> c + " = ?")
                        .collect(Collectors.joining(", "))
                + " where " + columns.get(0) + " = ?";
    }

    private static Object[] rotateKeyToEnd(Object[] row) {
        var rotated = Arrays.copyOfRange(row, 1, row.length + 1);
        rotated[row.length - 1] = row[0];
        return rotated;
    }

    private static int[] rotateKeyToEnd(int[] types) {
        var rotated = Arrays.copyOfRange(types, 1, types.length + 1);
        rotated[types.length - 1] = types[0];
        return rotated;
    }
}
