package io.zpl.application.port.in;

/** A use case was asked about something that does not exist. */
public final class NotFound extends RuntimeException {

    private final String code;

    public NotFound(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
