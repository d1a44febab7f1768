package io.zpl.config;

/** The configured MariaDB cannot be reached at startup; reported in one line by {@link DatabaseUnreachableAnalyzer}. */
final class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    DatabaseUnreachableException(String url, Throwable cause) {
        super("Cannot reach the database at " + url + ": " + cause.getMessage(), cause);
        this.url = url;
    }

    String url() {
        return url;
    }
}
