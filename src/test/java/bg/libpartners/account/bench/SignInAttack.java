package bg.libpartners.account.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Sign-in under attack (issue 17, "Measured"): C attackers guess passwords through the sign-in form for S seconds —
 * all against one account, or each against many accounts — each from its own client address (X-Forwarded-For from
 * the documentation range 203.0.113.0/24, honoured because the application trusts a proxy on loopback), while a
 * colleague signs in with the right password once a second from another address. Prints what the attackers got
 * (checked and refused, throttled without a check) and whether the colleague got in. Only talks to localhost.
 *
 * <p>Usage: {@code SignInAttack <port> <one|many> <clients> <seconds>}.
 */
public final class SignInAttack {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        boolean one = "one".equals(args[1]);
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        var base = "http://localhost:" + port;
        var outcomes = new ConcurrentHashMap<String, AtomicLong>();
        var latencies = new ArrayList<Long>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var pool = Executors.newFixedThreadPool(clients + 1);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                long n = 0;
                while (System.nanoTime() < until) {
                    String victim = one ? "librarian@demo.libpartners.bg" : "user" + client + "-" + n + "@example.org";
                    String outcome = signIn(base, victim, "wrong-" + n, "203.0.113." + (client + 1));
                    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                    n++;
                }
            });
        }
        var colleague = new AtomicLong();
        var colleagueIn = new AtomicLong();
        pool.execute(() -> {
            while (System.nanoTime() < until) {
                long t0 = System.nanoTime();
                String outcome = signIn(base, "coordinator@demo.libpartners.bg", "libpartners", "198.51.100.7");
                synchronized (latencies) {
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                }
                colleague.incrementAndGet();
                if (outcome.equals("signed in")) {
                    colleagueIn.incrementAndGet();
                }
                sleep(1000);
            }
        });
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        long attempts = outcomes.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(
                "%s account(s), %d attackers, %d s: %d attempts (%.0f/s)%n",
                one ? "one" : "many", clients, seconds, attempts, attempts / (double) seconds);
        outcomes.forEach((k, v) -> System.out.printf("  %-28s %d%n", k, v.get()));
        latencies.sort(Long::compare);
        System.out.printf(
                "  colleague signed in %d of %d times, median %d ms, max %d ms%n",
                colleagueIn.get(),
                colleague.get(),
                latencies.get(latencies.size() / 2),
                latencies.get(latencies.size() - 1));
    }

    /** One sign-in through the form, as a browser: the page (form token in a cookie and a field), then the post. */
    private static String signIn(String base, String email, String password, String address) {
        try {
            var http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            var page = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("X-Forwarded-For", address)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var token = CSRF.matcher(page.body());
            if (!token.find()) {
                return "no form token";
            }
            var form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
            var answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", address)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = answer.headers().firstValue("Location").orElse("");
            if (location.contains("throttled")) {
                return "throttled (not checked)";
            }
            if (location.contains("error")) {
                return "checked, refused";
            }
            return answer.statusCode() == 302 ? "signed in" : "status " + answer.statusCode();
        } catch (Exception e) {
            return "failed: " + e.getClass().getSimpleName();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SignInAttack() {}
}
