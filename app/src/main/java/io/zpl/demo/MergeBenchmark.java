package io.zpl.demo;

import com.zaxxer.hikari.HikariDataSource;
import io.zpl.adapters.persistence.Database;
import io.zpl.adapters.persistence.JdbiDuplicateCandidates;
import io.zpl.adapters.persistence.JdbiDuplicateGroups;
import io.zpl.adapters.persistence.JdbiLinkAudits;
import io.zpl.adapters.persistence.JdbiMergePreviews;
import io.zpl.adapters.persistence.JdbiMerges;
import io.zpl.adapters.persistence.JdbiOfficialAccounts;
import io.zpl.adapters.persistence.JdbiPartnerCards;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.out.DuplicateCandidates.Candidate;
import io.zpl.application.service.AuditPolicy;
import io.zpl.application.service.DuplicateDetectionService;
import io.zpl.application.service.DuplicatePolicy;
import io.zpl.application.service.MergePolicy;
import io.zpl.application.service.MergeService;
import io.zpl.application.service.Reaudit;
import io.zpl.demo.MergeBenchmarkData.Person;
import io.zpl.domain.access.Role;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.partner.NameKey;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Times duplicate detection and merge server-side (no HTTP) on data from {@link ScaleData}: the full scan (and the
 * pairwise work it avoids), incremental detection after a change, and preview, merge and undo of two partners holding
 * 10,000 business records and 20 links. It migrates the database it is given to the current schema, writes to it
 * and puts its data back as it found them (see {@link MergeBenchmarkData}).
 *
 * <pre>java -jar app/target/zalo-partner-links.jar bench-merge --db jdbc:mariadb://127.0.0.1:3306/zpl_bench</pre>
 */
public final class MergeBenchmark {

    private static final Actor LEAD = new Actor(MergeBenchmarkData.ORIGIN, Set.of(Role.CS_LEAD));
    private static final int BUCKET_LIMIT = DuplicatePolicy.defaults().bucketLimit();

    private final Jdbi jdbi;
    private final MergeBenchmarkData data;
    private final DuplicateDetectionService detection;
    private final MergeService merge;
    private final Reaudit reaudit;
    private final Map<String, String> options;

    private MergeBenchmark(Jdbi jdbi, Map<String, String> options) {
        this.jdbi = jdbi;
        this.options = options;
        this.data = new MergeBenchmarkData(jdbi);
        var groups = new JdbiDuplicateGroups(jdbi);
        detection = new DuplicateDetectionService(
                new JdbiDuplicateCandidates(jdbi), groups, java.time.Instant::now, DuplicatePolicy.defaults());
        reaudit = new Reaudit(
                new JdbiOfficialAccounts(jdbi),
                new JdbiLinkAudits(jdbi),
                java.time.Instant::now,
                AuditPolicy.defaults());
        merge = new MergeService(
                new JdbiMerges(jdbi),
                new JdbiPartnerCards(jdbi),
                new JdbiMergePreviews(jdbi),
                groups,
                detection,
                reaudit,
                java.time.Instant::now,
                MergePolicy.defaults());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String url = options.getOrDefault("db", System.getenv().getOrDefault("ZPL_DB_URL", ""));
        if (url.isBlank()) {
            throw new IllegalArgumentException("name the database: --db jdbc:mariadb://127.0.0.1:3306/zpl_bench");
        }
        try (HikariDataSource dataSource = Options.dataSource(url, false)) {
            // the indexes detection relies on come with the schema: bring an older generated database up to date
            Database.migrate(dataSource);
            new MergeBenchmark(Database.jdbi(dataSource), options).run();
        }
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    private void run() {
        data.saveGroups();
        String before = data.state();
        System.out.println("Database before: " + before);
        try {
            fullScan(option("scans", 3));
            incremental(option("changes", 200));
            mergeAndUndo(option("rounds", 5));
        } finally {
            data.restore();
            String after = data.state();
            System.out.println("Database after:  " + after);
            System.out.println(before.equals(after) ? "Left as found." : "*** NOT LEFT AS FOUND ***");
        }
    }

    private void fullScan(int runs) {
        long partners = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM partner WHERE status <> 'MERGED'")
                .mapTo(Long.class)
                .one());
        System.out.printf("%n## Full scan (%d live partners)%n", partners);
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            var summary = detection.scanAll();
            System.out.printf(
                    "scan %d: %.1f s — %d shared keys, %d groups (%d opened, %d reopened, %d dropped, %d kept dismissed)%n",
                    run,
                    seconds(started),
                    summary.matches(),
                    summary.groups(),
                    summary.opened(),
                    summary.reopened(),
                    summary.dropped(),
                    summary.keptDismissed());
        }
        long started = System.nanoTime();
        List<Candidate> candidates = new JdbiDuplicateCandidates(jdbi).all(BUCKET_LIMIT);
        double queries = seconds(started);
        long pairs = 0;
        long members = 0;
        for (Candidate c : candidates) {
            long k = c.partners().size();
            pairs += k * (k - 1) / 2;
            members += k;
        }
        double allPairs = partners * (partners - 1) / 2.0;
        double nanosPerPair = pairwiseNanosPerPair();
        System.out.printf(
                "the five key queries alone: %.1f s; %d buckets holding %d partner entries = %d candidate pairs%n",
                queries, candidates.size(), members, pairs);
        System.out.printf(
                "pairwise instead: n(n-1)/2 = %.3g pairs (%.0f× more); comparing them in memory at %.0f ns a pair"
                        + " (measured on a sample) would take %.1f hours, before loading anything%n",
                allPairs, allPairs / Math.max(1, pairs), nanosPerPair, allPairs * nanosPerPair / 1e9 / 3600);
    }

    /** Compares every pair of a sample of partners the way a pairwise scan would: same name key or a shared phone. */
    private double pairwiseNanosPerPair() {
        List<Person> sample = data.somePeopleWithPhones(3_000);
        String[] keys = sample.stream().map(p -> NameKey.of(p.name()).value()).toArray(String[]::new);
        String[] phones = sample.stream().map(p -> p.phone().e164()).toArray(String[]::new);
        long best = Long.MAX_VALUE;
        long matches = 0;
        for (int round = 0; round < 5; round++) {
            long started = System.nanoTime();
            matches = 0;
            for (int i = 0; i < keys.length; i++) {
                for (int j = i + 1; j < keys.length; j++) {
                    if (keys[i].equals(keys[j]) || phones[i].equals(phones[j])) {
                        matches++;
                    }
                }
            }
            best = Math.min(best, System.nanoTime() - started);
        }
        long pairs = (long) keys.length * (keys.length - 1) / 2;
        System.out.printf("(pairwise sample: %d partners, %d pairs, %d matches)%n", keys.length, pairs, matches);
        return (double) best / pairs;
    }

    /**
     * Each change is a new partner as ingest would create it, then detection around it: half share the phone and
     * name of a generated customer (a split customer arriving), half match nobody.
     */
    private void incremental(int changes) {
        System.out.printf("%n## Incremental detection (%d changes after 20 warm-up changes)%n", changes);
        List<Person> people = data.somePeopleWithPhones(changes / 2 + 10);
        List<Long> matching = new ArrayList<>();
        List<Long> unmatched = new ArrayList<>();
        int opened = 0;
        for (int i = 0; i < changes + 20; i++) {
            boolean match = i % 2 == 0 && i / 2 < people.size();
            PartnerId id;
            if (match) {
                Person person = people.get(i / 2);
                id = data.partner("SHADOW", NameKey.withoutDiacritics(person.name()), person.phone());
            } else {
                id = data.partner("SHADOW", "Bench Khách " + i, data.uniquePhone());
            }
            long started = System.nanoTime();
            var summary = detection.detectFor(id);
            long took = System.nanoTime() - started;
            if (i >= 20) {
                (match ? matching : unmatched).add(took);
                opened += summary.opened();
            }
        }
        List<Long> all = new ArrayList<>(matching);
        all.addAll(unmatched);
        System.out.println("| changes | n | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("all", all);
        row("sharing a customer's phone and name", matching);
        row("matching nobody", unmatched);
        System.out.printf("groups opened by the matching changes: %d%n", opened);
    }

    private void mergeAndUndo(int rounds) {
        System.out.printf(
                "%n## Preview, merge and undo: 2 partners, 10,000 records, 20 links (%d rounds after 1 warm-up)%n",
                rounds);
        PartnerId survivor = data.partner("VERIFIED", "Bench Merge Nguyễn Văn Hòa", data.uniquePhone());
        PartnerId shadow = data.partner("SHADOW", "Bench Merge Nguyen Van Hoa", data.uniquePhone());
        data.holdings(survivor, 10, 5_000);
        data.holdings(shadow, 10, 5_000);
        detection.detectFor(survivor);
        var plan = new MergePlan(survivor, List.of(shadow), Map.of());
        List<Long> previews = new ArrayList<>();
        List<Long> merges = new ArrayList<>();
        List<Long> undos = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            long started = System.nanoTime();
            var preview = merge.preview(LEAD, plan);
            long previewed = System.nanoTime();
            var merged = merge.merge(LEAD, preview.previewId(), "benchmark round " + round);
            long done = System.nanoTime();
            merge.undo(LEAD, merged.mergeId());
            long undone = System.nanoTime();
            if (round == 0) {
                System.out.printf(
                        "moves: %s; conflicts: %d (%s); re-audited OAs: %d%n",
                        merged.moved(),
                        preview.conflicts().size(),
                        preview.conflicts().stream()
                                .map(c -> c.code().name())
                                .distinct()
                                .toList(),
                        merged.reaudit().size());
                continue;
            }
            previews.add(previewed - started);
            merges.add(done - previewed);
            undos.add(undone - done);
        }
        System.out.println("| step | rounds | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("preview", previews);
        row("merge (transaction, detection around the survivor, re-audit)", merges);
        row("undo (transaction, re-audit)", undos);
        Set<OaId> oas = new HashSet<>();
        new JdbiPartnerCards(jdbi)
                .cards(List.of(survivor, shadow)).stream()
                        .flatMap(card -> card.links().stream())
                        .forEach(link -> oas.add(link.oaId()));
        row("of which: re-audit of the " + oas.size() + " OAs", times(rounds, () -> reaudit.of(oas)));
        row("of which: detection around the survivor", times(rounds, () -> detection.detectFor(survivor)));
        List<PartnerCard> after = new JdbiPartnerCards(jdbi).cards(List.of(survivor, shadow));
        System.out.printf(
                "after the last undo: %s%n",
                after.stream()
                        .map(c -> c.status() + " with " + c.documentCount() + " records and "
                                + c.links().size() + " links")
                        .toList());
    }

    private static List<Long> times(int runs, Supplier<?> work) {
        work.get();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - started);
        }
        return nanos;
    }

    private static void row(String name, List<Long> nanos) {
        if (nanos.isEmpty()) {
            System.out.printf("| %s | 0 | | | |%n", name);
            return;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        System.out.printf(
                "| %s | %d | %.1f | %.1f | %.1f |%n",
                name, n, sorted[(n - 1) / 2] / 1e6, sorted[(int) Math.ceil(n * 0.95) - 1] / 1e6, sorted[n - 1] / 1e6);
        System.out.flush();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
