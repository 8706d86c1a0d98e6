package bg.libpartners.practice.bench;

import bg.libpartners.IntegrationTest;
import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.DemoAccounts;
import bg.libpartners.account.Role;
import bg.libpartners.bench.HttpLoad;
import bg.libpartners.material.FileKind;
import bg.libpartners.material.MaterialKind;
import bg.libpartners.material.MaterialService;
import bg.libpartners.material.Uploads;
import jakarta.persistence.EntityManagerFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The figures of BENCHMARKS.md for the catalogue and the materials library. Not part of the build: run with
 * {@code ./mvnw -o test -Dtest=PracticeBenchmark -Dbench.practices=100000} ({@code -Dbench.searchOnly=true} skips the
 * brochure and upload, {@code -Dbench.apiOnly=true} also the HTML search page).
 */
@IntegrationTest
class PracticeBenchmark {

    static final String[] WORDS = ("библиотека библиотеки читалище читалища деца младежи училище община доброволци "
            + "кампания четене книги компютри интернет обучение краезнание музей театър медии бизнес банка "
            + "дарение проект партньорство общност възрастни увреждания здраве превенция екология почистване "
            + "архив дигитализация изложба празник фестивал конкурс клуб кръжок работилница семинар").split(" ");
    static final String[] COUNTRIES = {"BG", "BG", "BG", "BG", "RO", "LT", "LV", "NO", "UA", "PL"};
    static final String[] TYPES = {"EDUCATION", "SOCIAL", "HEALTH", "CULTURE", "MEDIA", "PUBLIC_BODY", "BUSINESS",
        "NGO", "SPORTS", "INDIVIDUAL", "RELIGIOUS", "ABROAD"};
    static final String[] FIELDS = {"READING", "DIGITAL_SKILLS", "HERITAGE", "SOCIAL_INCLUSION", "EDUCATION",
        "HEALTH", "EMPLOYMENT", "LOCAL_DEVELOPMENT", "CULTURE_EVENTS", "ENVIRONMENT"};
    static final String[] GROUPS = {"CHILDREN", "YOUTH", "ELDERLY", "DISABLED", "MINORITIES", "UNEMPLOYED", "OTHER"};

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired UserDetailsService userDetails;
    @Autowired Uploads uploads;
    @Autowired MaterialService materials;

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("bench.practices", 100_000);
        long t0 = System.nanoTime();
        generate(count);
        long t1 = System.nanoTime();
        var em = entityManagerFactory.createEntityManager();
        Search.session(em).massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(100).startAndWait();
        em.close();
        long t2 = System.nanoTime();
        System.out.printf("BENCH generated %d practices in %.1fs, indexed in %.1fs%n", count, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9);

        var random = new Random(7);
        var urls = new ArrayList<String>();
        for (int i = 0; i < 400; i++) {
            var q = WORDS[random.nextInt(WORDS.length)] + (i % 2 == 0 ? " " + WORDS[random.nextInt(WORDS.length)] : "");
            var url = new StringBuilder("http://localhost:" + port + "/api/v1/practices?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (i % 3 == 0) {
                url.append("&country=").append(COUNTRIES[random.nextInt(COUNTRIES.length)]);
            }
            if (i % 4 == 0) {
                url.append("&field=").append(FIELDS[random.nextInt(FIELDS.length)]);
            }
            urls.add(url.toString());
        }
        HttpLoad.run(urls, List.of(), 20, 1000);
        var search = HttpLoad.run(urls, List.of(), 20, 4000);
        System.out.println("BENCH API search (page only, no facets), 20 clients: " + search.summary());
        var single = HttpLoad.run(urls, List.of(), 1, 800);
        System.out.println("BENCH API search (page only, no facets), 1 client: " + single.summary());
        if (Boolean.getBoolean("bench.apiOnly")) {
            return;
        }
        var pages = HttpLoad.run(urls.stream().map(u -> u.replace("/api/v1/practices", "/practices")).toList(),
                List.of(), 20, 2000);
        System.out.println("BENCH search page (HTML), 20 clients: " + pages.summary());
        if (Boolean.getBoolean("bench.searchOnly")) {
            return;
        }

        brochure();
        upload();
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
                practices.add(new Object[] {id, "bench-" + id, title, sentence(random, 25), story, "<p>" + story + "</p>",
                    COUNTRIES[random.nextInt(COUNTRIES.length)], "Място " + (id % 500), 2000 + random.nextInt(26),
                    sentence(random, 20), sentence(random, 20), now, now, now});
                fields.add(new Object[] {id, FIELDS[random.nextInt(FIELDS.length)]});
                groups.add(new Object[] {id, GROUPS[random.nextInt(GROUPS.length)]});
                for (int p = 0; p < 3; p++) {
                    partners.add(new Object[] {id, p, "Партньор " + sentence(random, 2), TYPES[random.nextInt(TYPES.length)]});
                }
            }
            jdbc.batchUpdate("insert into good_practice (id, slug, title, summary, story, story_html, country, place, "
                    + "start_year, results, lessons, status, created_at, updated_at, published_at, version) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 0)", practices);
            jdbc.batchUpdate("insert into practice_field (practice_id, field_code) values (?, ?)", fields);
            jdbc.batchUpdate("insert into practice_target_group (practice_id, group_code) values (?, ?)", groups);
            jdbc.batchUpdate("insert into practice_partner (practice_id, pos, name, partner_type) values (?, ?, ?, ?)",
                    partners);
        }
    }

    static String sentence(Random random, int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
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
        var stored = uploads.accept(new java.io.ByteArrayInputStream(jpeg.toByteArray()), "photo.jpg",
                FileKind.IMAGES, 10_000_000);
        var ids = new StringBuilder();
        for (long id = 1_000_000L; id < 1_000_020L; id++) {
            for (int pos = 0; pos < 2; pos++) {
                jdbc.update("insert into practice_image (practice_id, pos, sha256, media_type, caption) values (?, ?, ?, ?, ?)",
                        id, pos, stored.sha256(), "image/jpeg", "Снимка");
            }
            ids.append(ids.isEmpty() ? "?" : "&").append("id=").append(id);
        }
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/practices/brochure.pdf" + ids))
                .build();
        for (int run = 0; run < 4; run++) {
            long start = System.nanoTime();
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            System.out.printf("BENCH brochure of 20 practices with 2 pictures each (%d KB JPEG): %d, %d bytes, %.0f ms%s%n",
                    jpeg.size() / 1024, response.statusCode(), response.body().length, (System.nanoTime() - start) / 1e6,
                    run == 0 ? " (first, cold)" : "");
        }
    }

    void upload() throws Exception {
        var me = (CurrentUser) userDetails.loadUserByUsername(DemoAccounts.of(Role.EXPERT).email());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(me, null, me.getAuthorities()));
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
        materials.upload(new MaterialService.Description("Видео 500 MB", MaterialKind.VIDEO, "bg", null, Set.of(),
                Set.of()), new Mp4Like(size), "film.mp4");
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        System.out.printf("BENCH upload of %d MB: %.1fs, %.0f MB/s; heap used before %d MB, peak during %d MB (-Xmx %d MB)%n",
                size >> 20, seconds, (size >> 20) / seconds, before >> 20, peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** An MP4 header followed by pseudo-random bytes, generated on the fly so the test itself holds nothing. */
    static final class Mp4Like extends InputStream {
        private final long size;
        private long position;
        private final Random random = new Random(3);
        private static final byte[] HEAD = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i',
            's', 'o', 'm', 'i', 's', 'o', '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'};

        Mp4Like(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            if (position == 0 && n >= HEAD.length) {
                System.arraycopy(HEAD, 0, b, off, HEAD.length);
                var rest = new byte[n - HEAD.length];
                random.nextBytes(rest);
                System.arraycopy(rest, 0, b, off + HEAD.length, rest.length);
            } else {
                var chunk = new byte[n];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, b, off, n);
            }
            position += n;
            return n;
        }
    }
}
