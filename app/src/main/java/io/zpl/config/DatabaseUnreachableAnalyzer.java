package io.zpl.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database into one clear line instead of a stack trace. */
public final class DatabaseUnreachableAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Check ZPL_DB_URL, ZPL_DB_USER and ZPL_DB_PASSWORD, or unset ZPL_DB_URL to use the embedded MariaDB.",
                cause);
    }
}
