package bg.libpartners.survey.bench;

import bg.libpartners.bench.HttpLoad;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The answering half of {@code bench/survey.sh}: for every organisation invited by a launched campaign it issues a
 * personal link (admin API), then C clients answer through those links as librarians do — one draft save with the
 * inventory questionnaire and five partnerships per organisation ({@code PUT /api/v1/survey-answers/{token}}), then
 * the submission ({@code POST …/submit}, which puts the five partnerships into the registry as drafts) — and it prints
 * the latency of each step. Only for servers on this machine (HttpLoad's rule).
 *
 * <pre>java -cp … bg.libpartners.survey.bench.SurveyBench BASE_URL ADMIN_TOKEN CAMPAIGN_ID [CLIENTS]</pre>
 */
public final class SurveyBench {

    private static final Pattern ORGANISATION = Pattern.compile("\"organisationId\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("/s/([A-Za-z0-9_-]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final String[] TYPES = {
        "EDUCATION", "PUBLIC_BODY", "NGO", "BUSINESS", "MEDIA", "CULTURE", "SOCIAL", "RELIGIOUS"
    };
    private static final String[] FIELDS = {
        "READING",
        "DIGITAL_SKILLS",
        "HERITAGE",
        "SOCIAL_INCLUSION",
        "EDUCATION",
        "CULTURE_EVENTS",
        "ENVIRONMENT",
        "LOCAL_DEVELOPMENT"
    };
    private static final String[] TARGETS = {"CHILDREN", "YOUTH", "ADULTS", "ELDERLY", "COMMUNITY"};
    private static final String[] GRADES = {"YES", "PARTLY", "NO"};

    private SurveyBench() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Bearer " + args[1];
        long campaign = Long.parseLong(args[2]);
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        if (!URI.create(base).getHost().matches("localhost|127\\..*")) {
            throw new IllegalArgumentException("load is sent only to this machine");
        }
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        var organisations = new ArrayList<Long>();
        for (int page = 0; ; page++) {
            var body = send(http, get(base + "/api/v1/surveys/" + campaign + "/links?size=500&page=" + page, auth));
            var m = ORGANISATION.matcher(body);
            int before = organisations.size();
            while (m.find()) {
                organisations.add(Long.valueOf(m.group(1)));
            }
            if (organisations.size() - before < 500) {
                break;
            }
        }
        int n = organisations.size();
        System.out.printf("invited organisations: %d%n", n);

        var tokens = new String[n];
        var issue = timed(clients, 0, n, i -> {
            var body = send(
                    http,
                    HttpRequest.newBuilder(
                                    URI.create(base + "/api/v1/surveys/" + campaign + "/links/" + organisations.get(i)))
                            .header("Authorization", auth)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build());
            var m = TOKEN.matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no link in " + body);
            }
            tokens[i] = m.group(1);
        });
        System.out.println("personal links issued (admin, " + clients + " clients): " + issue.summary());
        // -Dbench.links=FILE: the answer URLs, one per line, and FILE.json one organisation's answers, for wrk
        var links = System.getProperty("bench.links");
        if (links != null) {
            java.nio.file.Files.write(
                    java.nio.file.Path.of(links),
                    java.util.Arrays.stream(tokens)
                            .map(t -> base + "/api/v1/survey-answers/" + t)
                            .toList());
            java.nio.file.Files.writeString(java.nio.file.Path.of(links + ".json"), answers(0));
        }
        if (Boolean.getBoolean("bench.links-only")) {
            return;
        }

        var versions = new ConcurrentHashMap<Integer, String>();
        Step saveDraft = i -> {
            var body = send(
                    http,
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/survey-answers/" + tokens[i]))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(answers(i)))
                            .build());
            var m = VERSION.matcher(body);
            versions.put(i, m.find() ? m.group(1) : "0");
        };
        // the JIT needs a minute of load before a path runs at its speed: the first organisations' saves warm it up
        int warm = Math.min(n / 2, Integer.getInteger("bench.warmup", 2000));
        var warmup = timed(clients, 0, warm, saveDraft);
        System.out.println("draft saves to warm up (" + clients + " clients, not counted): " + warmup.summary());
        var save = timed(clients, warm, n, saveDraft);
        System.out.println("draft saved by personal link, 5 partnerships each (" + clients + " clients, after " + warm
                + " to warm up): " + save.summary());

        if (!Boolean.parseBoolean(System.getProperty("bench.submit", "true"))) {
            return;
        }
        var submit = timed(
                clients,
                0,
                n,
                i -> send(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/survey-answers/" + tokens[i] + "/submit"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + versions.get(i) + "}"))
                                .build()));
        System.out.println("submitted by personal link, 5 draft partnerships each into the registry (" + clients
                + " clients): " + submit.summary());
    }

    /** The inventory questionnaire answered with five partnerships, different for every organisation. */
    static String answers(int i) {
        var blocks = new ArrayList<String>();
        for (int k = 0; k < 5; k++) {
            int x = i * 5 + k;
            blocks.add("{\"title\":\"Партньорство " + (k + 1) + " – четене и памет " + i + "\","
                    + "\"partner1_name\":\"Партньор " + x + " „Христо Ботев“\",\"partner1_type\":\""
                    + TYPES[x % TYPES.length]
                    + "\",\"field\":[\"" + FIELDS[x % FIELDS.length] + "\",\"" + FIELDS[(x + 3) % FIELDS.length]
                    + "\"],"
                    + "\"target\":[\"" + TARGETS[x % TARGETS.length] + "\"],\"since\":" + (2005 + x % 20)
                    + ",\"agreement\":\"" + (x % 3 == 0 ? "NO" : "YES") + "\",\"principle_common_goals\":\""
                    + GRADES[x % 3] + "\",\"condition_user_needs\":\"" + GRADES[(x + 1) % 3] + "\",\"rating\":"
                    + (1 + x % 5) + ",\"story\":\"Заедно организираме четения и работилници за деца и възрастни.\"}");
        }
        return "{\"answers\":{\"respondent\":\"Библиотекар " + i + "\",\"position\":\"секретар\","
                + "\"has_partnerships\":\"YES\"},\"groups\":{\"partnerships\":[" + String.join(",", blocks) + "]}}";
    }

    interface Step {
        void run(int i) throws Exception;
    }

    private static HttpLoad.Result timed(int clients, int from, int to, Step step) throws InterruptedException {
        int n = to - from;
        var micros = new long[n];
        var next = new AtomicInteger(from);
        var errors = new AtomicInteger();
        var firstError = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < to) {
                    long t0 = System.nanoTime();
                    try {
                        step.run(i);
                    } catch (Exception e) {
                        if (errors.getAndIncrement() == 0) {
                            firstError[0] = e.getMessage();
                        }
                    }
                    micros[i - from] = (System.nanoTime() - t0) / 1000;
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        if (firstError[0] != null) {
            System.out.println("first error: " + firstError[0]);
        }
        var sorted = micros.clone();
        Arrays.sort(sorted);
        return new HttpLoad.Result(n, errors.get(), (System.nanoTime() - start) / 1e9, sorted);
    }

    private static HttpRequest get(String url, String auth) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", auth)
                .GET()
                .build();
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(request, (k, v) -> true)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(response.statusCode() + " " + request.uri() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response.body();
    }
}
