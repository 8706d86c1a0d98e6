package bg.libpartners.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, bounded HTTP load driver for the benchmarks in BENCHMARKS.md: C concurrent clients send N requests in
 * total (after a warm-up) to URLs taken in turn from a list, and it prints the latency distribution. Only for servers
 * on this machine.
 *
 * <pre>
 * java -cp … bg.libpartners.bench.HttpLoad --clients 20 --requests 4000 --warmup 400 \
 *      [--warmup-seconds 45] [--header "Authorization: Bearer lp_…"] [--method PUT --body '{"n":"{n}"}'] (--url URL … | --urls FILE)
 * </pre>
 *
 * With {@code --body} every request carries that JSON, {@code {n}} replaced by the request's number (so that each
 * registration or answer is a new one); the method is then POST unless {@code --method} says otherwise.
 */
public final class HttpLoad {

    public record Result(int requests, int errors, double seconds, long[] sortedMicros) {

        public double percentile(double p) {
            if (sortedMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
            return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
        }

        public String summary() {
            return String.format(
                    "requests=%d errors=%d throughput=%.0f/s median=%.1fms p95=%.1fms p99=%.1fms max=%.1fms",
                    requests,
                    errors,
                    requests / seconds,
                    percentile(50),
                    percentile(95),
                    percentile(99),
                    percentile(100));
        }
    }

    private HttpLoad() {}

    public static void main(String[] args) throws Exception {
        int clients = 20;
        int requests = 2000;
        int warmup = 200;
        int warmupSeconds = 0;
        List<String> urls = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        String method = null;
        String body = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--url" -> urls.add(args[++i]);
                case "--urls" -> urls.addAll(read(Path.of(args[++i])));
                case "--header" -> headers.add(args[++i]);
                case "--method" -> method = args[++i];
                case "--body" -> body = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("give --url or --urls");
        }
        var send = new Send(method == null ? (body == null ? "GET" : "POST") : method, body);
        // The JIT of a 2-core machine needs tens of seconds of load before a path runs at its speed: warm-up batches
        // go on until --warmup-seconds have passed (at least one batch); request numbers go on after them.
        int sent = 0;
        long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        do {
            run(urls, headers, clients, warmup, send, sent);
            sent += warmup;
        } while (System.nanoTime() < until);
        System.out.println(run(urls, headers, clients, requests, send, sent).summary());
    }

    private static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The method and the JSON body of every request ({@code {n}} in it replaced by the request's number). */
    public record Send(String method, String body) {

        static final Send GET = new Send("GET", null);

        HttpRequest.BodyPublisher publisher(int n) {
            return body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.replace("{n}", Integer.toString(n)));
        }
    }

    public static Result run(List<String> urls, List<String> headers, int clients, int requests)
            throws InterruptedException {
        return run(urls, headers, clients, requests, Send.GET, 0);
    }

    /** Requests number {@code offset + i}; URL {@code i} of the list taken in turn. */
    public static Result run(List<String> urls, List<String> headers, int clients, int requests, Send send, int offset)
            throws InterruptedException {
        for (var url : urls) {
            var host = URI.create(url).getHost();
            if (!"localhost".equals(host) && !host.startsWith("127.") && !"[::1]".equals(host)) {
                throw new IllegalArgumentException("load is sent only to this machine, not to " + host);
            }
        }
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var micros = new long[requests];
        var next = new AtomicInteger();
        var errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    var builder = HttpRequest.newBuilder(URI.create(urls.get((offset + i) % urls.size())))
                            .timeout(Duration.ofSeconds(30))
                            .method(send.method(), send.publisher(offset + i));
                    if (send.body() != null) {
                        builder.header("Content-Type", "application/json");
                    }
                    for (var header : headers) {
                        var colon = header.indexOf(':');
                        builder.header(
                                header.substring(0, colon).trim(),
                                header.substring(colon + 1).trim());
                    }
                    long t0 = System.nanoTime();
                    try {
                        var response = client.send(builder.build(), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    micros[i] = (System.nanoTime() - t0) / 1000;
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var sorted = micros.clone();
        Arrays.sort(sorted);
        return new Result(requests, errors.get(), seconds, sorted);
    }
}
