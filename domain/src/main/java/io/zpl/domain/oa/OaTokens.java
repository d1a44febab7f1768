package io.zpl.domain.oa;

import java.time.Duration;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * An OA's token pair: the access token (about 25 h) and the single-use refresh token (about 3 months).
 *
 * @param version counts refreshes, so whoever saw a token rejected can tell whether someone else already refreshed it
 */
@ValueObject
public record OaTokens(
        String accessToken,
        Instant accessExpiresAt,
        String refreshToken,
        @Nullable Instant refreshExpiresAt,
        int version) {

    /** Zalo's refresh tokens live about three months. */
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(90);

    public OaTokens {
        if (accessToken == null || accessToken.isBlank() || refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("a token pair needs both an access token and a refresh token");
        }
    }

    public static OaTokens issued(String access, String refresh, Duration expiresIn, Instant now, int version) {
        return new OaTokens(access, now.plus(expiresIn), refresh, now.plus(REFRESH_LIFETIME), version);
    }

    /** True when the access token expires within {@code margin} of {@code now}: refresh ahead rather than fail. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !accessExpiresAt.isAfter(now.plus(margin));
    }

    @Override
    public String toString() {
        return "OaTokens[version " + version + ", access until " + accessExpiresAt + ", secrets hidden]";
    }
}
