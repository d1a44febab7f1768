package io.zpl.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the webhook (docs/BENCHMARKS.md, "Ingest"): signed {@code user_send_text} events for the demo
 * Sales OA, with a share of repeats (Zalo's at-least-once delivery) and of new users. JDK only, run as a source file:
 *
 * <pre>java app/src/test/java/io/zpl/tools/IngestLoad.java http://localhost:18093 100000 64</pre>
 *
 * Arguments: base URL, events, concurrent senders, [repeat share 0.20], [new-user share 0.05], [run id].
 */
public final class IngestLoad {

    static final String APP = "1000000000000000002";
    static final String OA = "2000000000000000002";
    static final String SECRET = "demo-oa-secret-b";

    public static void main(String[] args) throws Exception {
        URI webhook = URI.create(args[0] + "/zalo/webhook");
        int total = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        double repeatShare = args.length > 3 ? Double.parseDouble(args[3]) : 0.20;
        double newUserShare = args.length > 4 ? Double.parseDouble(args[4]) : 0.05;
        String run = args.length > 5 ? args[5] : Long.toString(System.currentTimeMillis() % 100_000);

        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        int existingUsers = 2_000;
        var users = new AtomicInteger(existingUsers);
        var sent = new ConcurrentHashMap<String, byte[]>();
        var sentKeys = new ArrayList<String>();
        Set<String> acceptedIds = ConcurrentHashMap.newKeySet();
        long[] latencies = new long[total];
        var index = new AtomicInteger();
        var failures = new AtomicLong();
        var duplicates = new AtomicLong();
        var unique = new AtomicLong();
        var sequence = new AtomicLong();

        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    int i;
                    while ((i = index.getAndIncrement()) < total) {
                        byte[] body;
                        String key = null;
                        synchronized (sentKeys) {
                            if (!sentKeys.isEmpty() && random.nextDouble() < repeatShare) {
                                key = sentKeys.get(random.nextInt(sentKeys.size()));
                            }
                        }
                        if (key != null) {
                            body = sent.get(key);
                        } else {
                            int user = random.nextDouble() < newUserShare
                                    ? users.incrementAndGet()
                                    : random.nextInt(existingUsers);
                            String msgId = "load-" + run + "-" + sequence.incrementAndGet();
                            body = body(user, msgId, run);
                            sent.put(msgId, body);
                            synchronized (sentKeys) {
                                sentKeys.add(msgId);
                            }
                            unique.incrementAndGet();
                        }
                        String timestamp = timestampOf(body);
                        var request = HttpRequest.newBuilder(webhook)
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .header("X-ZEvent-Signature", "mac=" + mac(body, timestamp))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build();
                        long t0 = System.nanoTime();
                        try {
                            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            latencies[i] = System.nanoTime() - t0;
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                                continue;
                            }
                            String answer = response.body();
                            int at = answer.indexOf("\"eventId\":\"") + 11;
                            acceptedIds.add(answer.substring(at, answer.indexOf('"', at)));
                            if (answer.contains("\"duplicate\":true")) {
                                duplicates.incrementAndGet();
                            }
                        } catch (Exception e) {
                            latencies[i] = System.nanoTime() - t0;
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(
                "events sent %d (unique %d, repeats %d) in %.1f s = %.0f events/s%n",
                total, unique.get(), total - unique.get(), seconds, total / seconds);
        System.out.printf(
                "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                pct(latencies, 0.50), pct(latencies, 0.95), pct(latencies, 0.99), latencies[total - 1] / 1e6);
        System.out.printf(
                "answers: failures %d, duplicate=true %d, distinct event ids %d (must equal unique sent)%n",
                failures.get(), duplicates.get(), acceptedIds.size());
        System.out.printf("new users created: %d; run id %s%n", users.get() - existingUsers, run);
        if (failures.get() > 0 || acceptedIds.size() != unique.get()) {
            System.exit(1);
        }
    }

    static byte[] body(int user, String msgId, String run) {
        String userId = String.format("9%02d%016d", Integer.parseInt(run) % 100, user);
        String byApp = "6" + userId.substring(1);
        long timestamp = System.currentTimeMillis();
        return ("{\"app_id\":\"" + APP + "\",\"user_id_by_app\":\"" + byApp
                        + "\",\"event_name\":\"user_send_text\",\"timestamp\":\"" + timestamp
                        + "\",\"sender\":{\"id\":\"" + userId + "\"},\"recipient\":{\"id\":\"" + OA
                        + "\"},\"message\":{\"msg_id\":\"" + msgId + "\",\"text\":\"Xin chào, tin số " + msgId + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String timestampOf(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int at = text.indexOf("\"timestamp\":\"") + 13;
        return text.substring(at, text.indexOf('"', at));
    }

    static String mac(byte[] body, String timestamp) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(APP.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            digest.update(timestamp.getBytes(StandardCharsets.UTF_8));
            digest.update(SECRET.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private IngestLoad() {}
}
