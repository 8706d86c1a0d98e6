package bg.libpartners.event.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Adds the events issue's scale to a database the application has migrated and filled with its demo (H2 file or
 * PostgreSQL): EVENTS events over the two years around today (every kind the demo has, the 28 oblasts, four in five
 * public, a quarter with a capacity) and REGISTRATIONS registrations spread over them (registered, waiting and
 * cancelled as a full event has them). Each row is a copy of a demo row of the same table with its own values; ids
 * come after the tables' sequences, which are moved past them. Plain JDBC in batches.
 *
 * <pre>
 * java -cp … bg.libpartners.event.bench.EventBenchData JDBC_URL USER PASSWORD [EVENTS=10000] [REGISTRATIONS=200000]
 * </pre>
 */
public final class EventBenchData {

    private static final String[] OBLASTS = {
        "BLG", "BGS", "VAR", "VTR", "VID", "VRC", "GAB", "DOB", "KRZ", "KNL", "LOV", "MON", "PAZ", "PER", "PVN", "PDV",
        "RAZ", "RSE", "SLS", "SLV", "SML", "SFO", "SOF", "SZR", "TGV", "HKV", "SHU", "JAM"
    };

    private EventBenchData() {}

    public static void main(String[] args) throws SQLException {
        int events = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int registrations = args.length > 4 ? Integer.parseInt(args[4]) : 200_000;
        var random = new SplittableRandom(12);
        try (var c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            var templates = rows(c, "select * from event where status <> 'CANCELLED' order by id");
            var registration =
                    rows(c, "select * from event_registration order by id").get(0);
            long eventId = next(c, "event");
            long registrationId = next(c, "event_registration");
            long t0 = System.nanoTime();
            var today =
                    LocalDateTime.now().withHour(10).withMinute(0).withSecond(0).withNano(0);
            int perEvent = Math.max(1, registrations / events);
            int done = 0;
            for (int from = 0; from < events; from += 1000) {
                var eventRows = new ArrayList<Map<String, Object>>();
                var oblastRows = new ArrayList<Map<String, Object>>();
                var registrationRows = new ArrayList<Map<String, Object>>();
                for (int i = from; i < Math.min(events, from + 1000); i++) {
                    var e = new LinkedHashMap<>(templates.get(i % templates.size()));
                    long id = eventId++;
                    var starts = today.plusDays(random.nextInt(730) - 365).plusHours(random.nextInt(8));
                    String oblast = OBLASTS[i % OBLASTS.length];
                    boolean capped = i % 4 == 0;
                    e.put("id", id);
                    e.put("title", "Регионална среща " + (i + 1) + ": партньорства на библиотеките");
                    e.put("starts_at", Timestamp.valueOf(starts));
                    e.put("ends_at", Timestamp.valueOf(starts.plusHours(3)));
                    e.put("registration_deadline", null);
                    e.put("oblast_code", oblast);
                    e.put("public_event", i % 5 != 0);
                    e.put("capacity", capped ? perEvent / 2 : null);
                    e.put("status", starts.isBefore(today) ? "COMPLETED" : "SCHEDULED");
                    e.put("minutes_markdown", null);
                    e.put("minutes_html", null);
                    e.put("minutes_at", null);
                    e.put("minutes_by", null);
                    e.put("demo", false);
                    e.put("version", 0L);
                    eventRows.add(e);
                    oblastRows.add(Map.of("event_id", id, "oblast_code", oblast));
                    int n = registrations * (i + 1) / events - registrations * i / events;
                    for (int k = 0; k < n; k++, done++) {
                        var r = new LinkedHashMap<>(registration);
                        r.put("id", registrationId++);
                        r.put("event_id", id);
                        r.put("user_id", null);
                        r.put("name", "Участник " + done);
                        r.put("email", "p" + done + "@bench.test");
                        r.put("email_key", "p" + done + "@bench.test");
                        boolean waiting = capped && k >= perEvent / 2;
                        r.put("status", waiting ? "WAITLISTED" : (k % 25 == 24 ? "CANCELLED" : "REGISTERED"));
                        r.put("position", k + 1);
                        r.put(
                                "cancel_token_hash",
                                HexFormat.of()
                                        .formatHex(java.nio.ByteBuffer.allocate(32)
                                                .putLong(done)
                                                .putLong(random.nextLong())
                                                .array()));
                        r.put(
                                "registered_at",
                                Timestamp.valueOf(starts.minusDays(10).plusMinutes(k)));
                        r.put("promoted_at", null);
                        r.put("cancelled_at", null);
                        r.put("attended", null);
                        registrationRows.add(r);
                    }
                }
                insertAll(c, "event", eventRows);
                insertAll(c, "event_oblast", oblastRows);
                insertAll(c, "event_registration", registrationRows);
                c.commit();
            }
            restart(c, "event", eventId);
            restart(c, "event_registration", registrationId);
            c.commit();
            System.out.printf(
                    "events: %d events, %d registrations in %.1f s%n", events, done, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static long next(Connection c, String table) throws SQLException {
        try (var rs = c.createStatement().executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves the table's sequence past the ids used here (Hibernate takes blocks of 50 from it). */
    private static void restart(Connection c, String table, long after) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("alter sequence " + table + "_seq restart with " + (after + 1000));
        }
    }

    private static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
        var out = new ArrayList<Map<String, Object>>();
        try (var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            var meta = rs.getMetaData();
            while (rs.next() && out.size() < 20) {
                var row = new LinkedHashMap<String, Object>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                out.add(row);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no demo row for: " + sql + " (start the application once with demo data)");
        }
        return out;
    }

    private static void insertAll(Connection c, String table, List<Map<String, Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        var columns = new ArrayList<>(rows.get(0).keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (var ps = c.prepareStatement(sql)) {
            int n = 0;
            for (var row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 1, row.get(columns.get(i)));
                }
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
