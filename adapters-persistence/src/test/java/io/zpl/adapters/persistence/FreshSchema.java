package io.zpl.adapters.persistence;

import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema holding the demo Apps and OAs for one test class, dropped after it:
 * {@code @RegisterExtension static final FreshSchema db = new FreshSchema();}
 */
public final class FreshSchema implements BeforeAllCallback, AfterAllCallback {

    private @Nullable TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestDatabase.fresh();
        TestData.demoAppsAndOas(database.jdbi());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
        }
    }

    public Jdbi jdbi() {
        if (database == null) {
            throw new IllegalStateException("the schema exists only while its test class runs");
        }
        return database.jdbi();
    }
}
