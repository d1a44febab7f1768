package io.zpl.audit;

import io.zpl.adapters.persistence.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application in demo mode on a fresh MariaDB schema, shared by the audit's API and view tests (Spring caches the
 * context, so the schema lives as long as the test JVM).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AuditSpringTest {

    public static final String SALES_OA = "2000000000000000002";
    public static final String SUPPORT_OA = "2000000000000000001";
    private static TestDatabase db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (db == null) {
            db = TestDatabase.fresh();
        }
        registry.add("zpl.db.url", db::jdbcUrl);
        registry.add("zpl.db.user", TestDatabase::user);
        registry.add("zpl.db.password", TestDatabase::password);
        registry.add("zpl.demo", () -> "true");
        registry.add("zpl.data-dir", () -> "target/audit-test-data");
    }
}
