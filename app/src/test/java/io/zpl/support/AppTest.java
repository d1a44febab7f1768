package io.zpl.support;

import io.zpl.ZaloPartnerLinksApplication;
import io.zpl.adapters.persistence.TestDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server on a random port in demo mode, on one fresh schema of a real MariaDB shared by every test class
 * that extends this (so Spring starts it once).
 */
@SpringBootTest(classes = ZaloPartnerLinksApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppTest {

    private static final TestDatabase DATABASE = TestDatabase.fresh();

    @Value("${local.server.port}")
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("zpl.db.url", DATABASE::jdbcUrl);
        registry.add("zpl.db.user", TestDatabase::user);
        registry.add("zpl.db.password", TestDatabase::password);
        registry.add("zpl.demo", () -> "true");
        registry.add("zpl.data-dir", () -> "target/test-data");
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
