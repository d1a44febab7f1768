package io.zpl.demo;

import io.zpl.application.port.out.BusinessRecords;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.record.BusinessRecord.Invoice;
import io.zpl.domain.record.BusinessRecord.SalesOrder;
import io.zpl.domain.record.BusinessRecord.Ticket;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The demo story of API.md: two Apps, three OAs, Mr. Sơn split across two of them, and a few hundred customers. */
public final class DemoData {

    public static final ZaloAppId APP_A = new ZaloAppId("1000000000000000001");
    public static final ZaloAppId APP_B = new ZaloAppId("1000000000000000002");
    public static final OaId SUPPORT_OA = new OaId("2000000000000000001");
    public static final OaId SALES_OA = new OaId("2000000000000000002");
    public static final OaId SHOP_OA = new OaId("2000000000000000003");
    public static final ZaloUserId SON_ON_SUPPORT = new ZaloUserId("3000000000000000001");
    public static final ZaloUserId SON_ON_SALES = new ZaloUserId("3000000000000000002");
    public static final PhoneNumber SON_PHONE = PhoneNumber.parse("0912 345 678");
    static final int GENERATED_CUSTOMERS = 300;

    private final ZaloApps apps;
    private final OfficialAccounts accounts;
    private final Partners partners;
    private final PartnerLinks links;
    private final BusinessRecords records;
    private final Random random = new Random(20181115);
    private final Instant now = Instant.now();

    public DemoData(
            ZaloApps apps, OfficialAccounts accounts, Partners partners, PartnerLinks links, BusinessRecords records) {
        this.apps = apps;
        this.accounts = accounts;
        this.partners = partners;
        this.links = links;
        this.records = records;
    }

    public boolean isLoaded() {
        return accounts.find(SUPPORT_OA).isPresent();
    }

    public void load() {
        apps.save(
                new ZaloApp(APP_A, "Zalo App A", true, SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET),
                new ZaloAppSecrets("demo-app-secret-a", "demo-oa-secret-a"));
        apps.save(
                new ZaloApp(APP_B, "Zalo App B", true, SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET),
                new ZaloAppSecrets("demo-app-secret-b", "demo-oa-secret-b"));
        accounts.save(OfficialAccount.draft(SUPPORT_OA, APP_A, "Support OA").connected());
        accounts.save(OfficialAccount.draft(SALES_OA, APP_B, "Sales OA").connected());
        accounts.save(OfficialAccount.draft(SHOP_OA, APP_A, "Shop OA").connected());
        loadMrSon();
        List<BusinessRecord> generated = new ArrayList<>();
        for (int i = 0; i < GENERATED_CUSTOMERS; i++) {
            generated.addAll(generatedCustomer(i));
        }
        records.upsert(generated);
    }

    private void loadMrSon() {
        Partner son = partners.create(
                PartnerStatus.VERIFIED,
                new PartnerDetails(
                        "Nguyễn Văn Sơn", List.of(SON_PHONE), "son.nguyen@example.vn", "12 Lý Thường Kiệt, Hà Nội"),
                "ERP");
        links.create(new NewLink(
                SUPPORT_OA,
                SON_ON_SUPPORT,
                APP_A,
                new UserIdByApp("5000000000000000001"),
                son.id(),
                new ZaloProfile(
                        "Sơn Nguyễn",
                        "https://avatar.example/son.jpg",
                        "Anh Sơn (VIP)",
                        true,
                        now.minus(Duration.ofDays(1)),
                        SON_PHONE,
                        "Nguyễn Văn Sơn",
                        null),
                new MessageStats(14, now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(1))),
                new SyncState(
                        now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)), SyncOutcome.OK, null, null)));
        Partner shadow = partners.create(
                PartnerStatus.SHADOW,
                new PartnerDetails("Son Nguyen", List.of(SON_PHONE), null, null),
                "Zalo: Sales OA");
        links.create(new NewLink(
                SALES_OA,
                SON_ON_SALES,
                APP_B,
                new UserIdByApp("5000000000000000002"),
                shadow.id(),
                new ZaloProfile(
                        "Son Nguyen",
                        "https://avatar.example/son.jpg",
                        null,
                        true,
                        now.minus(Duration.ofHours(5)),
                        SON_PHONE,
                        "Son Nguyen",
                        null),
                new MessageStats(3, now.minus(Duration.ofDays(3)), now.minus(Duration.ofHours(5))),
                SyncState.never()));
        records.upsert(List.of(
                new Invoice(
                        "INV-2026-0001",
                        son.id(),
                        new BigDecimal("12500000"),
                        new BigDecimal("12500000"),
                        now.minus(Duration.ofDays(40))),
                new Invoice(
                        "INV-2026-0002",
                        son.id(),
                        new BigDecimal("4800000"),
                        new BigDecimal("2400000"),
                        now.minus(Duration.ofDays(12))),
                new SalesOrder(
                        "QUO-2026-0001",
                        shadow.id(),
                        SalesOrder.Stage.QUOTE,
                        "Báo giá máy lọc nước",
                        new BigDecimal("8900000"),
                        now.minus(Duration.ofDays(2)))));
    }

    private List<BusinessRecord> generatedCustomer(int index) {
        String name = VietnameseNames.random(random);
        boolean shadow = random.nextInt(100) < 8;
        PhoneNumber phone = PhoneNumber.parse("09" + (10_000_000 + random.nextInt(89_999_999)));
        Partner partner = partners.create(
                shadow ? PartnerStatus.SHADOW : PartnerStatus.VERIFIED,
                new PartnerDetails(name, shadow ? List.of() : List.of(phone), null, null),
                shadow ? "Zalo" : "ERP");
        OaId[] oas = {SUPPORT_OA, SALES_OA, SHOP_OA};
        int first = random.nextInt(3);
        int linkCount = random.nextInt(100) < 15 ? 2 : 1;
        for (int k = 0; k < linkCount; k++) {
            OaId oa = oas[(first + k) % 3];
            ZaloAppId app = oa.equals(SALES_OA) ? APP_B : APP_A;
            long messages = random.nextInt(100) < 10 ? 0 : 1 + (long) Math.pow(random.nextInt(40), 1.5);
            Instant last = messages == 0 ? null : now.minus(Duration.ofHours(1 + random.nextInt(24 * 90)));
            Instant synced = random.nextInt(100) < 30 ? null : now.minus(Duration.ofHours(random.nextInt(24 * 20)));
            links.create(new NewLink(
                    oa,
                    new ZaloUserId(String.valueOf(4_000_000_000_000_000_000L + index * 10L + k)),
                    app,
                    new UserIdByApp(
                            String.valueOf(6_000_000_000_000_000_000L + index * 10L + (app.equals(APP_A) ? 0 : 1))),
                    partner.id(),
                    new ZaloProfile(name, null, null, random.nextInt(100) < 85, last, null, null, null),
                    new MessageStats(messages, last == null ? null : last.minus(Duration.ofDays(30)), last),
                    synced == null ? SyncState.never() : new SyncState(synced, synced, SyncOutcome.OK, null, null)));
        }
        List<BusinessRecord> owned = new ArrayList<>();
        String ref = String.format("%05d", index);
        if (random.nextBoolean()) {
            BigDecimal total = BigDecimal.valueOf(500_000L + random.nextInt(20_000_000));
            owned.add(new Invoice(
                    "INV-G-" + ref,
                    partner.id(),
                    total,
                    random.nextBoolean() ? total : BigDecimal.ZERO,
                    now.minus(Duration.ofDays(random.nextInt(120)))));
        }
        if (random.nextInt(3) == 0) {
            owned.add(new SalesOrder(
                    "ORD-G-" + ref,
                    partner.id(),
                    random.nextBoolean() ? SalesOrder.Stage.QUOTE : SalesOrder.Stage.ORDER,
                    "Đơn hàng " + ref,
                    BigDecimal.valueOf(1_000_000L + random.nextInt(9_000_000)),
                    now.minus(Duration.ofDays(random.nextInt(60)))));
        }
        if (random.nextInt(4) == 0) {
            owned.add(new Ticket(
                    "TCK-G-" + ref,
                    partner.id(),
                    "Hỗ trợ bảo hành",
                    Ticket.State.OPEN,
                    now.minus(Duration.ofDays(random.nextInt(30)))));
        }
        return owned;
    }
}
