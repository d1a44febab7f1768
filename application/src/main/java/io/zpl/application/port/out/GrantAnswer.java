package io.zpl.application.port.out;

import java.time.Duration;

/** How an OAuth v4 token call (code exchange or refresh) ended. */
public sealed interface GrantAnswer {

    record Granted(String accessToken, String refreshToken, Duration expiresIn) implements GrantAnswer {
        @Override
        public String toString() {
            return "Granted[expires in " + expiresIn + ", tokens hidden]";
        }
    }

    /** Zalo answered without tokens: the grant (code or refresh token) is no good. */
    record Refused(String reason) implements GrantAnswer {}

    /** Zalo could not be reached or answered nonsense; whether it consumed the refresh token is unknown. */
    record Unreachable(String reason) implements GrantAnswer {}
}
