package io.zpl.demo;

import io.zpl.ZaloPartnerLinksApplication;
import io.zpl.adapters.zalo.sandbox.ZaloSandbox;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.StartSyncJob;
import io.zpl.application.port.in.ViewSyncJobs;
import io.zpl.domain.access.Role;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobState;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk Sync Profile of stale links against the sandbox over real HTTP, as the server runs it (its own job workers,
 * Zalo client and rate limiter). It recreates the database {@value #DATABASE} (never point it at anything else), starts
 * the demo server on it twice and, each time, connects the sandbox's Warranty OA through OAuth, makes its links stale
 * and times a "Sync stale profiles" job. The sandbox counts what reached it, so the quota is checked on Zalo's side.
 *
 * <ol>
 *   <li>capped: the client's default 4,000 requests a minute, the sandbox enforcing 4,000 a minute;
 *   <li>lifted: both limits out of the way and 20 ms added to every sandbox answer; the job runs {@code --rounds}
 *       times (default 3) in the same server, the first on a cold JVM.
 * </ol>
 *
 * <pre>java -jar app/target/zalo-partner-links.jar bench-sync [--server jdbc:mariadb://127.0.0.1:3306/]
 *     [--links 10000] [--latency-ms 20] [--rounds 3] [--only capped|lifted] [--jfr /tmp/sync.jfr]</pre>
 *
 * <p>{@code --jfr} records the job (not the start-up) with Java Flight Recorder, one file per run.
 */
public final class SyncBenchmark {

    static final String DATABASE = "zpl_sync_bench";
    private static final Actor ADMIN = new Actor("bench", Set.of(Role.ZALO_ADMIN));
    /** Zalo App C and its Warranty OA: known to the sandbox, not set up by the demo data (application.properties). */
    private static final ZaloAppId APP = new ZaloAppId("1000000000000000003");

    private static final OaId OA = new OaId("2000000000000000004");
    private static final long FIRST_USER = 7_400_000_000_000_000_000L;
    private static final int BATCH = 2_000;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One way of running the job: the client's rate, the sandbox's quota and added latency. */
    private record Scenario(
            String name, int clientRatePerMinute, int sandboxRatePerMinute, int latencyMs, int rounds) {}

    private record Result(
            Scenario scenario,
            int round,
            SyncJob job,
            double seconds,
            double cpuSeconds,
            long calls,
            long refusedOverQuota,
            int maxInAnyMinute,
            double callSeconds) {

        double linksPerSecond() {
            return (job.done() + job.failed()) / seconds;
        }

        /** CPU this JVM (server, job, client and sandbox together) spent per link, in milliseconds. */
        double cpuMillisPerLink() {
            return cpuSeconds * 1000 / Math.max(1, job.done() + job.failed());
        }
    }

    private final String url;
    private final int links;
    private final @Nullable Path flightRecording;

    private SyncBenchmark(String url, int links, @Nullable Path flightRecording) {
        this.url = url;
        this.links = links;
        this.flightRecording = flightRecording;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String server = options.getOrDefault("server", "jdbc:mariadb://127.0.0.1:3306/");
        int links = Integer.parseInt(options.getOrDefault("links", "10000"));
        int latency = Integer.parseInt(options.getOrDefault("latency-ms", "20"));
        String only = options.getOrDefault("only", "");
        String jfr = options.get("jfr");
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        var bench = new SyncBenchmark(server + DATABASE, links, jfr == null ? null : Path.of(jfr));
        Options.recreateDatabase(bench.url);
        System.out.printf("Database %s recreated; load average %s%n", bench.url, loadAverage());
        List<Result> results = new ArrayList<>();
        if (!only.equals("lifted")) {
            results.addAll(bench.run(new Scenario("capped at 4,000 requests/min", 4_000, 4_000, 0, 1)));
        }
        if (!only.equals("capped")) {
            results.addAll(bench.run(new Scenario(
                    "cap lifted, " + latency + " ms sandbox latency", 1_000_000, 1_000_000, latency, rounds)));
        }
        System.out.printf("%nLoad average at the end: %s%n", loadAverage());
        System.out.println(
                "| run | round | links | done | failed | job time | links/s | JVM CPU per link | calls at the sandbox "
                        + "| max calls in any 60 s | refused over quota (-32) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(
                    "| %s | %d | %d | %d | %d | %.1f s | %.0f | %.2f ms | %d in %.1f s | %d | %d |%n",
                    r.scenario().name(),
                    r.round(),
                    r.job().total(),
                    r.job().done(),
                    r.job().failed(),
                    r.seconds(),
                    r.linksPerSecond(),
                    r.cpuMillisPerLink(),
                    r.calls(),
                    r.callSeconds(),
                    r.maxInAnyMinute(),
                    r.refusedOverQuota());
        }
    }

    /** Starts the server once and times the job {@code rounds} times (the first on a cold JVM). */
    private List<Result> run(Scenario scenario) throws Exception {
        System.out.printf("%n== %s: starting the server on %s%n", scenario.name(), url);
        // as command-line arguments, so they win over application.properties and the environment
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(ZaloPartnerLinksApplication.class)
                .run(
                        "--server.port=0",
                        "--zpl.demo=true",
                        "--zpl.db.url=" + url,
                        "--zpl.data-dir=" + Files.createDirectories(Path.of("/tmp/zpl-sync-bench")),
                        "--zpl.zalo.rate-per-minute=" + scenario.clientRatePerMinute(),
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN")) {
            String base = "http://localhost" + ":" + server.getEnvironment().getProperty("local.server.port");
            connect(server.getBean(ConfigureZaloOa.class), base);
            var jdbi = server.getBean(Jdbi.class);
            seed(jdbi);
            int learned = teachSandbox(jdbi, server.getBean(ZaloSandbox.class));
            admin(
                    base,
                    "PUT",
                    "/sandbox/zalo/faults",
                    "{\"latencyMs\":%d,\"ratePerMinute\":%d}"
                            .formatted(scenario.latencyMs(), scenario.sandboxRatePerMinute()));
            System.out.printf(
                    "%d links on the Warranty OA (the sandbox learned %d of their people now and knew the rest "
                            + "from the last start)%n",
                    links, learned);
            List<Result> results = new ArrayList<>();
            for (int round = 1; round <= scenario.rounds(); round++) {
                makeStale(jdbi);
                admin(base, "DELETE", "/sandbox/zalo/traffic", null);
                results.add(round(server, base, scenario, round));
            }
            return results;
        }
    }

    private Result round(ConfigurableApplicationContext server, String base, Scenario scenario, int round)
            throws Exception {
        System.out.printf("round %d: load average %s%n", round, loadAverage());
        Recording recording = flightRecording == null ? null : new Recording(Configuration.getConfiguration("profile"));
        if (recording != null) {
            recording.start();
        }
        long cpuBefore = cpuNanos();
        long started = System.nanoTime();
        SyncJob job = server.getBean(StartSyncJob.class).start(ADMIN, OA, SyncScope.STALE);
        job = await(server.getBean(ViewSyncJobs.class), job);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
        if (recording != null && flightRecording != null) {
            recording.stop();
            recording.dump(flightRecording.resolveSibling(
                    scenario.clientRatePerMinute() + "-" + round + "-" + flightRecording.getFileName()));
            recording.close();
        }
        if (job.state() != SyncJobState.DONE) {
            throw new IllegalStateException("the job ended " + job.state() + ": " + job.pausedReason());
        }
        var traffic = JSON.readTree(admin(base, "GET", "/sandbox/zalo/traffic/" + APP.value(), null));
        var result = new Result(
                scenario,
                round,
                job,
                seconds,
                cpuSeconds,
                traffic.get("calls").asLong(),
                traffic.get("refusedOverQuota").asLong(),
                traffic.get("maxInAnyMinute").asInt(),
                traffic.get("seconds").asDouble());
        System.out.printf(
                "%s: %d links in %.1f s (%.0f links/s, %.2f ms JVM CPU per link); the sandbox saw %d calls, "
                        + "at most %d in any 60 s, refused %d over its quota; load average %s%n",
                job.state(),
                job.total(),
                seconds,
                result.linksPerSecond(),
                result.cpuMillisPerLink(),
                result.calls(),
                result.maxInAnyMinute(),
                result.refusedOverQuota(),
                loadAverage());
        return result;
    }

    /** Registers App C and its OA if needed, then connects the OA as the admin's browser would, via the sandbox. */
    private static void connect(ConfigureZaloOa configure, String base) throws Exception {
        if (configure.apps(ADMIN).stream().noneMatch(app -> app.id().equals(APP))) {
            configure.registerApp(
                    ADMIN,
                    APP,
                    "Zalo App C",
                    "demo-app-secret-c",
                    "demo-oa-secret-c",
                    SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET);
            configure.addOfficialAccount(ADMIN, OA, "Warranty OA", APP);
        }
        String permission = configure.authorizeUrl(ADMIN, OA);
        var granted = browse(permission.replace("/permission?", "/permission/grant?") + "&oa_id=" + OA.value());
        var callback = browse(granted.headers().firstValue("Location").orElseThrow());
        if (callback.statusCode() != 303) {
            throw new IllegalStateException("connecting the Warranty OA failed: " + callback.body());
        }
    }

    /** The OA's links, created once per database. */
    private void seed(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            int existing = h.createQuery("SELECT COUNT(*) FROM partner_link WHERE oa_id = :oa")
                    .bind("oa", OA.value())
                    .mapTo(Integer.class)
                    .one();
            long firstPartner = h.createQuery("SELECT COALESCE(MAX(partner_id), 0) + 1 FROM partner")
                    .mapTo(Long.class)
                    .one();
            for (int from = existing; from < links; from += BATCH) {
                int start = from;
                h.useTransaction(tx -> {
                    PreparedBatch partners = tx.prepareBatch("""
                            INSERT INTO partner (partner_id, status, name, name_key, origin, created_at, updated_at)
                            VALUES (:id, 'VERIFIED', :name, :key, 'bench-sync', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                            """);
                    PreparedBatch rows = tx.prepareBatch("""
                            INSERT INTO partner_link (oa_id, zalo_user_id, app_id, user_id_by_app, partner_id,
                                display_name, follower, created_at, updated_at)
                            VALUES (:oa, :user, :app, :byApp, :partner, :name, TRUE, UTC_TIMESTAMP(6),
                                UTC_TIMESTAMP(6))
                            """);
                    for (int i = start; i < Math.min(links, start + BATCH); i++) {
                        long partner = firstPartner + i - existing;
                        partners.bind("id", partner)
                                .bind("name", "Khách " + i)
                                .bind("key", "khach " + i)
                                .add();
                        rows.bind("oa", OA.value())
                                .bind("user", Long.toString(FIRST_USER + i))
                                .bind("app", APP.value())
                                .bind("byApp", Long.toString(FIRST_USER + 1_000_000_000_000_000_000L + i))
                                .bind("partner", partner)
                                .bind("name", "Khách " + i)
                                .add();
                    }
                    partners.execute();
                    rows.execute();
                });
            }
        });
    }

    /** Every link of the OA stale again, with a name the sandbox will change. */
    private static void makeStale(Jdbi jdbi) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE partner_link SET profile_synced_at = NULL, last_sync_at = NULL,
                            last_sync_outcome = NULL, last_sync_error_code = NULL, last_sync_error_message = NULL,
                            display_name = 'Tên cũ'
                        WHERE oa_id = :oa
                        """).bind("oa", OA.value()).execute());
    }

    /** Every link's person as Zalo knows them now: a new display name, so each sync changes the link. */
    private static int teachSandbox(Jdbi jdbi, ZaloSandbox sandbox) {
        var people = jdbi.withHandle(h -> h.createQuery(
                        "SELECT zalo_user_id, user_id_by_app FROM partner_link WHERE oa_id = :oa ORDER BY link_id")
                .bind("oa", OA.value())
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list());
        int known = 0;
        Instant now = Instant.now();
        for (String[] person : people) {
            String user = person[0];
            if (sandbox.know(
                    OA.value(),
                    user,
                    person[1],
                    "Khách hàng " + user.substring(user.length() - 5) + " (Zalo)",
                    "https://s120-ava-talk.zadn.vn/bench/" + user + ".jpg",
                    true,
                    now)) {
                known++;
            }
        }
        return known;
    }

    private static SyncJob await(ViewSyncJobs view, SyncJob job) throws InterruptedException {
        var seen = job;
        Instant deadline = Instant.now().plusSeconds(1_800);
        while (!seen.state().isFinished()
                && seen.state() != SyncJobState.PAUSED
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            seen = view.view(ADMIN, job.id());
        }
        return seen;
    }

    private static HttpResponse<String> browse(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A sandbox admin call as the demo's admin (HTTP Basic); the body answered. */
    private static String admin(String base, String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(0L);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
