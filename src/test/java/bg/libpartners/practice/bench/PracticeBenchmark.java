package bg.libpartners.practice.bench;

import bg.libpartners.TestDatabaseInitializer;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.bench.HttpLoad;
import bg.libpartners.material.FileKind;
import bg.libpartners.material.MaterialKind;
import bg.libpartners.material.MaterialService;
import bg.libpartners.material.UploadService;
import bg.libpartners.material.bench.UploadBenchmark;
import bg.libpartners.practice.PracticeSearch;
import jakarta.persistence.EntityManagerFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The figures of BENCHMARKS.md for the catalogue and the materials library. Not part of the build: run with
 * {@code ./mvnw -o test -Dtest=PracticeBenchmark -Dbench.practices=100000} ({@code -Dbench.searchOnly=true} skips the
 * brochure and the service-level upload, {@code -Dbench.apiOnly=true} also the HTML search page). The application
 * listens on {@code -Dbench.port} (18204).
 *
 * <p>{@code -Dbench.vocabulary=realistic} (the default) writes titles and stories from 311 Bulgarian words drawn
 * with Zipf's law (a few words are in most stories, most words in few), so a query of two words matches a share of
 * the practices as a real one would; {@code =small} keeps the first runs' 45-word vocabulary, where every query
 * matches almost all 100,000. Searches are measured twice: "popular" — 400 questions asked over and over (answered
 * from the search cache after the warm-up) — and "distinct" — every request a question not asked before (each one a
 * cache miss that runs the Lucene query). {@code -Dbench.driver=wrk} measures with wrk instead of the in-process
 * driver (see {@link #wrk}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=${bench.port:18204}",
            // the index on disk, as in production (the test profile keeps it in the heap)
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=${java.io.tmpdir}/lp-practice-bench/index"
        })
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PracticeBenchmark {

    static final String[] REALISTIC =
            ("библиотека читалище деца младежи училище община доброволци кампания четене книги компютри "
                            + "интернет обучение краезнание музей театър медии бизнес банка дарение проект партньорство "
                            + "общност възрастни увреждания здраве превенция екология почистване архив дигитализация изложба "
                            + "празник фестивал конкурс клуб кръжок работилница семинар читател читатели библиотекар "
                            + "библиотекари настоятелство кмет кметство читалня фонд каталог периодика вестник списание радио "
                            + "телевизия сайт фейсбук блог видео снимки филм концерт песни танци фолклор обичаи традиции "
                            + "занаяти тъкане бродерия керамика дърворезба кулинария рецепти хляб мед билки градина парк гора "
                            + "река езеро планина село град квартал площад улица църква манастир джамия паметник история "
                            + "спомени летопис родословие документи писма карти пътеводител туризъм туристи гости екскурзия "
                            + "поход маршрут велосипед спорт игри шах турнир олимпиада математика физика химия биология "
                            + "география литература поезия роман приказки легенди автори писател поет среща представяне "
                            + "четения маратон лято зима пролет есен ваканция каникули детска ученици учители родители баби "
                            + "дядовци пенсионери студенти безработни роми бежанци мигранти хора семейства жени майки бебета "
                            + "юноши доброволчество благотворителност събиране средства спонсори фирма предприятие земеделци "
                            + "фермери пазар продукти занаятчии производители кооперация сдружение фондация асоциация мрежа "
                            + "съюз министерство агенция програма грант финансиране бюджет отчет анкета проучване нужди "
                            + "потребности цели резултати ползи умения знания компетентности квалификация курс курсове лекция "
                            + "лекции беседа дискусия кръгла маса форум конференция обучители експерти консултант психолог "
                            + "лекар медицинска сестра социален работник полиция пожарникари безопасност пътя наркотици "
                            + "алкохол тютюнопушене насилие тормоз приобщаване интеграция равенство толерантност права "
                            + "граждани избори демокрация доброволен труд услуги електронни портал заявления данъци пенсии "
                            + "работа обяви кандидатстване автобиография интервю професия кариера предприемачество стартиращ "
                            + "идея иновации технологии роботика програмиране таблет смартфон принтер скенер проектор екран "
                            + "зала сграда ремонт оборудване мебели рафтове отопление ток вода транспорт автобус превоз "
                            + "достъп рампа слепи глухи брайл аудиокниги големи букви жестов език грамотност писане смятане "
                            + "рисуване музика пиано китара хор оркестър сцена пиеса актьори кукли куклен маски карнавал "
                            + "кукери сурва великден коледа баба марта трифон зарезан лазаруване еньовден съборът панаир "
                            + "изложение състезание награда грамота диплом сертификат благодарност медал ")
                    .strip()
                    .split(" ");

    static final String[] SMALL = ("библиотека библиотеки читалище читалища деца младежи училище община доброволци "
                    + "кампания четене книги компютри интернет обучение краезнание музей театър медии бизнес банка "
                    + "дарение проект партньорство общност възрастни увреждания здраве превенция екология почистване "
                    + "архив дигитализация изложба празник фестивал конкурс клуб кръжок работилница семинар")
            .split(" ");
    static final String[] COUNTRIES = {"BG", "BG", "BG", "BG", "RO", "LT", "LV", "NO", "UA", "PL"};
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

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UploadService uploads;

    @Autowired
    MaterialService materials;

    @Autowired
    PracticeSearch practiceSearch;

    String[] words;
    double[] cumulative;

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("bench.practices", 100_000);
        boolean small = "small".equals(System.getProperty("bench.vocabulary"));
        words = small ? SMALL : REALISTIC;
        cumulative = new double[words.length];
        double total = 0;
        for (int i = 0; i < words.length; i++) {
            total += small ? 1.0 : 1.0 / (i + 1);
            cumulative[i] = total;
        }
        for (int i = 0; i < words.length; i++) {
            cumulative[i] /= total;
        }
        if (!small) { // which words are common is left to chance, not to the order of the list
            var shuffled = new ArrayList<>(List.of(words));
            java.util.Collections.shuffle(shuffled, new Random(11));
            words = shuffled.toArray(String[]::new);
        }
        System.out.printf(
                "BENCH vocabulary %s: %d words%s%n",
                small ? "small" : "realistic", words.length, small ? ", uniform" : ", Zipf");
        long t0 = System.nanoTime();
        generate(count);
        long t1 = System.nanoTime();
        var em = entityManagerFactory.createEntityManager();
        Search.session(em)
                .massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(100)
                .startAndWait();
        em.close();
        practiceSearch.invalidate();
        long t2 = System.nanoTime();
        System.out.printf(
                "BENCH generated %d practices in %.1fs, indexed in %.1fs%n", count, (t1 - t0) / 1e9, (t2 - t1) / 1e9);

        var popular = questions(new Random(7), 400, new java.util.HashSet<>());
        var asked = new java.util.HashSet<>(popular);
        var distinctWarmup = questions(new Random(8), 1000, asked);
        var distinct = questions(new Random(9), WRK ? 20_000 : 4000, asked);
        var distinctSingle = questions(new Random(10), WRK ? 30_000 : 800, asked);
        var distinctPages = questions(new Random(12), WRK ? 10_000 : 1000, asked);
        long hits = 0;
        for (var q : distinct.subList(0, 100)) {
            hits += practiceSearch
                    .search(criteria(q), PageRequest.of(0, 1))
                    .page()
                    .getTotalElements();
        }
        System.out.printf(
                "BENCH a distinct question matches %.0f of %d practices on average (100 sampled)%n",
                hits / 100.0, count);
        practiceSearch.invalidate();

        var api = "http://localhost:" + port + "/api/v1/practices?";
        HttpLoad.run(urls(api, popular), List.of(), 20, 10_000); // the JIT needs thousands of requests to settle
        var search = measured(urls(api, popular), List.of(), 20, 4000);
        System.out.println("BENCH API search (page only), popular (400 questions, cached), 20 clients: " + search);
        HttpLoad.run(urls(api, distinctWarmup), List.of(), 20, distinctWarmup.size());
        var cold = measured(urls(api, distinct), List.of(), 20, distinct.size());
        System.out.println("BENCH API search (page only), distinct (each asked once, not cached), 20 clients: " + cold);
        var single = measured(urls(api, distinctSingle), List.of(), 1, distinctSingle.size());
        System.out.println("BENCH API search (page only), distinct (not cached), 1 client: " + single);
        if (Boolean.getBoolean("bench.apiOnly")) {
            return;
        }
        var html = "http://localhost:" + port + "/practices?";
        HttpLoad.run(urls(html, popular), List.of(), 20, 4000); // the JIT needs thousands of pages to settle
        var pages = measured(urls(html, popular), List.of(), 20, 2000);
        System.out.println("BENCH search page (HTML, 5 facets), popular (cached), 20 clients: " + pages);
        var coldPages = measured(urls(html, distinctPages), List.of(), 20, distinctPages.size());
        System.out.println("BENCH search page (HTML, 5 facets), distinct (not cached), 20 clients: " + coldPages);
        if (Boolean.getBoolean("bench.searchOnly")) {
            return;
        }

        brochure();
        upload();
    }

    /**
     * A load run and the CPU this process spent per request meanwhile (server and load driver together, so an upper
     * bound on the server's cost): on a machine shared with other work, a figure that does not depend on the queue.
     */
    static String measured(List<String> urls, List<String> headers, int clients, int requests) throws Exception {
        if (WRK) {
            return wrk(urls, clients, urls.size() == requests);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        var result = HttpLoad.run(urls, headers, clients, requests);
        double perRequest = (os.getProcessCpuTime() - cpu) / 1e6 / requests;
        return result.summary()
                + String.format(
                        " cpu/request=%.2fms load=%s",
                        perRequest,
                        java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                                .substring(0, 14));
    }

    /** {@code -Dbench.driver=wrk}: measure with wrk (Debian package) in its own process instead of {@link HttpLoad}. */
    static final boolean WRK = "wrk".equals(System.getProperty("bench.driver"));

    /**
     * One wrk run of {@code bench.seconds} (20) over the URLs with bench/rotate.lua; questions meant to be asked
     * {@code once} (the caller asked for as many requests as there are URLs) are split between wrk's threads so
     * that none is asked twice unless the summary says "repeated". The load driver then takes a small share of the
     * two cores instead of a JVM's worth.
     */
    static String wrk(List<String> urls, int clients, boolean once) throws Exception {
        var file = java.nio.file.Files.createTempFile("bench-urls", ".txt");
        java.nio.file.Files.write(file, urls);
        int threads = clients < 2 ? 1 : 2;
        var process = new ProcessBuilder(
                        "wrk",
                        "-t" + threads,
                        "-c" + clients,
                        "-d" + Integer.getInteger("bench.seconds", 20) + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        "bench/rotate.lua",
                        urls.get(0).substring(0, urls.get(0).indexOf('/', "http://".length())))
                .redirectErrorStream(true);
        process.environment().put("WRK_URLS", file.toString());
        process.environment().put("WRK_DISTINCT", once ? "1" : "0");
        process.environment().put("WRK_THREADS", String.valueOf(threads));
        var output = new String(process.start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        java.nio.file.Files.delete(file);
        return "wrk " + output.substring(output.lastIndexOf('\n') + 1) + " load="
                + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                        .substring(0, 14);
    }

    /** Query strings ({@code q=…[&country=…][&field=…]}), none of them in {@code taken}, which they are added to. */
    List<String> questions(Random random, int count, java.util.Set<String> taken) {
        var result = new ArrayList<String>();
        for (int i = 0; result.size() < count; i++) {
            var q = words[random.nextInt(words.length)] + (i % 2 == 0 ? " " + words[random.nextInt(words.length)] : "");
            var query = new StringBuilder("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (i % 3 == 0) {
                query.append("&country=").append(COUNTRIES[random.nextInt(COUNTRIES.length)]);
            }
            if (i % 4 == 0) {
                query.append("&field=").append(FIELDS[random.nextInt(FIELDS.length)]);
            }
            if (taken.add(query.toString())) {
                result.add(query.toString());
            }
        }
        return result;
    }

    static List<String> urls(String prefix, List<String> queries) {
        return queries.stream().map(q -> prefix + q).toList();
    }

    static PracticeSearch.Criteria criteria(String query) {
        String q = null;
        var country = new java.util.HashSet<String>();
        var field = new java.util.HashSet<String>();
        for (var part : query.split("&")) {
            var value = java.net.URLDecoder.decode(part.substring(part.indexOf('=') + 1), StandardCharsets.UTF_8);
            switch (part.substring(0, part.indexOf('='))) {
                case "q" -> q = value;
                case "country" -> country.add(value);
                case "field" -> field.add(value);
                default -> {}
            }
        }
        return new PracticeSearch.Criteria(q, country, null, field, null, null);
    }

    void generate(int count) {
        var random = new Random(42);
        var now = Timestamp.from(Instant.now());
        int batch = 2000;
        for (int start = 0; start < count; start += batch) {
            var practices = new ArrayList<Object[]>();
            var fields = new ArrayList<Object[]>();
            var groups = new ArrayList<Object[]>();
            var partners = new ArrayList<Object[]>();
            long base = 1_000_000L + start;
            for (int i = 0; i < batch && start + i < count; i++) {
                long id = base + i;
                var title = sentence(random, 5) + " " + id;
                var story = sentence(random, 120);
                practices.add(new Object[] {
                    id,
                    "bench-" + id,
                    title,
                    sentence(random, 25),
                    story,
                    "<p>" + story + "</p>",
                    COUNTRIES[random.nextInt(COUNTRIES.length)],
                    "Място " + (id % 500),
                    2000 + random.nextInt(26),
                    sentence(random, 20),
                    sentence(random, 20),
                    now,
                    now,
                    now
                });
                fields.add(new Object[] {id, FIELDS[random.nextInt(FIELDS.length)]});
                groups.add(new Object[] {id, GROUPS[random.nextInt(GROUPS.length)]});
                for (int p = 0; p < 3; p++) {
                    partners.add(
                            new Object[] {id, p, "Партньор " + sentence(random, 2), TYPES[random.nextInt(TYPES.length)]
                            });
                }
            }
            jdbc.batchUpdate(
                    "insert into good_practice (id, slug, title, summary, story, story_html, country, place, "
                            + "start_year, results, lessons, status, created_at, updated_at, published_at, version) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 0)",
                    practices);
            jdbc.batchUpdate("insert into practice_field (practice_id, field_code) values (?, ?)", fields);
            jdbc.batchUpdate("insert into practice_target_group (practice_id, group_code) values (?, ?)", groups);
            jdbc.batchUpdate(
                    "insert into practice_partner (practice_id, pos, name, partner_type) values (?, ?, ?, ?)",
                    partners);
        }
    }

    String sentence(Random random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            index = index < 0 ? Math.min(-index - 1, words.length - 1) : index;
            text.append(i == 0 ? "" : " ").append(words[index]);
        }
        return text.toString();
    }

    void brochure() throws Exception {
        var image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        var random = new Random(1);
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 1200; x++) {
                image.setRGB(x, y, (x * 255 / 1200) << 16 | (y * 255 / 800) << 8 | random.nextInt(64));
            }
        }
        var jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        var stored = uploads.accept(
                new java.io.ByteArrayInputStream(jpeg.toByteArray()), "photo.jpg", FileKind.IMAGES, 10_000_000);
        var ids = new StringBuilder();
        for (long id = 1_000_000L; id < 1_000_020L; id++) {
            for (int pos = 0; pos < 2; pos++) {
                jdbc.update(
                        "insert into practice_image (practice_id, pos, sha256, media_type, caption) values (?, ?, ?, ?, ?)",
                        id,
                        pos,
                        stored.sha256(),
                        "image/jpeg",
                        "Снимка");
            }
            ids.append(ids.isEmpty() ? "?" : "&").append("id=").append(id);
        }
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/practices/brochure.pdf" + ids))
                .build();
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            System.out.printf(
                    "BENCH brochure of 20 practices with 2 pictures each (%d KB JPEG): %d, %d bytes, %.0f ms%s%n",
                    jpeg.size() / 1024,
                    response.statusCode(),
                    response.body().length,
                    (System.nanoTime() - start) / 1e6,
                    run == 0 ? " (first, cold)" : "");
        }
    }

    void upload() throws Exception {
        var me = (CurrentUser)
                userDetails.loadUserByUsername(DemoAccounts.of(Role.EXPERT).email());
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(me, null, me.getAuthorities()));
        long size = 500L * 1024 * 1024;
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        materials.upload(
                new MaterialService.Description("Видео 500 MB", MaterialKind.VIDEO, "bg", null, Set.of(), Set.of()),
                new UploadBenchmark.Generated(size, new java.util.concurrent.atomic.AtomicLong()),
                "film.mp4");
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.out.printf(
                "BENCH upload of %d MB: %.1fs, %.0f MB/s; heap used before %d MB, peak during %d MB (-Xmx %d MB)%n",
                size >> 20,
                seconds,
                (size >> 20) / seconds,
                before >> 20,
                peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
