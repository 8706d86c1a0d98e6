package bg.libpartners.atlas.bench;

import java.sql.DriverManager;

/**
 * Adds synthetic partnerships to a PostgreSQL already loaded by the directory's WorldGenerator: N partnerships, each
 * led by a random library with two random partners, spread over the statuses, fields and target groups, so that the
 * atlas's lines, regions and network have data. Set-based SQL (generate_series), so it runs inside the database.
 *
 * <pre>
 * java -cp … bg.libpartners.atlas.bench.AtlasBenchData jdbc:postgresql://localhost:15433/postgres postgres postgres 400000
 * </pre>
 */
public final class AtlasBenchData {

    private AtlasBenchData() {}

    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[3]);
        long started = System.nanoTime();
        try (var c = DriverManager.getConnection(args[0], args[1], args[2]); var s = c.createStatement()) {
            s.execute("create temporary table lib as select row_number() over (order by id) rn, id, name,"
                    + " oblast_code, municipality_code from organisation where kind = 'LIBRARY'");
            s.execute("create temporary table par as select row_number() over (order by id) rn, id, name,"
                    + " partner_type from organisation where kind = 'PARTNER'");
            s.execute("analyze lib; analyze par");
            long libs = count(s, "select count(*) from lib");
            long pars = count(s, "select count(*) from par");
            long base = count(s, "select coalesce(max(id), 0) + 1000 from partnership");
            s.execute("insert into partnership (id, title, lead_library_id, lead_library_name, oblast_code,"
                    + " municipality_code, status, builder_step, start_date, end_date, renewals, created_at, updated_at,"
                    + " version) select " + base + " + g, 'Партньорство ' || g, l.id, l.name, l.oblast_code,"
                    + " l.municipality_code, (array['NEGOTIATION','AGREED','ACTIVE','ACTIVE','ACTIVE','COMPLETED',"
                    + "'SUSPENDED','TERMINATED','DRAFT'])[1 + g % 9], 6, date '2015-01-01' + (g % 3650)::int,"
                    + " date '2016-06-01' + (g % 3650)::int, 0, now(), now(), 0 from generate_series(1, " + n + ") g"
                    + " join lib l on l.rn = 1 + (g::bigint * 7919) % " + libs);
            for (int k = 0; k < 2; k++) {
                s.execute("insert into partnership_party (id, partnership_id, sort_order, organisation_id,"
                        + " organisation_name, partner_type) select " + (base + k * n) + " + g, " + base + " + g, "
                        + k + ", p.id, p.name, p.partner_type from generate_series(1, " + n + ") g join par p on p.rn"
                        + " = 1 + (g::bigint * " + (k == 0 ? 104729 : 1299709) + " + " + k + ") % " + pars);
            }
            s.execute("insert into partnership_field (partnership_id, code) select " + base + " + g,"
                    + " (array['READING','DIGITAL_SKILLS','HERITAGE','SOCIAL_INCLUSION','EDUCATION','HEALTH',"
                    + "'EMPLOYMENT','LOCAL_DEVELOPMENT','CULTURE_EVENTS','ENVIRONMENT'])[1 + g % 10]"
                    + " from generate_series(1, " + n + ") g");
            s.execute("insert into partnership_target_group (partnership_id, code) select " + base + " + g,"
                    + " (array['CHILDREN','YOUTH','ELDERLY','DISABLED','MINORITIES','UNEMPLOYED','OTHER'])[1 + g % 7]"
                    + " from generate_series(1, " + n + ") g");
            s.execute("analyze");
        }
        System.out.printf("%d partnerships with 2 parties each in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
    }

    private static long count(java.sql.Statement s, String sql) throws Exception {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
