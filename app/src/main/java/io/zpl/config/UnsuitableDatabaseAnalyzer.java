package io.zpl.config;

import io.zpl.adapters.persistence.UnsuitableDatabaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a database the schema cannot live in (no database named, wrong collation) into one clear line. */
public final class UnsuitableDatabaseAnalyzer extends AbstractFailureAnalyzer<UnsuitableDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsuitableDatabaseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set ZPL_DB_URL to such a database, or unset it to use the embedded MariaDB.",
                cause);
    }
}
