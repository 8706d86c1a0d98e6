package bg.libpartners.funding.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Adds the co-financing issue's scale to a database the application has migrated and filled with its demo (H2 file
 * or PostgreSQL): CALLS calls with APPLICATIONS applications in all (spread over the directory's libraries and their
 * oblasts), three reviews per submitted application (scored, one in twenty a declared conflict), and a grant with its
 * tranches for every approved one. Each row is a copy of a demo row of the same table with its own title, library,
 * amounts, statuses and scores, so every JSON column keeps a shape the application reads. Plain JDBC in batches.
 *
 * <pre>
 * java -cp … bg.libpartners.funding.bench.FundingBenchData JDBC_URL USER PASSWORD [CALLS=200] [APPLICATIONS=50000] [SAMPLES]
 * </pre>
 *
 * SAMPLES, a file, gets lines {@code call <id>}, {@code library <id>} and {@code grant <id>} for the benchmark's URLs.
 */
public final class FundingBenchData {

    private static final String[] STATUS = {
        "SUBMITTED",
        "SUBMITTED",
        "SUBMITTED",
        "SUBMITTED",
        "APPROVED",
        "APPROVED",
        "RESERVE",
        "REJECTED",
        "REJECTED",
        "DRAFT"
    };

    private FundingBenchData() {}

    public static void main(String[] args) throws SQLException {
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int applications = args.length > 4 ? Integer.parseInt(args[4]) : 50_000;
        var random = new SplittableRandom(14);
        try (var c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            var callTemplate = row(c, "select * from funding_call order by id");
            var appTemplate = row(c, "select * from funding_application where status = 'APPROVED' order by id");
            var reviewTemplate = row(c, "select * from funding_review where status = 'SCORED' order by id");
            var grantTemplate = row(c, "select * from funding_grant order by id");
            var tranches = rows(
                    c, "select * from funding_tranche where grant_id = " + grantTemplate.get("id") + " order by seq");
            var libraries = new ArrayList<Object[]>();
            try (var rs = c.createStatement()
                    .executeQuery("select id, name, oblast_code from organisation"
                            + " where kind = 'LIBRARY' and oblast_code is not null order by id")) {
                while (rs.next()) {
                    libraries.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                }
            }
            var reviewers = new ArrayList<Object[]>();
            try (var rs = c.createStatement().executeQuery("select id, display_name from app_user order by id")) {
                while (rs.next() && reviewers.size() < 12) {
                    reviewers.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
            long t0 = System.nanoTime();
            int perCall = applications / calls;
            int apps = 0;
            int reviews = 0;
            int grants = 0;
            var now = LocalDateTime.now().withNano(0);
            for (int k = 0; k < calls; k++) {
                var call = new LinkedHashMap<>(callTemplate);
                call.put("title", "Покана за съфинансиране № " + (k + 1) + " – партньорства за четене");
                call.put("budget", new BigDecimal(500_000 + 10_000 * (k % 50)).setScale(2));
                call.put("status", "PUBLISHED");
                call.put("demo", false);
                call.put("opens_at", Timestamp.valueOf(now.minusDays(120 + k)));
                call.put("closes_at", Timestamp.valueOf(now.minusDays(30 + k % 60)));
                long callId = insert(c, "funding_call", call);
                BigDecimal awarded = BigDecimal.ZERO;
                var appBatch = new ArrayList<Map<String, Object>>();
                for (int a = 0; a < perCall; a++, apps++) {
                    var lib = libraries.get(random.nextInt(libraries.size()));
                    var app = new LinkedHashMap<>(appTemplate);
                    String status = STATUS[random.nextInt(STATUS.length)];
                    var requested = new BigDecimal(1_000 + random.nextInt(9_000)).setScale(2);
                    app.put("call_id", callId);
                    app.put("library_id", lib[0]);
                    app.put("library_name", lib[1]);
                    app.put("oblast_code", lib[2]);
                    app.put("partnership_id", null);
                    app.put("partnership_title", null);
                    app.put("title", "Проект " + (apps + 1) + ": читалнята като място за среща");
                    app.put("requested", requested);
                    app.put("cofinanced", requested.divide(BigDecimal.TEN).setScale(2));
                    app.put("status", status);
                    boolean decided =
                            status.equals("APPROVED") || status.equals("REJECTED") || status.equals("RESERVE");
                    app.put("submitted_at", status.equals("DRAFT") ? null : Timestamp.valueOf(now.minusDays(40)));
                    app.put("decision_amount", status.equals("APPROVED") ? requested : null);
                    app.put("decided_at", decided ? Timestamp.valueOf(now.minusDays(10)) : null);
                    if (status.equals("APPROVED")) {
                        awarded = awarded.add(requested);
                    }
                    appBatch.add(app);
                }
                var ids = insertAll(c, "funding_application", appBatch);
                var reviewBatch = new ArrayList<Map<String, Object>>();
                var grantBatch = new ArrayList<Map<String, Object>>();
                for (int a = 0; a < ids.size(); a++) {
                    var app = appBatch.get(a);
                    if (app.get("status").equals("DRAFT")) {
                        continue;
                    }
                    int first = random.nextInt(reviewers.size());
                    for (int r = 0; r < 3; r++) {
                        var reviewer = reviewers.get((first + r) % reviewers.size());
                        var review = new LinkedHashMap<>(reviewTemplate);
                        boolean conflict = random.nextInt(20) == 0;
                        review.put("application_id", ids.get(a));
                        review.put("call_id", callId);
                        review.put("reviewer_id", reviewer[0]);
                        review.put("reviewer_name", reviewer[1]);
                        review.put("status", conflict ? "CONFLICT" : "SCORED");
                        review.put(
                                "total",
                                conflict
                                        ? null
                                        : new BigDecimal(40 + random.nextInt(6000) / 100.0)
                                                .setScale(2, java.math.RoundingMode.HALF_UP));
                        reviewBatch.add(review);
                    }
                    if (app.get("status").equals("APPROVED")) {
                        var grant = new LinkedHashMap<>(grantTemplate);
                        grant.put("application_id", ids.get(a));
                        grant.put("call_id", callId);
                        grant.put("library_id", app.get("library_id"));
                        grant.put("library_name", app.get("library_name"));
                        grant.put("oblast_code", app.get("oblast_code"));
                        grant.put("number", "ГС-Б-" + callId + "-" + ids.get(a));
                        grant.put("amount", app.get("requested"));
                        grant.put("cofinanced", app.get("cofinanced"));
                        grant.put("award_year", 2020 + k % 7);
                        grantBatch.add(grant);
                    }
                }
                insertAll(c, "funding_review", reviewBatch);
                reviews += reviewBatch.size();
                var grantIds = insertAll(c, "funding_grant", grantBatch);
                grants += grantIds.size();
                var trancheBatch = new ArrayList<Map<String, Object>>();
                for (int g = 0; g < grantIds.size(); g++) {
                    var amount = (BigDecimal) grantBatch.get(g).get("amount");
                    for (var t : tranches) {
                        var tranche = new LinkedHashMap<>(t);
                        tranche.put("grant_id", grantIds.get(g));
                        tranche.put(
                                "amount",
                                amount.multiply((BigDecimal) t.get("share"))
                                        .divide(new BigDecimal(100))
                                        .setScale(2, java.math.RoundingMode.HALF_UP));
                        trancheBatch.add(tranche);
                    }
                }
                insertAll(c, "funding_tranche", trancheBatch);
                try (var ps = c.prepareStatement("update funding_call set awarded = ? where id = ?")) {
                    ps.setBigDecimal(1, awarded);
                    ps.setLong(2, callId);
                    ps.executeUpdate();
                }
                c.commit();
            }
            if (args.length > 5) {
                var samples = new ArrayList<String>();
                for (var sql : List.of(
                        "select 'call', id from funding_call where demo = false order by id",
                        "select distinct 'library', library_id from funding_grant order by 2",
                        "select 'grant', id from funding_grant order by id")) {
                    try (var rs = c.createStatement().executeQuery(sql)) {
                        int n = 0;
                        while (rs.next() && n++ < 200) {
                            samples.add(rs.getString(1) + " " + rs.getLong(2));
                        }
                    }
                }
                try {
                    java.nio.file.Files.write(java.nio.file.Path.of(args[5]), samples);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "funding: %d calls, %d applications, %d reviews, %d grants in %.1f s%n",
                    calls, apps, reviews, grants, s);
        }
    }

    private static Map<String, Object> row(Connection c, String sql) throws SQLException {
        var all = rows(c, sql);
        if (all.isEmpty()) {
            throw new IllegalStateException("no demo row for: " + sql + " (start the application once with demo data)");
        }
        return all.get(0);
    }

    private static List<Map<String, Object>> rows(Connection c, String sql) throws SQLException {
        var out = new ArrayList<Map<String, Object>>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            var meta = rs.getMetaData();
            while (rs.next() && out.size() < 10) {
                var row = new LinkedHashMap<String, Object>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static long insert(Connection c, String table, Map<String, Object> row) throws SQLException {
        return insertAll(c, table, List.of(row)).get(0);
    }

    /** Inserts the rows (their id left to the identity column) in one batch and returns the new ids in order. */
    private static List<Long> insertAll(Connection c, String table, List<Map<String, Object>> rows)
            throws SQLException {
        var ids = new ArrayList<Long>();
        if (rows.isEmpty()) {
            return ids;
        }
        var columns = new ArrayList<>(rows.get(0).keySet());
        columns.remove("id");
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (var row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    ps.setObject(i + 1, row.get(columns.get(i)));
                }
                ps.addBatch();
            }
            ps.executeBatch();
            try (var keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(table + ": " + ids.size() + " keys for " + rows.size() + " rows");
        }
        return ids;
    }
}
