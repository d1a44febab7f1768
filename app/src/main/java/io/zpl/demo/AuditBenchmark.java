package io.zpl.demo;

import com.zaxxer.hikari.HikariDataSource;
import io.zpl.adapters.persistence.Database;
import io.zpl.adapters.persistence.JdbiLinkAudits;
import io.zpl.adapters.persistence.JdbiOfficialAccounts;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.AuditQuery;
import io.zpl.application.port.in.LinkPage;
import io.zpl.application.service.AuditPolicy;
import io.zpl.application.service.OaAuditService;
import io.zpl.domain.access.Role;
import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.zalo.OaId;
import java.io.BufferedWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Times the audit use cases server-side (no HTTP) on data from {@link ScaleData}: first page and a page 10,000 rows
 * deep per filter and search, finding counts, CSV export, and OFFSET paging for comparison.
 *
 * <pre>java -Xmx256m -jar app/target/zalo-partner-links.jar bench-audit --db jdbc:mariadb://127.0.0.1:3306/zpl_bench</pre>
 */
public final class AuditBenchmark {

    private static final Actor ADMIN = new Actor("bench", Set.of(Role.ZALO_ADMIN));
    private final OaAuditService audit;
    private final Jdbi jdbi;
    private final OaId oa;
    private final int runs;

    private AuditBenchmark(Jdbi jdbi, OaId oa, int runs) {
        this.jdbi = jdbi;
        this.oa = oa;
        this.runs = runs;
        this.audit = new OaAuditService(
                new JdbiOfficialAccounts(jdbi), new JdbiLinkAudits(jdbi), Instant::now, AuditPolicy.defaults());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String url = options.getOrDefault("db", System.getenv().getOrDefault("ZPL_DB_URL", ""));
        try (HikariDataSource dataSource = Options.dataSource(url, false)) {
            var bench = new AuditBenchmark(
                    Database.jdbi(dataSource),
                    ScaleData.oaId(Integer.parseInt(options.getOrDefault("oa", "0"))),
                    Integer.parseInt(options.getOrDefault("runs", "40")));
            bench.run();
        }
    }

    private void run() throws Exception {
        var counts = audit.countFindings(ADMIN, oa);
        System.out.printf("OA %s: %d links; %s%n", oa, counts.links(), counts.perFinding());
        System.out.println("| query | depth reached | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        time("finding counts (5 counts + total)", 0, () -> audit.countFindings(ADMIN, oa));
        time("readiness", 0, () -> audit.check(ADMIN, oa));
        pages("all links", Set.of(), null);
        for (Finding finding : Finding.values()) {
            pages("finding " + finding, Set.of(finding), null);
        }
        pages("2 findings (shadow or duplicate)", Set.of(Finding.SHADOW_UNVERIFIED, Finding.SUSPECTED_DUPLICATE), null);
        var sample = audit.page(ADMIN, query(Set.of(), null, null, 200))
                .items()
                .get(137)
                .link();
        pages("search common name 'nguyen van'", Set.of(), "nguyen van");
        pages("search full name 'Trần Thị Lan'", Set.of(), "Trần Thị Lan");
        pages("search Zalo user id", Set.of(), sample.zaloUserId().value());
        String phone = jdbi.withHandle(h -> h.createQuery(
                        "SELECT shared_phone FROM partner_link WHERE oa_id = :oa AND shared_phone IS NOT NULL LIMIT 1")
                .bind("oa", oa.value())
                .mapTo(String.class)
                .one());
        pages("search phone as 0…", Set.of(), "0" + phone.substring(3));
        pages("search, no match (worst case)", Set.of(), "xyzxyz");
        pages("shadows + search 'nguyen'", Set.of(Finding.SHADOW_UNVERIFIED), "nguyen");
        offsets();
        export();
    }

    private AuditQuery query(Set<Finding> findings, String text, String after, int limit) {
        return new AuditQuery(oa, findings, text, AuditSort.LAST_MESSAGE, after, limit);
    }

    /** Times the first page, then the page 10,000 rows deep (or as deep as the filtered list goes). */
    private void pages(String name, Set<Finding> findings, String text) {
        time(name + ", first page", 0, () -> audit.page(ADMIN, query(findings, text, null, 50)));
        String cursor = null;
        int depth = 0;
        while (depth < 10_000) {
            LinkPage page = audit.page(ADMIN, query(findings, text, cursor, 200));
            if (page.next() == null || page.items().size() < 200) {
                break;
            }
            depth += page.items().size();
            cursor = page.next();
        }
        if (depth > 0) {
            String deep = cursor;
            time(name + ", deep page", depth, () -> audit.page(ADMIN, query(findings, text, deep, 50)));
        }
    }

    private void offsets() {
        for (int depth : new int[] {10_000, 90_000}) {
            time(
                    "OFFSET " + depth + " (all links, last message order)",
                    depth,
                    () -> jdbi.withHandle(h -> h.createQuery("""
                            SELECT l.*, p.name FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id
                            WHERE l.oa_id = :oa ORDER BY l.last_message_at DESC, l.link_id DESC LIMIT 50 OFFSET :offset
                            """)
                            .bind("oa", oa.value())
                            .bind("offset", depth)
                            .mapToMap()
                            .list()));
        }
        String cursor = null;
        for (int depth = 0; depth < 90_000; depth += 200) {
            cursor = audit.page(ADMIN, query(Set.of(), null, cursor, 200)).next();
        }
        String deep = cursor;
        time(
                "keyset 90000 deep (all links, last message order)",
                90_000,
                () -> audit.page(ADMIN, query(Set.of(), null, deep, 50)));
    }

    private void export() throws Exception {
        var rows = new long[1];
        Writer sink = new Writer() {
            @Override
            public void write(char[] buffer, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    if (buffer[i] == '\n') {
                        rows[0]++;
                    }
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        var out = new BufferedWriter(sink, 1 << 16);
        long started = System.nanoTime();
        audit.exportCsv(ADMIN, query(Set.of(), null, null, 50), out);
        out.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "%nCSV export of the whole OA: %d rows in %.2f s = %.0f rows/s; max heap %d MB, used after %d MB%n",
                rows[0] - 1,
                seconds,
                (rows[0] - 1) / seconds,
                rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private void time(String name, int depth, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "| %s | %d | %.1f | %.1f | %.1f |%n",
                name,
                depth,
                nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6,
                nanos[runs - 1] / 1e6);
        System.out.flush();
    }
}
