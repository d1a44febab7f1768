package io.zpl.application.port.in;

/**
 * The request was understood but the state of the data does not allow it (HTTP 409); {@link #code()} is stable for API
 * clients, the message says what changed or stands in the way.
 */
public final class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
