package io.zpl.demo;

import com.zaxxer.hikari.HikariDataSource;
import io.zpl.adapters.persistence.Database;
import io.zpl.adapters.persistence.JdbiOfficialAccounts;
import io.zpl.adapters.persistence.JdbiZaloApps;
import io.zpl.adapters.persistence.SecretCipher;
import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.partner.NameKey;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/**
 * Generates a company at the scale PRODUCT.md designs for into the database named by {@code --db} (created if
 * missing; never run it against a database you care about): OAs, partners, links, business records. Names with and
 * without diacritics, phones typed as 0…, 84…, +84… and pre-2018 eleven-digit numbers (stored normalised), about 5 %
 * of people split into a second partner on another OA (an open duplicate group for each split), about 3 % shadows,
 * skewed message counts and mixed sync ages.
 *
 * <pre>java -jar app/target/zalo-partner-links.jar generate --db jdbc:mariadb://127.0.0.1:3306/zpl_bench
 *     --oas 10 --links 1000000 --partners 600000 --records 3000000</pre>
 */
public final class ScaleData {

    private static final int BATCH = 2_000;
    private final Jdbi jdbi;
    private final Random random = new Random(2018);
    private final Instant now = Instant.now();
    private final int oas;

    private ScaleData(Jdbi jdbi, int oas) {
        this.jdbi = jdbi;
        this.oas = oas;
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = Options.parse(args);
        String url = options.getOrDefault("db", System.getenv().getOrDefault("ZPL_DB_URL", ""));
        if (url.isBlank()) {
            throw new IllegalArgumentException("name the database: --db jdbc:mariadb://127.0.0.1:3306/zpl_bench");
        }
        int oas = Integer.parseInt(options.getOrDefault("oas", "10"));
        int links = Integer.parseInt(options.getOrDefault("links", "1000000"));
        int partners = Integer.parseInt(options.getOrDefault("partners", "600000"));
        int records = Integer.parseInt(options.getOrDefault("records", "3000000"));
        try (HikariDataSource dataSource = Options.dataSource(url, true)) {
            Database.migrate(dataSource);
            long started = System.nanoTime();
            new ScaleData(Database.jdbi(dataSource), oas).generate(links, partners, records);
            System.out.printf("Generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    static OaId oaId(int index) {
        return new OaId(Long.toString(2_900_000_000_000_000_000L + index));
    }

    private void generate(int linkTarget, int partnerTarget, int recordTarget) {
        var cipher = new SecretCipher(new byte[32]);
        var apps = new JdbiZaloApps(jdbi, cipher);
        var accounts = new JdbiOfficialAccounts(jdbi);
        for (int i = 0; i < oas; i++) {
            var app = new ZaloAppId(Long.toString(1_900_000_000_000_000_000L + i / 2));
            if (i % 2 == 0) {
                apps.save(
                        new ZaloApp(
                                app,
                                "Bench App " + (i / 2 + 1),
                                true,
                                SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET),
                        new ZaloAppSecrets("bench-secret", "bench-oa-secret"));
            }
            accounts.save(
                    OfficialAccount.draft(oaId(i), app, "Bench OA " + (i + 1)).connected());
        }
        long firstPartner = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(partner_id), 0) + 1 FROM partner")
                .mapTo(Long.class)
                .one());
        long firstLink = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(link_id), 0) + 1 FROM partner_link")
                .mapTo(Long.class)
                .one());
        // split customers spend partners without adding people: aim a little higher per person
        double linksPerPartner = 1.1 * linkTarget / partnerTarget;
        List<long[]> splits = new ArrayList<>();
        int created = jdbi.withHandle(h -> {
            var people = new Batches(h);
            long partnerId = firstPartner;
            long linkId = firstLink;
            int links = 0;
            int partners = 0;
            while (partners < partnerTarget && links < linkTarget) {
                String name = VietnameseNames.random(random);
                PhoneNumber phone = random.nextInt(100) < 75 ? randomPhone() : null;
                boolean shadow = random.nextInt(100) < 3;
                long person = partnerId++;
                people.partner(person, shadow ? "SHADOW" : "VERIFIED", name, phone);
                partners++;
                int count = Math.max(1, Math.min(oas, (int) Math.round(linksPerPartner + random.nextGaussian() * 0.7)));
                int firstOa = random.nextInt(oas);
                for (int k = 0; k < count && links < linkTarget; k++) {
                    long owner = person;
                    if (k > 0 && random.nextInt(100) < 8 && partners < partnerTarget) {
                        owner = partnerId++;
                        partners++;
                        boolean splitShadow = random.nextInt(100) < 60;
                        people.partner(
                                owner, splitShadow ? "SHADOW" : "VERIFIED", NameKey.withoutDiacritics(name), phone);
                        splits.add(new long[] {person, owner});
                    }
                    people.link(linkId++, (firstOa + k) % oas, owner, name, phone);
                    links++;
                }
            }
            people.flush();
            System.out.printf("%d partners, %d links, %d split customers%n", partners, links, splits.size());
            return partners;
        });
        duplicateGroups(splits);
        records(firstPartner, created, recordTarget);
    }

    /** An open STRONG group (same phone) for every split customer: the triggers flag their links. */
    private void duplicateGroups(List<long[]> splits) {
        long firstGroup =
                jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(group_id), 0) + 1 FROM duplicate_group")
                        .mapTo(Long.class)
                        .one());
        jdbi.useHandle(h -> {
            for (int from = 0; from < splits.size(); from += BATCH) {
                int start = from;
                var chunk = splits.subList(from, Math.min(splits.size(), from + BATCH));
                h.useTransaction(tx -> {
                    PreparedBatch groups = tx.prepareBatch("""
                            INSERT INTO duplicate_group (group_id, tier, state, member_key, evidence, evidence_hash,
                                created_at, updated_at)
                            VALUES (:id, 'STRONG', 'OPEN', :key, '[{"rule":"SAME_PHONE"}]', REPEAT('0', 64),
                                UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                            """);
                    PreparedBatch members = tx.prepareBatch(
                            "INSERT INTO duplicate_group_member (group_id, partner_id) VALUES (:id, :partner)");
                    for (int i = 0; i < chunk.size(); i++) {
                        long[] pair = chunk.get(i);
                        long id = firstGroup + start + i;
                        groups.bind("id", id)
                                .bind("key", pair[0] + "," + pair[1])
                                .add();
                        for (long member : pair) {
                            members.bind("id", id).bind("partner", member).add();
                        }
                    }
                    groups.execute();
                    members.execute();
                });
            }
        });
        System.out.printf("%d open duplicate groups%n", splits.size());
    }

    private void records(long firstPartner, int partners, int target) {
        jdbi.useHandle(h -> {
            String run = Long.toString(now.toEpochMilli(), 36);
            PreparedBatch invoices = h.prepareBatch("""
                    INSERT INTO invoice (external_ref, partner_id, amount_total, amount_due, issued_at, updated_at)
                    VALUES (:ref, :partner, :total, :due, :at, UTC_TIMESTAMP(6))
                    """);
            PreparedBatch orders = h.prepareBatch("""
                    INSERT INTO sales_order (external_ref, partner_id, stage, title, amount_total, issued_at, updated_at)
                    VALUES (:ref, :partner, :stage, 'Đơn hàng', :total, :at, UTC_TIMESTAMP(6))
                    """);
            PreparedBatch tickets = h.prepareBatch("""
                    INSERT INTO ticket (external_ref, partner_id, subject, state, opened_at, updated_at)
                    VALUES (:ref, :partner, 'Hỗ trợ bảo hành', 'OPEN', :at, UTC_TIMESTAMP(6))
                    """);
            for (int i = 0; i < target; i++) {
                long partner = firstPartner + (long) (Math.pow(random.nextDouble(), 2) * partners);
                String ref = "B" + run + "-" + i;
                LocalDateTime at = utc(now.minus(Duration.ofHours(random.nextInt(24 * 365))));
                BigDecimal total = BigDecimal.valueOf(100_000L + random.nextInt(30_000_000));
                PreparedBatch batch = switch (i % 3) {
                    case 0 -> invoices.bind("total", total).bind("due", random.nextBoolean() ? total : BigDecimal.ZERO);
                    case 1 -> orders.bind("total", total).bind("stage", random.nextBoolean() ? "QUOTE" : "ORDER");
                    default -> tickets;
                };
                batch.bind("ref", ref).bind("partner", partner).bind("at", at).add();
                if (batch.size() >= BATCH) {
                    batch.execute();
                }
            }
            for (PreparedBatch batch : List.of(invoices, orders, tickets)) {
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
        });
        System.out.printf("%d business records%n", target);
    }

    private PhoneNumber randomPhone() {
        String[] prefixes = {"090", "091", "093", "097", "098", "086", "0162", "0168", "0123", "070", "079", "035"};
        String prefix = prefixes[random.nextInt(prefixes.length)];
        String rest = String.format("%0" + (prefix.length() == 4 ? 7 : 7) + "d", random.nextInt(10_000_000));
        String national = prefix + rest;
        String typed = switch (random.nextInt(4)) {
            case 0 -> national;
            case 1 -> "84" + national.substring(1);
            case 2 -> "+84 " + national.substring(1, 4) + " " + national.substring(4);
            default -> national.substring(0, 4) + "." + national.substring(4, 7) + "." + national.substring(7);
        };
        return PhoneNumber.parse(typed);
    }

    private static @Nullable Integer errorCode(@Nullable SyncOutcome outcome) {
        if (outcome == SyncOutcome.USER_ERROR) {
            return -213;
        }
        return outcome == SyncOutcome.OA_ERROR ? -216 : null;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Partners, their phones and links, sent in batches with the bulk protocol. */
    private final class Batches {
        private final Handle h;
        private final PreparedBatch partners;
        private final PreparedBatch phones;
        private final PreparedBatch links;

        Batches(Handle h) {
            this.h = h;
            partners = h.prepareBatch("""
                    INSERT INTO partner (partner_id, status, name, name_key, origin, created_at, updated_at)
                    VALUES (:id, :status, :name, :key, 'bench', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                    """);
            phones = h.prepareBatch("INSERT INTO partner_phone (partner_id, phone_e164) VALUES (:id, :phone)");
            links = h.prepareBatch("""
                    INSERT INTO partner_link (link_id, oa_id, zalo_user_id, app_id, user_id_by_app, partner_id,
                        display_name, alias, follower, last_interaction_at, shared_phone, message_count,
                        first_message_at, last_message_at, profile_synced_at, last_sync_at, last_sync_outcome,
                        last_sync_error_code, last_sync_error_message, created_at, updated_at)
                    VALUES (:id, :oa, :user, :app, :byApp, :partner, :name, :alias, :follower, :lastMessage, :phone,
                        :count, :firstMessage, :lastMessage, :synced, :synced, :outcome, :errorCode, :errorMessage,
                        UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                    """);
        }

        void partner(long id, String status, String name, PhoneNumber phone) {
            partners.bind("id", id)
                    .bind("status", status)
                    .bind("name", name)
                    .bind("key", NameKey.of(name).value())
                    .add();
            if (phone != null) {
                phones.bind("id", id).bind("phone", phone.e164()).add();
            }
        }

        void link(long id, int oa, long partner, String name, PhoneNumber phone) {
            long count = random.nextInt(100) < 12 ? 0 : (long) Math.exp(random.nextDouble() * 6);
            Instant last = count == 0 ? null : now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 180)));
            Instant synced =
                    random.nextInt(100) < 15 ? null : now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
            int roll = random.nextInt(1000);
            SyncOutcome outcome = synced == null && roll < 900
                    ? null
                    : roll < 20
                            ? SyncOutcome.USER_ERROR
                            : roll < 25
                                    ? SyncOutcome.OA_ERROR
                                    : roll < 30 ? SyncOutcome.TRANSIENT_GAVE_UP : SyncOutcome.OK;
            String display = random.nextInt(10) < 3 ? NameKey.withoutDiacritics(name) : name;
            links.bind("id", id)
                    .bind("oa", oaId(oa).value())
                    .bind("user", Long.toString(3_900_000_000_000_000_000L + id))
                    .bind("app", Long.toString(1_900_000_000_000_000_000L + oa / 2))
                    .bind("byApp", Long.toString(5_900_000_000_000_000_000L + partner * 8 + oa / 2))
                    .bind("partner", partner)
                    .bind("name", display)
                    .bind(
                            "alias",
                            random.nextInt(5) == 0 ? "Khách " + display.substring(display.lastIndexOf(' ') + 1) : null)
                    .bind("follower", random.nextInt(100) < 88)
                    .bind("phone", phone != null && random.nextBoolean() ? phone.e164() : null)
                    .bind("count", count)
                    .bind("firstMessage", last == null ? null : utc(last.minus(Duration.ofDays(random.nextInt(365)))))
                    .bind("lastMessage", last == null ? null : utc(last))
                    .bind("synced", synced == null ? null : utc(synced))
                    .bind("outcome", outcome == null ? null : outcome.name())
                    .bind("errorCode", errorCode(outcome))
                    .bind(
                            "errorMessage",
                            outcome == SyncOutcome.USER_ERROR
                                    ? "user has not followed the OA"
                                    : outcome == SyncOutcome.OA_ERROR ? "access token is invalid" : null)
                    .add();
            if (links.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            h.useTransaction(tx -> {
                for (PreparedBatch batch : List.of(partners, phones, links)) {
                    if (batch.size() > 0) {
                        batch.execute();
                    }
                }
            });
        }
    }
}
