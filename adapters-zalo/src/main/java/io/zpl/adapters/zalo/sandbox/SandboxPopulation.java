package io.zpl.adapters.zalo.sandbox;

import java.time.Duration;
import java.util.Map;

/**
 * The sandbox's people. Mr. Sơn uses the demo story's ids (io.zpl.demo.DemoData): one id per OA, one per App, and
 * the phone he shared with both OAs. A few more customers per OA make the user lists worth paging.
 */
final class SandboxPopulation {

    static final String SUPPORT_OA = "2000000000000000001";
    static final String SALES_OA = "2000000000000000002";
    static final String SON_ON_SUPPORT = "3000000000000000001";
    static final String SON_ON_SALES = "3000000000000000002";
    private static final String[] NAMES = {
        "Trần Thị Mai", "Lê Văn Hùng", "Phạm Minh Châu", "Hoàng Gia Bảo", "Vũ Thu Hà", "Đặng Quốc Anh",
        "Bùi Thanh Tâm", "Đỗ Hải Yến", "Ngô Đức Thắng", "Dương Ngọc Lan", "Lý Khánh Linh", "Phan Tuấn Kiệt"
    };

    private SandboxPopulation() {}

    static void populate(ZaloSandbox sandbox) {
        var now = sandbox.now();
        var sonShared = Map.of(
                "name", "Nguyễn Văn Sơn",
                "phone", "84912345678",
                "address", "12 Lý Thường Kiệt",
                "district", "Hoàn Kiếm",
                "city", "Hà Nội");
        if (sandbox.oa(SUPPORT_OA).isPresent()) {
            sandbox.put(new SandboxUser(
                    SUPPORT_OA,
                    SON_ON_SUPPORT,
                    "5000000000000000001",
                    "Sơn Nguyễn",
                    "https://avatar.example/son.jpg",
                    "Anh Sơn (VIP)",
                    true,
                    now.minus(Duration.ofDays(1)),
                    sonShared));
        }
        if (sandbox.oa(SALES_OA).isPresent()) {
            sandbox.put(new SandboxUser(
                    SALES_OA,
                    SON_ON_SALES,
                    "5000000000000000002",
                    "Son Nguyen",
                    "https://avatar.example/son.jpg",
                    null,
                    true,
                    now.minus(Duration.ofHours(5)),
                    Map.of("name", "Son Nguyen", "phone", "0912345678")));
        }
        int oaIndex = 0;
        for (var oa : sandbox.oas()) {
            oaIndex++;
            for (int i = 0; i < NAMES.length; i++) {
                String userId = "71" + oaIndex + String.format("%016d", i + 1);
                String byApp = "81" + oa.app().appId().substring(18) + String.format("%016d", i + 1);
                sandbox.put(new SandboxUser(
                        oa.oaId(),
                        userId,
                        byApp,
                        NAMES[(i + oaIndex) % NAMES.length],
                        null,
                        null,
                        i % 4 != 0,
                        now.minus(Duration.ofDays(i * 3L)),
                        Map.of()));
            }
        }
    }
}
