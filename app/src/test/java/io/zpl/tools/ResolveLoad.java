package io.zpl.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load for the send guard: POST /api/v1/recipients/resolve over HTTP Basic, spread over the given partner ids and
 * every purpose, from N concurrent callers, after a warm-up. JDK only; run as a source file:
 * {@code java app/src/test/java/io/zpl/tools/ResolveLoad.java <baseUrl> <requests> <callers> <oaId> <firstPartnerId>
 * <partnerCount>}. Exits 1 if any request failed (anything but 200).
 */
public final class ResolveLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[1]);
        int callers = Integer.parseInt(args[2]);
        String oa = args[3];
        long firstPartner = Long.parseLong(args[4]);
        int partners = Integer.parseInt(args[5]);
        String auth = "Basic " + Base64.getEncoder().encodeToString("agent:agent".getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        run(client, base, auth, oa, firstPartner, partners, Math.min(2_000, requests), callers, new long[requests]);
        long[] latencies = new long[requests];
        long started = System.nanoTime();
        int failures = run(client, base, auth, oa, firstPartner, partners, requests, callers, latencies);
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(
                "%d resolves, %d callers: %.0f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, failures %d%n",
                requests,
                callers,
                requests / seconds,
                pct(latencies, 0.50),
                pct(latencies, 0.95),
                pct(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6,
                failures);
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int run(
            HttpClient client,
            String base,
            String auth,
            String oa,
            long firstPartner,
            int partners,
            int requests,
            int callers,
            long[] latencies)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long partner = firstPartner + (i * 7919L) % partners;
                        String purpose = i % 4 == 0 ? "CONVERSATION" : "BUSINESS";
                        String body = "{\"partnerId\":\"" + partner + "\",\"oaId\":\"" + oa + "\",\"purpose\":\""
                                + purpose + "\"}";
                        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/recipients/resolve"))
                                .header("Authorization", auth)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        long t0 = System.nanoTime();
                        try {
                            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        return failures.get();
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
