package bg.libpartners.directory.bench;

import bg.libpartners.directory.Eik;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Loads a synthetic world into a PostgreSQL given by JDBC URL: N libraries (a third of them with their chitalishte)
 * and M partner organisations spread over Bulgaria's real settlements (weighted by population), with Bulgarian-like
 * names, valid EIKs and coordinates jittered around the settlement. Uses COPY in chunks and prints the load rate.
 *
 * <pre>
 * java -cp … bg.libpartners.directory.bench.WorldGenerator jdbc:postgresql://localhost:15432/postgres postgres postgres \
 *      400000 2000000
 * </pre>
 */
public final class WorldGenerator {

    static final String[] PATRONS = {
        "Просвета",
        "Пробуда",
        "Светлина",
        "Христо Ботев",
        "Васил Левски",
        "Иван Вазов",
        "Напредък",
        "Съгласие",
        "Развитие",
        "Надежда",
        "Искра",
        "Зора",
        "Родина",
        "Възраждане",
        "Св. св. Кирил и Методий",
        "Паисий Хилендарски",
        "Братство",
        "Единство",
        "Никола Вапцаров",
        "Отец Паисий",
        "Любен Каравелов",
        "Георги Раковски",
        "Пейо Яворов",
        "Елин Пелин",
        "Йордан Йовков",
        "Съзнание",
        "Звезда",
        "Читалищна сбирка",
        "Заря",
        "Бъдеще",
        "Трудолюбие",
        "Изгрев",
        "Нов живот",
        "Родолюбие",
        "Чудомир"
    };
    static final String[] SURNAMES = {
        "Иванов",
        "Петров",
        "Георгиев",
        "Димитров",
        "Николов",
        "Стоянов",
        "Тодоров",
        "Христов",
        "Ангелов",
        "Колев",
        "Йорданов",
        "Маринов",
        "Попов",
        "Василев",
        "Костов"
    };
    static final String[] FIRST = {
        "Мария",
        "Иван",
        "Елена",
        "Георги",
        "Десислава",
        "Николай",
        "Петя",
        "Димитър",
        "Радостина",
        "Стефан",
        "Веселина",
        "Калин"
    };
    static final String[] TYPES = {
        "EDUCATION",
        "SOCIAL",
        "HEALTH",
        "CULTURE",
        "MEDIA",
        "PUBLIC_BODY",
        "BUSINESS",
        "NGO",
        "SPORTS",
        "INDIVIDUAL",
        "RELIGIOUS",
        "ABROAD"
    };
    static final String[] LIBRARY_KINDS = {
        "CHITALISHTE", "CHITALISHTE", "CHITALISHTE", "MUNICIPAL", "SCHOOL", "UNIVERSITY", "REGIONAL", "OTHER"
    };

    record Settlement(
            String ekatte, String name, String municipality, String oblast, double lat, double lon, long population) {}

    private final SplittableRandom random = new SplittableRandom(20260520);
    private final List<Settlement> settlements;
    private final long[] cumulative;
    private long nextId = 10_000_000L;
    private int registerNo = 100_000;

    WorldGenerator(List<Settlement> settlements) {
        this.settlements = settlements;
        cumulative = new long[settlements.size()];
        long sum = 0;
        for (int i = 0; i < settlements.size(); i++) {
            sum += Math.max(50, settlements.get(i).population());
            cumulative[i] = sum;
        }
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long libraries = Long.parseLong(args[3]);
        long partners = Long.parseLong(args[4]);
        Flyway.configure()
                .dataSource(url, args[1], args[2])
                .locations("classpath:db/migration")
                .load()
                .migrate();
        var generator = new WorldGenerator(loadSettlements());
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2])) {
            long start = System.nanoTime();
            long rows = generator.load(connection, libraries, partners);
            double seconds = (System.nanoTime() - start) / 1e9;
            try (var st = connection.createStatement()) {
                st.execute("select setval('organisation_seq', (select max(id) + 100 from organisation))");
                st.execute("analyze organisation");
            }
            System.out.printf(
                    "loaded %,d rows (%,d libraries, %,d partners) in %.1f s: %,.0f rows/s%n",
                    rows, libraries, partners, seconds, rows / seconds);
        }
    }

    long load(Connection connection, long libraries, long partners) throws Exception {
        var copy = ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI();
        String sql = "COPY organisation (id, kind, name, register_no, status, eik, eik_valid, library_kind, "
                + "partner_type, parent_id, ekatte, settlement_name, municipality_code, oblast_code, lat, lon, "
                + "strategic, strategic_reason, created_at, updated_at, version) FROM STDIN WITH (FORMAT csv)";
        long rows = 0;
        var chunk = new StringBuilder(1 << 22);
        for (long i = 0; i < libraries; i++) {
            var s = pick();
            boolean chitalishte = i % 3 == 0;
            var patron = PATRONS[random.nextInt(PATRONS.length)] + "-" + (1860 + random.nextInt(160));
            Long parent = null;
            if (chitalishte) {
                parent = nextId++;
                row(chunk, parent, "CHITALISHTE", patron, registerNo++, eik(), null, null, null, s, null);
                rows++;
            }
            var kind = chitalishte ? "CHITALISHTE" : LIBRARY_KINDS[3 + random.nextInt(LIBRARY_KINDS.length - 3)];
            var name = switch (kind) {
                case "CHITALISHTE" -> "Библиотека при НЧ „" + patron + "“";
                case "MUNICIPAL" -> "Общинска библиотека „" + patron + "“ – " + s.name();
                case "SCHOOL" -> "Училищна библиотека на ОУ „" + patron + "“";
                case "UNIVERSITY" -> "Университетска библиотека – " + s.name();
                case "REGIONAL" -> "Регионална библиотека „" + patron + "“";
                default -> "Библиотека „" + patron + "“";
            };
            row(chunk, nextId++, "LIBRARY", name, null, null, kind, null, parent, s, null);
            rows++;
            rows += flushIfFull(copy, sql, chunk);
        }
        for (long i = 0; i < partners; i++) {
            var s = pick();
            var type = TYPES[random.nextInt(TYPES.length)];
            String strategic = random.nextInt(200) == 0 ? "LOCAL" : random.nextInt(5000) == 0 ? "NATIONAL" : null;
            row(
                    chunk,
                    nextId++,
                    "PARTNER",
                    partnerName(type, s),
                    null,
                    type.equals("INDIVIDUAL") ? null : eik(),
                    null,
                    type,
                    null,
                    s,
                    strategic);
            rows++;
            rows += flushIfFull(copy, sql, chunk);
        }
        copy.copyIn(sql, new StringReader(chunk.toString()));
        return rows;
    }

    private long flushIfFull(org.postgresql.copy.CopyManager copy, String sql, StringBuilder chunk) throws Exception {
        if (chunk.length() < (1 << 22) - 4096) {
            return 0;
        }
        copy.copyIn(sql, (Reader) new StringReader(chunk.toString()));
        chunk.setLength(0);
        return 0;
    }

    private String partnerName(String type, Settlement s) {
        var patron = PATRONS[random.nextInt(PATRONS.length)];
        var person = FIRST[random.nextInt(FIRST.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
        return switch (type) {
            case "EDUCATION" -> (random.nextBoolean() ? "ОУ „" : "СУ „") + patron + "“ – " + s.name();
            case "SOCIAL" -> "Дневен център за социални услуги – " + s.name();
            case "HEALTH" -> "Медицински център „" + patron + "“";
            case "CULTURE" -> (random.nextBoolean() ? "Исторически музей – " : "Художествена галерия – ") + s.name();
            case "MEDIA" -> "Радио „" + s.name() + "“";
            case "PUBLIC_BODY" -> "Кметство " + s.name();
            case "BUSINESS" ->
                "„" + SURNAMES[random.nextInt(SURNAMES.length)] + " и сие“ " + (random.nextBoolean() ? "ЕООД" : "ООД");
            case "NGO" -> "Сдружение „" + patron + "“";
            case "SPORTS" -> "Спортен клуб „" + patron + "“";
            case "INDIVIDUAL" -> person;
            case "RELIGIOUS" -> "Храм „Св. " + FIRST[random.nextInt(FIRST.length)] + "“";
            default -> "Biblioteca " + patron;
        };
    }

    private void row(
            StringBuilder out,
            long id,
            String kind,
            String name,
            Integer registerNo,
            String eik,
            String libraryKind,
            String partnerType,
            Long parent,
            Settlement s,
            String strategic) {
        double lat = s.lat() + (random.nextDouble() - 0.5) * 0.02;
        double lon = s.lon() + (random.nextDouble() - 0.5) * 0.02;
        out.append(id)
                .append(',')
                .append(kind)
                .append(',')
                .append(csv(name))
                .append(',')
                .append(registerNo == null ? "" : registerNo)
                .append(",ACTIVE,")
                .append(eik == null ? "" : eik)
                .append(',')
                .append(eik != null)
                .append(',')
                .append(Objects.toString(libraryKind, ""))
                .append(',')
                .append(Objects.toString(partnerType, ""))
                .append(',')
                .append(parent == null ? "" : parent)
                .append(',')
                .append(s.ekatte())
                .append(',')
                .append(csv(s.name()))
                .append(',')
                .append(s.municipality())
                .append(',')
                .append(s.oblast())
                .append(',')
                .append(String.format(java.util.Locale.ROOT, "%.6f", lat))
                .append(',')
                .append(String.format(java.util.Locale.ROOT, "%.6f", lon))
                .append(',')
                .append(strategic == null ? "" : strategic)
                .append(',')
                .append(strategic == null ? "" : "Синтетичен стратегически партньор")
                .append(",2026-01-01 00:00:00,2026-01-01 00:00:00,0\n");
    }

    private String eik() {
        return Eik.complete(String.format("%08d", random.nextInt(100_000_000)));
    }

    private Settlement pick() {
        long r = random.nextLong(cumulative[cumulative.length - 1]);
        int i = java.util.Arrays.binarySearch(cumulative, r + 1);
        return settlements.get(i >= 0 ? i : -i - 1);
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    static List<Settlement> loadSettlements() throws Exception {
        var list = new ArrayList<Settlement>();
        try (var reader = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(WorldGenerator.class.getResourceAsStream("/geodata/settlements.csv")),
                StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                var f = line.split(",", -1);
                if (f.length < 9 || f[6].isEmpty()) {
                    continue;
                }
                list.add(new Settlement(
                        f[0],
                        f[2],
                        f[4],
                        f[5],
                        Double.parseDouble(f[6]),
                        Double.parseDouble(f[7]),
                        f[8].isEmpty() ? 0 : Long.parseLong(f[8])));
            }
        }
        return list;
    }
}
