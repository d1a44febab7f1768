package io.zpl.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What {@link Database} checks of the server it is given. */
class DatabaseTest {

    @Test
    void an_empty_database_created_with_the_servers_usual_collation_takes_ours_and_stores_links() {
        try (var db = TestDatabase.fresh("utf8mb4_general_ci")) {
            TestData.demoAppsAndOas(db.jdbi());
            String words = db.jdbi().withHandle(h -> {
                h.execute("""
                        INSERT INTO partner (status, name, name_key, origin, created_at, updated_at)
                        VALUES ('VERIFIED', 'Lê Văn Sơn', 'le son van', 'test', NOW(), NOW())""");
                h.execute("""
                        INSERT INTO partner_link (oa_id, zalo_user_id, app_id, partner_id, display_name, created_at, updated_at)
                        VALUES (?, '42', ?, LAST_INSERT_ID(), 'Sơn Lê', NOW(), NOW())""", TestData.SUPPORT_OA.value(), TestData.APP_A.value());
                return h.createQuery("SELECT search_words FROM partner_link")
                        .mapTo(String.class)
                        .one();
            });
            assertThat(words).isEqualTo("sơn lê le son van");
        }
    }

    @Test
    void a_database_that_holds_tables_under_another_collation_is_refused_with_how_to_mend_it() {
        try (var db = TestDatabase.fresh()) {
            db.jdbi().useHandle(h -> h.execute("ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"));

            assertThatThrownBy(() -> Database.migrate(db.dataSource()))
                    .isInstanceOf(UnsuitableDatabaseException.class)
                    .hasMessageContaining("utf8mb4_general_ci")
                    .hasMessageContaining("COLLATE utf8mb4_unicode_ci");
        }
    }

    @Test
    void a_pool_that_could_pass_the_servers_prepared_statement_limit_is_told_how_to_avoid_the_hang() {
        try (var db = TestDatabase.fresh()) {
            assertThat(Database.preparedStatementShortfall(db.dataSource(), 8)).isEmpty();
            assertThat(Database.preparedStatementShortfall(db.dataSource(), 100_000))
                    .hasValueSatisfying(warning -> assertThat(warning)
                            .contains("max_prepared_stmt_count")
                            .contains("100000 connections may prepare up to 10000000"));
        }
    }
}
