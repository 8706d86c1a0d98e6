package bg.libpartners.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the request lists of the world-scale benchmark ({@code bench/world.sh}): one file per scenario, one request
 * path per line, drawn with a fixed seed from what is in the database, so that two runs ask the same questions.
 *
 * <pre>java -cp … bg.libpartners.bench.WorldUrls jdbc:postgresql://localhost:15600/postgres postgres postgres OUT_DIR</pre>
 */
public final class WorldUrls {

    static final int PER_SCENARIO = 400;

    /** Words and names of the generated directory, Cyrillic and Latin, one with a typo ("Пробдуа"). */
    static final String[] WORDS = {
        "библиотека",
        "библиотеки",
        "читалище",
        "Просвета",
        "Prosveta",
        "Пробуда",
        "Пробдуа",
        "Христо Ботев",
        "Vasil Levski",
        "училище",
        "музей",
        "галерия",
        "Кметство",
        "спортен клуб",
        "Сдружение Надежда",
        "Радио",
        "Иван Вазов",
        "Regionalna biblioteka",
        "храм",
        "Медицински център"
    };

    static final String[] FIELDS = {"READING", "DIGITAL_SKILLS", "HERITAGE", "SOCIAL_INCLUSION", "EDUCATION"};
    static final String[] TYPES = {"EDUCATION", "CULTURE", "BUSINESS", "NGO", "PUBLIC_BODY", "MEDIA"};
    /** Ten towns the map zooms into: lon, lat. */
    static final double[][] TOWNS = {
        {23.32, 42.70},
        {24.75, 42.15},
        {27.91, 43.21},
        {27.47, 42.50},
        {25.97, 43.85},
        {25.62, 42.43},
        {24.62, 43.42},
        {23.10, 42.02},
        {26.93, 43.27},
        {25.32, 42.87}
    };

    private WorldUrls() {}

    public static void main(String[] args) throws Exception {
        var out = Path.of(args[3]);
        Files.createDirectories(out);
        var random = new Random(20261126L);
        List<String> oblasts = new ArrayList<>();
        long minPartnership;
        long maxPartnership;
        try (var db = DriverManager.getConnection(args[0], args[1], args[2]);
                var st = db.createStatement()) {
            try (var rs = st.executeQuery(
                    "select distinct oblast_code from organisation where oblast_code is not null order by 1")) {
                while (rs.next()) {
                    oblasts.add(rs.getString(1));
                }
            }
            try (var rs = st.executeQuery("select min(id), max(id) from partnership")) {
                rs.next();
                minPartnership = rs.getLong(1);
                maxPartnership = rs.getLong(2);
            }
        }
        var search = new ArrayList<String>();
        var list = new ArrayList<String>();
        var searchPage = new ArrayList<String>();
        var partnership = new ArrayList<String>();
        var partnershipList = new ArrayList<String>();
        var regions = new ArrayList<String>();
        var z6 = new ArrayList<String>();
        var z9 = new ArrayList<String>();
        var z12 = new ArrayList<String>();
        var filtered = new ArrayList<String>();
        for (int i = 0; i < PER_SCENARIO; i++) {
            var oblast = oblasts.get(random.nextInt(oblasts.size()));
            var word = enc(WORDS[i % WORDS.length]);
            search.add("/api/v1/organisations?q=" + word + (i % 3 == 0 ? "&oblast=" + oblast : "")
                    + (i % 4 == 1 ? "&kind=" + (random.nextBoolean() ? "LIBRARY" : "PARTNER") : ""));
            list.add("/api/v1/organisations?kind=" + (random.nextBoolean() ? "LIBRARY" : "PARTNER") + "&oblast="
                    + oblast + "&page=" + random.nextInt(21));
            searchPage.add("/organisations?" + (i % 2 == 0 ? "q=" + word + "&" : "") + "oblast=" + oblast + "&page="
                    + random.nextInt(5));
            partnership.add("/api/v1/partnerships/"
                    + (minPartnership + (long) (random.nextDouble() * (maxPartnership - minPartnership + 1))));
            partnershipList.add("/api/v1/partnerships?status=ACTIVE&oblast=" + oblast + "&page=" + random.nextInt(10));
            regions.add("/api/v1/atlas/regions?level=" + (i % 2 == 0 ? "oblast" : "municipality")
                    + (i % 4 == 1 ? "&status=ACTIVE" : "") + (i % 4 == 3 ? "&field=" + FIELDS[i % FIELDS.length] : ""));
            z6.add(features(6, 25.5, 42.72, 6.4, 3.05, random));
            var town = TOWNS[i % TOWNS.length];
            z9.add(features(9, town[0], town[1], 3.5, 1.6, random));
            z12.add(features(12, town[0], town[1], 0.44, 0.2, random));
            filtered.add(features(
                            6 + 3 * (i % 3),
                            town[0],
                            town[1],
                            6.4 / (1 << (3 * (i % 3))),
                            3.05 / (1 << (3 * (i % 3))),
                            random)
                    + "&type=" + TYPES[i % TYPES.length]
                    + (i % 2 == 0 ? "&status=ACTIVE" : "&field=" + FIELDS[i % FIELDS.length]));
        }
        // Questions asked once: each word or pair of words, anywhere or in one oblast, any kind or one, pages 1-20
        // (about 36,000: 30 s at 20 clients and 30 s at one without asking one twice; rotate.lua's WRK_DISTINCT).
        var distinct = new ArrayList<String>();
        var places = new ArrayList<String>();
        places.add("");
        oblasts.forEach(o -> places.add("&oblast=" + o));
        for (var w : WORDS) {
            for (var o : places) {
                for (var kind : new String[] {"", "&kind=LIBRARY", "&kind=PARTNER"}) {
                    for (int p = 0; p < 20; p++) {
                        distinct.add("/api/v1/organisations?q=" + enc(w) + o + kind + "&page=" + p);
                    }
                }
            }
            for (var other : WORDS) {
                for (int p = 0; other != w && p < 3; p++) {
                    distinct.add("/api/v1/organisations?q=" + enc(w + " " + other) + "&page=" + p);
                }
            }
        }
        java.util.Collections.shuffle(distinct, random);
        write(out, "org-search.txt", search);
        write(out, "org-search-distinct.txt", distinct);
        write(out, "org-list.txt", list);
        write(out, "org-page.txt", searchPage);
        write(out, "partnership.txt", partnership);
        write(
                out,
                "partnership-page.txt",
                partnership.stream().map(p -> p.replace("/api/v1", "")).toList());
        write(out, "partnership-list.txt", partnershipList);
        write(
                out,
                "partnership-pdf.txt",
                partnership.subList(0, 40).stream()
                        .map(p -> p + "/agreement.pdf")
                        .toList());
        write(out, "atlas-regions.txt", regions);
        write(out, "atlas-z6.txt", z6);
        write(out, "atlas-z9.txt", z9);
        write(out, "atlas-z12.txt", z12);
        write(out, "atlas-filtered.txt", filtered);
        System.out.println("request lists written to " + out.toAbsolutePath());
    }

    /** The viewport of a 1280 × 800 map at this zoom around (lon, lat), moved a little so ETags don't repeat. */
    private static String features(int zoom, double lon, double lat, double width, double height, Random random) {
        double dx = (random.nextDouble() - 0.5) * width * 0.05;
        double dy = (random.nextDouble() - 0.5) * height * 0.05;
        return String.format(
                Locale.ROOT,
                "/api/v1/atlas/features?zoom=%d&bbox=%.4f,%.4f,%.4f,%.4f",
                zoom,
                lon - width / 2 + dx,
                lat - height / 2 + dy,
                lon + width / 2 + dx,
                lat + height / 2 + dy);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void write(Path dir, String name, List<String> lines) throws IOException {
        Files.write(dir.resolve(name), lines);
    }
}
