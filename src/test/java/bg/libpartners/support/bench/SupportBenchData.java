package bg.libpartners.support.bench;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Adds N synthetic support requests with M messages in all to a database the application has migrated (H2 file or
 * PostgreSQL), in batches over plain JDBC, while the application is stopped (H2) or running (PostgreSQL). Requests
 * are spread over the libraries of the directory (their oblasts), the seven topics and every status; a third of the
 * open ones are past their target; closed ones carry working-hour figures and ratings.
 *
 * <pre>
 * java -cp … bg.libpartners.support.bench.SupportBenchData "jdbc:h2:file:/tmp/lp/db/libpartners" sa "" 100000 500000
 * </pre>
 */
public final class SupportBenchData {

    static final String[] STATUS = {
        "NEW", "ASSIGNED", "ANSWERED", "WAITING_FOR_ASKER", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED"
    };

    private SupportBenchData() {}

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int requests = Integer.parseInt(args[3]);
        int messages = Integer.parseInt(args[4]);
        var random = new SplittableRandom(13);
        try (var c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            var libraries = new ArrayList<Object[]>();
            try (var rs = c.createStatement()
                    .executeQuery("select id, name, parent_id, oblast_code from organisation"
                            + " where kind = 'LIBRARY' and oblast_code is not null")) {
                while (rs.next()) {
                    libraries.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3), rs.getString(4)});
                }
            }
            List<Long> topics = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("select id from support_topic order by position")) {
                while (rs.next()) {
                    topics.add(rs.getLong(1));
                }
            }
            long asker = one(c, "select min(id) from app_user where role = 'LIBRARIAN'");
            long expert = one(c, "select min(id) from app_user where role = 'EXPERT'");
            long firstId = one(c, "select coalesce(max(id), 0) from support_request") + 1;
            var now = Instant.now();
            long t0 = System.nanoTime();
            try (var ps = c.prepareStatement("insert into support_request (id, asker_id, asker_name, library_id,"
                    + " library_name, chitalishte_id, oblast_code, topic_id, question, status, expert_id, expert_name,"
                    + " created_at, due_at, assigned_at, first_answer_at, last_answer_at, last_activity_at, closed_at,"
                    + " auto_closed, first_response_minutes, resolution_minutes, rating, publish_consent, demo, version)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")) {
                for (int i = 0; i < requests; i++) {
                    var lib = libraries.get(random.nextInt(libraries.size()));
                    var status = STATUS[random.nextInt(STATUS.length)];
                    var created = now.minus(Duration.ofMinutes(random.nextLong(60L * 24 * 365 * 3)));
                    boolean open = !status.equals("CLOSED");
                    boolean answered = !status.equals("NEW") && !status.equals("ASSIGNED");
                    // a third of the open, unanswered ones are past their target
                    var due = open && !answered && random.nextInt(3) == 0
                            ? now.minus(Duration.ofHours(1))
                            : created.plus(Duration.ofDays(3));
                    if (open && !answered && due.isBefore(now) && random.nextInt(3) != 0) {
                        due = now.plus(Duration.ofDays(2));
                    }
                    int p = 1;
                    ps.setLong(p++, firstId + i);
                    ps.setLong(p++, asker);
                    ps.setString(p++, "Библиотекар " + (i % 5000));
                    ps.setLong(p++, (Long) lib[0]);
                    ps.setString(p++, (String) lib[1]);
                    ps.setObject(p++, lib[2]);
                    ps.setString(p++, (String) lib[3]);
                    ps.setLong(p++, topics.get(random.nextInt(topics.size())));
                    ps.setString(p++, "Въпрос " + i + ": как да намерим партньори и съфинансиране за читалнята?");
                    ps.setString(p++, status);
                    ps.setObject(p++, status.equals("NEW") ? null : expert);
                    ps.setString(p++, status.equals("NEW") ? null : "Експерт");
                    ps.setObject(p++, ts(created));
                    ps.setObject(p++, ts(due));
                    ps.setObject(p++, status.equals("NEW") ? null : ts(created.plus(Duration.ofHours(2))));
                    ps.setObject(p++, answered ? ts(created.plus(Duration.ofHours(20))) : null);
                    ps.setObject(p++, answered ? ts(created.plus(Duration.ofHours(30))) : null);
                    ps.setObject(p++, ts(created.plus(Duration.ofHours(30))));
                    ps.setObject(p++, open ? null : ts(created.plus(Duration.ofDays(5))));
                    ps.setBoolean(p++, !open && random.nextInt(4) == 0);
                    ps.setObject(p++, answered ? (long) random.nextInt(30, 2000) : null);
                    ps.setObject(p++, open ? null : (long) random.nextInt(500, 6000));
                    ps.setObject(p++, !open && random.nextInt(2) == 0 ? random.nextInt(1, 6) : null);
                    ps.setBoolean(p++, false);
                    ps.setBoolean(p, true);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            try (var ps = c.prepareStatement("insert into support_message (request_id, author_id, author_name, side,"
                    + " body, internal, created_at) values (?,?,?,?,?,?,?)")) {
                for (int i = 0; i < messages; i++) {
                    long request = firstId + (i < requests ? i : random.nextInt(requests));
                    boolean expertSide = i >= requests && random.nextBoolean();
                    ps.setLong(1, request);
                    ps.setLong(2, expertSide ? expert : asker);
                    ps.setString(3, expertSide ? "Експерт" : "Библиотекар");
                    ps.setString(4, expertSide ? "EXPERT" : "ASKER");
                    ps.setString(5, "Съобщение " + i + " по запитването.");
                    ps.setBoolean(6, expertSide && random.nextInt(5) == 0);
                    ps.setObject(7, ts(now.minus(Duration.ofMinutes(random.nextLong(60L * 24 * 365)))));
                    ps.addBatch();
                    if (i % 2000 == 1999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            if (url.startsWith("jdbc:h2")) {
                c.createStatement()
                        .execute("alter table support_request alter column id restart with " + (firstId + requests));
            } else {
                c.createStatement()
                        .execute("select setval(pg_get_serial_sequence('support_request', 'id'), "
                                + (firstId + requests) + ")");
            }
            c.commit();
            System.out.printf(
                    "%d requests and %d messages in %.1f s%n", requests, messages, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long one(java.sql.Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
