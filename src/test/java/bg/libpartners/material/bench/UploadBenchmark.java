package bg.libpartners.material.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads one large file to a running application end to end — a real multipart {@code POST /materials/new} over
 * HTTP with a Bearer token, the body generated on the fly (an MP4 header, then pseudo-random bytes) so this client
 * holds nothing — while a second thread reads the server's heap in use from {@code /actuator/prometheus} every
 * ~100 ms. Prints the throughput, the response and the heap samples (min, median, max and the rise over the heap
 * before the upload). Run by {@code bench/practice-upload.sh}; the client runs in its own JVM, so the heap figures are
 * the server's alone.
 *
 * <pre>
 * java -cp … bg.libpartners.material.bench.UploadBenchmark http://localhost:18204 lp_token… 500 [spool folder]
 * </pre>
 *
 * <p>Given the server's temporary folder, it also samples how many bytes lie there: the part Tomcat spools to disk.
 */
public final class UploadBenchmark {

    private static final byte[] MP4_HEAD = {
        0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's', 'o', '2', 'a',
        'v', 'c', '1', 'm', 'p', '4', '1'
    };

    private UploadBenchmark() {}

    public static void main(String[] args) throws Exception {
        var base = args[0].replaceAll("/+$", "");
        var token = args[1];
        long size = (long) (Double.parseDouble(args.length > 2 ? args[2] : "500") * 1024 * 1024);
        if (!URI.create(base).getHost().equals("localhost")
                && !URI.create(base).getHost().startsWith("127.")) {
            throw new IllegalArgumentException("only a server on this machine");
        }
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var boundary = "----lp-bench-" + System.nanoTime();
        var head = (field(boundary, "title", "Видео " + (size >> 20) + " MB (бенчмарк)")
                        + field(boundary, "kind", "VIDEO") + field(boundary, "language", "bg")
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"film.mp4\"\r\n"
                        + "Content-Type: video/mp4\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + size + tail.length;
        var spool = args.length > 3 ? java.nio.file.Path.of(args[3]) : null;

        // the same sampling for as long with no upload: what the sampler's own requests leave on the heap
        long idleStart = heap(client, base, token);
        long idleMax = idleStart;
        long idleT0 = System.nanoTime();
        int idleSamples = 0;
        while (System.nanoTime() - idleT0 < 8_000_000_000L) {
            Thread.sleep(100);
            idleMax = Math.max(idleMax, heap(client, base, token));
            idleSamples++;
        }
        System.out.printf(
                "UPLOAD idle, no upload, %d samples over 8 s: heap used %d MiB at start, max %d MiB"
                        + " (rise %.1f MiB/s: the sampling's own garbage, until a young collection)%n",
                idleSamples, idleStart >> 20, idleMax >> 20, ((idleMax - idleStart) >> 20) / 8.0);

        var samples = Collections.synchronizedList(new ArrayList<long[]>());
        var done = new AtomicBoolean();
        long before = heap(client, base, token);
        var sent = new AtomicLong();
        var sampler = new Thread(() -> {
            long t0 = System.nanoTime();
            while (!done.get()) {
                try {
                    samples.add(new long[] {
                        (System.nanoTime() - t0) / 1_000_000, heap(client, base, token), sent.get(), spooled(spool)
                    });
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    samples.add(new long[] {(System.nanoTime() - t0) / 1_000_000, -1, sent.get(), -1});
                }
            }
        });
        var request = HttpRequest.newBuilder(URI.create(base + "/materials/new"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(
                                () -> new SequenceInputStream(Collections.enumeration(List.of(
                                        new java.io.ByteArrayInputStream(head),
                                        new Generated(size, sent),
                                        new java.io.ByteArrayInputStream(tail))))),
                        length))
                .build();
        sampler.start();
        long start = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        done.set(true);
        sampler.join();
        long after = heap(client, base, token);

        System.out.printf(
                "UPLOAD %d MiB file (%d bytes body) in %.1f s = %.0f MiB/s; HTTP %d, Location %s%n",
                size >> 20,
                length,
                seconds,
                (size >> 20) / seconds,
                response.statusCode(),
                response.headers().firstValue("Location").orElse("-"));
        if (response.statusCode() >= 400) {
            var body = response.body();
            System.out.println("UPLOAD response: " + body.substring(0, Math.min(400, body.length())));
        }
        var heaps = samples.stream()
                .mapToLong(s -> s[1])
                .filter(h -> h >= 0)
                .sorted()
                .toArray();
        if (heaps.length > 0) {
            System.out.printf(
                    "UPLOAD heap used (MiB): before %d; during (%d samples, every ~100 ms) min %d, median %d,"
                            + " max %d; after %d; max rise over before %d (%.1f MiB/s)%n",
                    before >> 20,
                    heaps.length,
                    heaps[0] >> 20,
                    heaps[heaps.length / 2] >> 20,
                    heaps[heaps.length - 1] >> 20,
                    after >> 20,
                    (heaps[heaps.length - 1] - before) >> 20,
                    ((heaps[heaps.length - 1] - before) >> 20) / seconds);
        }
        var timeline = new StringBuilder("UPLOAD timeline ms:heapMiB@sentMiB/spooledMiB");
        for (int i = 0; i < samples.size(); i += Math.max(1, samples.size() / 40)) {
            var s = samples.get(i);
            timeline.append(' ')
                    .append(s[0])
                    .append(':')
                    .append(s[1] >> 20)
                    .append('@')
                    .append(s[2] >> 20)
                    .append('/')
                    .append(s[3] < 0 ? "-" : String.valueOf(s[3] >> 20));
        }
        if (spool != null) {
            System.out.printf(
                    "UPLOAD most bytes spooled to disk at once: %d MiB%n",
                    samples.stream().mapToLong(s -> s[3]).max().orElse(-1) >> 20);
        }
        System.out.println(timeline);
    }

    /** Bytes in files under the folder (the server's spooled parts and staging files), or -1 without one. */
    static long spooled(java.nio.file.Path folder) {
        if (folder == null) {
            return -1;
        }
        try (var files = java.nio.file.Files.walk(folder)) {
            return files.filter(java.nio.file.Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return java.nio.file.Files.size(f);
                        } catch (IOException e) {
                            return 0; // deleted while we looked
                        }
                    })
                    .sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** Heap in use from the application's metrics: the sum of {@code jvm_memory_used_bytes{area="heap"}}. */
    static long heap(HttpClient client, String base, String token) throws IOException, InterruptedException {
        var response = client.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IOException("metrics answered " + response.statusCode());
        }
        return (long) response.body()
                .filter(l -> l.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /**
     * An MP4 header, then pseudo-random bytes, into the caller's buffer: nothing is allocated per read (also the
     * 500 MB file of {@code PracticeBenchmark}'s in-process upload).
     */
    public static final class Generated extends InputStream {
        private final long size;
        private final AtomicLong sent;
        private final SplittableRandom random = new SplittableRandom(3);
        private long position;

        public Generated(long size, AtomicLong sent) {
            this.size = size;
            this.sent = sent;
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
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p < MP4_HEAD.length ? MP4_HEAD[(int) p] : (byte) random.nextInt(256);
            }
            position += n;
            sent.set(position);
            return n;
        }
    }
}
