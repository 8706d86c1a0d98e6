package bg.libpartners.partnership.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Adds N synthetic partnerships to a PostgreSQL already loaded by the directory's {@code WorldGenerator}, generated in
 * Java and streamed with COPY (one connection and one open COPY per table, so PostgreSQL parses the five tables in
 * parallel backends). The libraries and partners are read once into arrays of ids per municipality and oblast; each
 * partnership is led by a random library and has 1–3 partners, taken 60 % from the library's municipality, 30 % from
 * its oblast and 10 % from anywhere; status mostly ACTIVE / AGREED / COMPLETED; 1–2 fields and 1–2 target groups;
 * start dates 2010–2026; one timeline entry each. Indexes stay in place (the load rate includes their upkeep).
 *
 * <pre>
 * java -cp … bg.libpartners.partnership.bench.PartnershipBenchData jdbc:postgresql://localhost:15432/postgres \
 *      postgres postgres 400000
 * </pre>
 */
public final class PartnershipBenchData {

    static final String[] FIELDS = {
        "READING",
        "DIGITAL_SKILLS",
        "HERITAGE",
        "SOCIAL_INCLUSION",
        "EDUCATION",
        "HEALTH",
        "EMPLOYMENT",
        "LOCAL_DEVELOPMENT",
        "CULTURE_EVENTS",
        "ENVIRONMENT"
    };
    static final String[] GROUPS = {"CHILDREN", "YOUTH", "ELDERLY", "DISABLED", "MINORITIES", "UNEMPLOYED", "OTHER"};
    static final String[] CONTRIBUTIONS = {"EXPERTISE", "EXECUTION", "MONEY", "PREMISES", "EQUIPMENT", "VOLUNTEERS"};
    static final String[] TOPICS = {
        "Четене на глас",
        "Дигитални умения",
        "Местна памет",
        "Клуб по интереси",
        "Лятна читалня",
        "Библиотека за всички",
        "Книги у дома",
        "Краезнание",
        "Занаяти и традиции",
        "Зелен двор"
    };
    /** Status weights in per cent: mostly current or completed work, a few drafts and endings. */
    static final String[] STATUS = new String[100];

    static {
        int i = 0;
        i = fill(i, 40, "ACTIVE");
        i = fill(i, 15, "AGREED");
        i = fill(i, 25, "COMPLETED");
        i = fill(i, 7, "NEGOTIATION");
        i = fill(i, 5, "DRAFT");
        i = fill(i, 4, "SUSPENDED");
        fill(i, 4, "TERMINATED");
    }

    private static int fill(int from, int n, String status) {
        for (int k = 0; k < n; k++) {
            STATUS[from + k] = status;
        }
        return from + n;
    }

    record Library(long id, String name, String municipality, String oblast) {}

    private PartnershipBenchData() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long n = Long.parseLong(args[3]);
        var random = new SplittableRandom(20260601L + n);
        long t0 = System.nanoTime();
        var libraries = new ArrayList<Library>();
        List<long[]> partnerRows = new ArrayList<>();
        var partnerNames = new ArrayList<String>();
        var partnerTypes = new ArrayList<String>();
        Map<String, List<Integer>> byMunicipality = new HashMap<>();
        Map<String, List<Integer>> byOblast = new HashMap<>();
        long base;
        try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
                var s = c.createStatement()) {
            s.setFetchSize(10_000);
            c.setAutoCommit(false);
            try (var rs = s.executeQuery("select id, name, municipality_code, oblast_code from organisation"
                    + " where kind = 'LIBRARY' and status <> 'CLOSED'")) {
                while (rs.next()) {
                    libraries.add(new Library(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            try (var rs = s.executeQuery("select id, name, partner_type, municipality_code, oblast_code from"
                    + " organisation where kind = 'PARTNER' and status <> 'CLOSED'")) {
                while (rs.next()) {
                    int index = partnerNames.size();
                    partnerRows.add(new long[] {rs.getLong(1)});
                    partnerNames.add(rs.getString(2));
                    partnerTypes.add(rs.getString(3));
                    byMunicipality
                            .computeIfAbsent(rs.getString(4), k -> new ArrayList<>())
                            .add(index);
                    byOblast.computeIfAbsent(rs.getString(5), k -> new ArrayList<>())
                            .add(index);
                }
            }
            try (var rs = s.executeQuery("select greatest((select coalesce(max(id), 0) from partnership),"
                    + " (select coalesce(max(id), 0) from partnership_party)) + 1000")) {
                rs.next();
                base = rs.getLong(1);
            }
            c.commit();
        }
        int partners = partnerNames.size();
        long[] partnerIds = new long[partners];
        for (int i = 0; i < partners; i++) {
            partnerIds[i] = partnerRows.get(i)[0];
        }
        Map<String, int[]> municipalityIndex = arrays(byMunicipality);
        Map<String, int[]> oblastIndex = arrays(byOblast);
        System.out.printf(
                "read %,d libraries and %,d partners in %.1f s%n",
                libraries.size(), partners, (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        var partnership = new Stream(
                url,
                args,
                "COPY partnership (id, title, lead_library_id, lead_library_name,"
                        + " oblast_code, municipality_code, status, builder_step, need, goals, start_date, end_date, renewals,"
                        + " partner_types, created_at, updated_at, version) FROM STDIN");
        var party = new Stream(
                url,
                args,
                "COPY partnership_party (id, partnership_id, sort_order, organisation_id,"
                        + " organisation_name, partner_type, party_role, contributions, money_eur) FROM STDIN");
        var field = new Stream(url, args, "COPY partnership_field (partnership_id, code) FROM STDIN");
        var group = new Stream(url, args, "COPY partnership_target_group (partnership_id, code) FROM STDIN");
        var transition = new Stream(
                url,
                args,
                "COPY partnership_transition (id, partnership_id, from_status,"
                        + " to_status, reason, by_name, changed_at) FROM STDIN");
        long partyId = base;
        long parties = 0;
        var sb = new StringBuilder(1024);
        int[] chosen = new int[3];
        LocalDate epoch = LocalDate.of(2010, 1, 1);
        for (long k = 0; k < n; k++) {
            long id = base + k;
            var lib = libraries.get(random.nextInt(libraries.size()));
            String status = STATUS[random.nextInt(100)];
            LocalDate start = epoch.plusDays(random.nextInt(6000)); // 2010-01-01 … 2026-06
            LocalDate end = start.plusMonths(6 + random.nextInt(43));
            int count = 1 + (random.nextInt(10) < 5 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
            for (int j = 0; j < count; j++) {
                int pick;
                int r = random.nextInt(10);
                int[] local = r < 6
                        ? municipalityIndex.get(lib.municipality())
                        : r < 9 ? oblastIndex.get(lib.oblast()) : null;
                do {
                    pick = local == null || local.length == 0
                            ? random.nextInt(partners)
                            : local[random.nextInt(local.length)];
                } while (contains(chosen, j, pick) && local != null && local.length > j);
                chosen[j] = pick;
            }
            var types = new java.util.TreeSet<String>();
            for (int j = 0; j < count; j++) {
                String type = partnerTypes.get(chosen[j]);
                if (type != null) {
                    types.add(type);
                }
                long money = random.nextInt(4) == 0 ? 100L * (1 + random.nextInt(50)) : -1;
                sb.setLength(0);
                sb.append(partyId++)
                        .append('\t')
                        .append(id)
                        .append('\t')
                        .append(j)
                        .append('\t')
                        .append(partnerIds[chosen[j]])
                        .append('\t');
                esc(sb, partnerNames.get(chosen[j]))
                        .append('\t')
                        .append(type == null ? "\\N" : type)
                        .append("\tПартньор\t")
                        .append(CONTRIBUTIONS[random.nextInt(CONTRIBUTIONS.length)])
                        .append(money < 0 ? "" : ",MONEY")
                        .append('\t')
                        .append(money < 0 ? "\\N" : Long.toString(money))
                        .append('\n');
                party.write(sb);
                parties++;
            }
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            sb.setLength(0);
            sb.append(id)
                    .append('\t')
                    .append(topic)
                    .append(" – ")
                    .append(k + 1)
                    .append('\t')
                    .append(lib.id())
                    .append('\t');
            esc(sb, lib.name())
                    .append('\t')
                    .append(nul(lib.oblast()))
                    .append('\t')
                    .append(nul(lib.municipality()))
                    .append('\t')
                    .append(status)
                    .append('\t')
                    .append(6)
                    .append('\t')
                    .append("Нужда на местната общност: ")
                    .append(topic.toLowerCase())
                    .append('\t')
                    .append("Съвместни дейности за читатели от общината")
                    .append('\t')
                    .append(start)
                    .append('\t')
                    .append(end)
                    .append("\t0\t")
                    .append(types.isEmpty() ? "\\N" : String.join(",", types))
                    .append('\t')
                    .append(start)
                    .append(" 09:00:00\t")
                    .append(start)
                    .append(" 09:00:00\t0\n");
            partnership.write(sb);
            int f1 = random.nextInt(FIELDS.length);
            sb.setLength(0);
            sb.append(id).append('\t').append(FIELDS[f1]).append('\n');
            if (random.nextInt(3) == 0) {
                sb.append(id)
                        .append('\t')
                        .append(FIELDS[(f1 + 1 + random.nextInt(FIELDS.length - 1)) % FIELDS.length])
                        .append('\n');
            }
            field.write(sb);
            int g1 = random.nextInt(GROUPS.length);
            sb.setLength(0);
            sb.append(id).append('\t').append(GROUPS[g1]).append('\n');
            if (random.nextInt(3) == 0) {
                sb.append(id)
                        .append('\t')
                        .append(GROUPS[(g1 + 1 + random.nextInt(GROUPS.length - 1)) % GROUPS.length])
                        .append('\n');
            }
            group.write(sb);
            sb.setLength(0);
            sb.append(id)
                    .append("\t")
                    .append(id)
                    .append("\t\\N\t")
                    .append(status)
                    .append("\tСинтетични данни\tГенератор\t")
                    .append(start)
                    .append(" 09:00:00\n");
            transition.write(sb);
        }
        partnership.close();
        // the other tables' foreign-key checks run as their COPY ends, with a plan made then: on a partnership table
        // PostgreSQL has no statistics for yet it looks each id up by scanning the whole table (hours for 400,000)
        try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
                var s = c.createStatement()) {
            s.execute("analyze partnership");
        }
        for (var stream : List.of(party, field, group, transition)) {
            stream.close();
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        long rows = n * 4 + parties; // partnership, field (≥1), group (≥1), transition, parties — a lower bound
        try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
                var s = c.createStatement()) {
            for (var seq : List.of("partnership", "partnership_party", "partnership_transition")) {
                s.execute("select setval('" + seq + "_seq', (select coalesce(max(id), 0) + 100 from " + seq + "))");
            }
        }
        System.out.printf(
                "COPY: %,d partnerships, %,d parties (≥ %,d rows in 5 tables) in %.1f s: %,.0f"
                        + " partnerships/s, ≥ %,.0f rows/s%n",
                n, parties, rows, seconds, n / seconds, rows / seconds);
        long t2 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
                var s = c.createStatement()) {
            s.execute("analyze partnership; analyze partnership_party; analyze partnership_field;"
                    + " analyze partnership_target_group; analyze partnership_transition");
        }
        System.out.printf("analyze in %.1f s%n", (System.nanoTime() - t2) / 1e9);
    }

    private static boolean contains(int[] chosen, int j, int pick) {
        for (int i = 0; i < j; i++) {
            if (chosen[i] == pick) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach(
                (k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static String nul(String s) {
        return s == null ? "\\N" : s;
    }

    private static StringBuilder esc(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb;
    }

    /** One connection with one COPY open for the whole load, fed in 1 MiB chunks. */
    private static final class Stream {
        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Stream(String url, String[] args, String sql) throws SQLException {
            connection = DriverManager.getConnection(url, args[1], args[2]);
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void write(CharSequence rows) throws SQLException {
            buffer.append(rows);
            if (buffer.length() > (1 << 20) - 4096) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void close() throws SQLException, IOException {
            flush();
            copy.endCopy();
            connection.close();
        }
    }
}
